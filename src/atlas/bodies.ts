/**
 * The bodies the atlas draws: a man and a woman (MakeHuman's young adult macros), each in four
 * builds. Every body shares the base mesh's topology, so a landmark, a trigger point or a zone is
 * the same vertex on each; only the positions (and the skeleton's joints) differ. The default
 * body keeps its old file name, so a first visit loads exactly what it loaded before.
 */

/** The sexes of the bodies, as the contract spells them (`--body`, `?body=`). */
export const BODY_IDS = ['male', 'female'] as const;
export type BodyId = (typeof BODY_IDS)[number];

/** The builds (`--build`, `?build=`). */
export const BUILD_IDS = ['slim', 'average', 'heavy', 'muscular'] as const;
export type BuildId = (typeof BUILD_IDS)[number];

export const DEFAULT_BODY: BodyId = 'male';
export const DEFAULT_BUILD: BuildId = 'average';

/** One body: which sex, which build. */
export interface BodyChoice {
  readonly body: BodyId;
  readonly build: BuildId;
}

export const DEFAULT_BODY_CHOICE: BodyChoice = { body: DEFAULT_BODY, build: DEFAULT_BUILD };

export function isBodyId(text: string): text is BodyId {
  return (BODY_IDS as readonly string[]).includes(text);
}

export function isBuildId(text: string): text is BuildId {
  return (BUILD_IDS as readonly string[]).includes(text);
}

/** The model file of a body, under `models/`: `body.glb` for the default, else `body-<sex>-<build>.glb`. */
export function bodyFileName({ body, build }: BodyChoice): string {
  return body === DEFAULT_BODY && build === DEFAULT_BUILD ? 'body.glb' : `body-${body}-${build}.glb`;
}

/** Every body the atlas ships, the default first. */
export function allBodyChoices(): BodyChoice[] {
  const choices: BodyChoice[] = [DEFAULT_BODY_CHOICE];
  for (const body of BODY_IDS) {
    for (const build of BUILD_IDS) if (body !== DEFAULT_BODY || build !== DEFAULT_BUILD) choices.push({ body, build });
  }
  return choices;
}

/** Words for a body in the picker and in notices. */
export const BODY_NAMES: Readonly<Record<BodyId, string>> = { male: 'Man', female: 'Woman' };
export const BUILD_NAMES: Readonly<Record<BuildId, string>> = { slim: 'Slim', average: 'Average', heavy: 'Heavy', muscular: 'Muscular' };
