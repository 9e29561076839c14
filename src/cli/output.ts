/** Output rules shared by the commands. */
import { UsageError, type ParsedArgs } from './args';

/** The contract's commands print JSON; say so plainly when --json is missing. */
export function requireJson(args: ParsedArgs): void {
  if (!args.flags.has('json')) throw new UsageError(`"${args.command}" prints JSON only: add --json`);
}
