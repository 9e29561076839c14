/**
 * The `atlas` command line (../shared/contract.md): the atlas's headless face over the same core
 * the web app uses. `npm run --silent atlas -- <command> --json`.
 */
import { parseArgs, UsageError, type CommandSpec } from './args';
import { COMMANDS } from './commands';

const SPECS: Record<string, CommandSpec> = Object.fromEntries(Object.entries(COMMANDS).map(([name, c]) => [name, c.spec]));

async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv, SPECS);
    const command = COMMANDS[args.command]!;
    await command.run(args, (text) => process.stdout.write(text));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`atlas: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`atlas: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
