/** Parsing the `atlas` command line: a command, `--flag value` options and `--json`. */

/** A mistake in how the command was called: printed as one line, never as a stack trace. */
export class UsageError extends Error {}

/** A parsed command line. */
export interface ParsedArgs {
  command: string;
  /** Repeatable options keep every value in order. */
  options: Map<string, string[]>;
  flags: Set<string>;
}

/** Which options each command takes: value options and boolean flags. */
export interface CommandSpec {
  values: readonly string[];
  flags: readonly string[];
}

/** Parses `argv` (without node and script) against the commands' specs. */
export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, CommandSpec>>): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError(`missing command (one of: ${Object.keys(specs).join(', ')})`);
  const spec = specs[command];
  if (!spec) throw new UsageError(`unknown command "${command}" (one of: ${Object.keys(specs).join(', ')})`);
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options.set(name, [...(options.get(name) ?? []), value]);
    } else {
      throw new UsageError(`unknown option --${name} for "${command}"`);
    }
  }
  return { command, options, flags };
}
