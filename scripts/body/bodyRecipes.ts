/**
 * The MakeHuman macro sliders of every body the atlas ships (src/atlas/bodies.ts). Each build moves
 * one slider from the average young adult, by a moderate amount, so the bodies read as ordinary
 * adults of that build. Measured on the built skin (scripts/body/measure.ts; girth = tape around
 * the trunk at the navel and at the greater trochanters):
 *
 *   body           stature  biacromial  waist girth  hip girth
 *   man average    1.730    0.399       0.747        0.893
 *   man slim       1.730    0.399       0.721        0.874
 *   man heavy      1.730    0.402       0.828        0.933
 *   man muscular   1.730    0.404       0.747        0.881
 *   woman average  1.648    0.371       0.691        0.914
 *   woman slim     1.648    0.367       0.655        0.886
 *   woman heavy    1.648    0.375       0.753        0.963
 *   woman muscular 1.648    0.375       0.656        0.890
 *
 * MakeHuman's own range is mild (weight 1.0 gives a waist of 0.864 m on the man, 0.781 m on the
 * woman), so the builds use the upper end of the moderate band: slim weight 0.25, heavy 0.85,
 * muscular muscle 0.8 at average weight (MakeHuman's manual: muscle with weight sets the share
 * of muscle and fat in that weight, so the trunk reads leaner and broader). Waist-hip ratios run
 * 0.82-0.89 for the man and 0.74-0.78 for the woman: the heavy man nears, and no build passes,
 * the WHO's marks of abdominal obesity (0.90 men, 0.85 women; WHO expert consultation on waist
 * circumference and waist-hip ratio, Geneva 2008).
 */
import { DEFAULT_BODY, DEFAULT_BUILD, type BodyChoice, type BodyId, type BuildId } from '../../src/atlas/bodies';
import type { MacroSliders } from './macros';

/** How one body is made: its sliders and the words its GLB's extras use for it. */
export interface BodyRecipe {
  readonly sliders: MacroSliders;
  readonly description: string;
}

/**
 * The female macro alone stands 1.590 m, below the contract's 1.60-1.70 m; MakeHuman's height
 * slider at 0.54 (its maxheight target at 0.08) brings her to 1.648 m, inside the issue's
 * 1.63-1.66 m. The man keeps the macro's own 1.730 m (height 0.5), as the default always had.
 */
const HEIGHT: Readonly<Record<BodyId, number>> = { male: 0.5, female: 0.54 };

/** Muscle and weight sliders of each build (0.5 = MakeHuman's average). */
const BUILD_SLIDERS: Readonly<Record<BuildId, { muscle: number; weight: number }>> = {
  average: { muscle: 0.5, weight: 0.5 },
  slim: { muscle: 0.5, weight: 0.25 },
  heavy: { muscle: 0.5, weight: 0.85 },
  muscular: { muscle: 0.8, weight: 0.5 },
};

const SEX_WORDS: Readonly<Record<BodyId, string>> = { male: 'man', female: 'woman' };

/** Whether `choice` is the default body, whose file and bytes predate the other bodies. */
export function isDefaultBody(choice: BodyChoice): boolean {
  return choice.body === DEFAULT_BODY && choice.build === DEFAULT_BUILD;
}

/** The recipe of one body. */
export function bodyRecipe({ body, build }: BodyChoice): BodyRecipe {
  const { muscle, weight } = BUILD_SLIDERS[build];
  return {
    sliders: { sex: body, muscle, weight, height: HEIGHT[body] },
    description: `young adult ${SEX_WORDS[body]}, ${build} build (MakeHuman macro sliders: muscle ${muscle}, weight ${weight}, height ${HEIGHT[body]}, age 25 years, ethnicity 1/3 each)`,
  };
}
