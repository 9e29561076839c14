/** `--body male|female` and `--build slim|average|heavy|muscular` (contract "Bodies and poses"). */
import { BODY_IDS, BUILD_IDS, DEFAULT_BODY, DEFAULT_BUILD, isBodyId, isBuildId, type BodyChoice } from '../atlas/bodies';
import { UsageError, type ParsedArgs } from './args';

/** The value options a command that reads a body takes. */
export const BODY_OPTIONS = ['body', 'build'] as const;

/** The body the command line names (the default when it names none); a mistake is a UsageError. */
export function parseBodyChoice(args: ParsedArgs): BodyChoice {
  const one = (name: string): string | undefined => {
    const values = args.options.get(name) ?? [];
    if (values.length > 1) throw new UsageError(`--${name} may be given once`);
    return values[0];
  };
  const body = one('body') ?? DEFAULT_BODY;
  const build = one('build') ?? DEFAULT_BUILD;
  if (!isBodyId(body)) throw new UsageError(`unknown body "${body}" for --body (one of: ${BODY_IDS.join(', ')})`);
  if (!isBuildId(build)) throw new UsageError(`unknown build "${build}" for --build (one of: ${BUILD_IDS.join(', ')})`);
  return { body, build };
}
