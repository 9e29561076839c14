/** The `atlas` commands. Each prints exactly one JSON document (or JSON Lines for --batch). */
import type { CommandSpec, ParsedArgs } from './args';
import { landmarksCommand } from './landmarksCommand';
import { lookupCommand } from './lookupCommand';
import { musclesCommand } from './musclesCommand';

/** A command: its options and what it does. */
export interface Command {
  spec: CommandSpec;
  run: (args: ParsedArgs, write: (text: string) => void) => Promise<void>;
}

/** Every command by name. */
export const COMMANDS: Record<string, Command> = {
  landmarks: landmarksCommand,
  muscles: musclesCommand,
  lookup: lookupCommand,
};
