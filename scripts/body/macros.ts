/**
 * MakeHuman's macro sliders turned into weighted macro targets, the way MakeHuman 1.1 does it
 * (apps/human.py `_set*Vals`, apps/humanmodifier.py `MacroModifier`): each slider runs 0..1 with
 * 0.5 the average; below 0.5 it blends the average target towards the `min` target linearly, above
 * 0.5 towards the `max` one. A target's weight is the product of the levels its name combines
 * (sex x age x muscle x weight [x height]). Age is fixed at the young adult (slider 0.5, 25 years),
 * where the `young` targets count fully; ethnicity at 1/3 each, MakeHuman's default.
 */
import type { BodyId } from '../../src/atlas/bodies';
import type { TargetWeight } from './makehuman';

/** The macro sliders a body sets (MakeHuman's names and 0..1 ranges; 0.5 = average). */
export interface MacroSliders {
  readonly sex: BodyId;
  readonly muscle: number;
  readonly weight: number;
  /** 0.5 keeps the universal target's own stature; MakeHuman has no `averageheight` target. */
  readonly height: number;
}

/** The three levels of one slider and how much each counts. */
export interface SliderLevels {
  readonly min: number;
  readonly average: number;
  readonly max: number;
}

/** MakeHuman's linear blend of a slider's levels: at 0 all `min`, 0.5 all `average`, 1 all `max`. */
export function sliderLevels(value: number): SliderLevels {
  if (!(value >= 0 && value <= 1)) throw new Error(`slider value ${value} is outside 0..1`);
  const max = Math.max(0, value * 2 - 1);
  const min = Math.max(0, 1 - value * 2);
  return { min, average: 1 - (min + max), max };
}

const LEVELS = ['min', 'average', 'max'] as const;
const ETHNIC_GROUPS = ['african', 'asian', 'caucasian'] as const;
const MACRO_FOLDER = 'data/targets/macrodetails';

/**
 * The weighted macro targets of `sliders`, zero weights left out. The order is fixed (universal,
 * ethnic, height) so the same sliders always sum the same floats in the same order: the average
 * man gives exactly `AVERAGE_YOUNG_MAN`, so the default body keeps its bytes.
 */
export function macroTargets(sliders: MacroSliders): TargetWeight[] {
  const muscle = sliderLevels(sliders.muscle);
  const weight = sliderLevels(sliders.weight);
  const height = sliderLevels(sliders.height);
  const out: TargetWeight[] = [];
  const prefix = `${sliders.sex}-young`;
  for (const m of LEVELS) {
    for (const w of LEVELS) {
      const amount = muscle[m] * weight[w];
      if (amount > 0) out.push({ path: `${MACRO_FOLDER}/universal-${prefix}-${m}muscle-${w}weight.target`, weight: amount });
    }
  }
  for (const group of ETHNIC_GROUPS) out.push({ path: `${MACRO_FOLDER}/${group}-${prefix}.target`, weight: 1 / 3 });
  for (const m of LEVELS) {
    for (const w of LEVELS) {
      for (const h of ['min', 'max'] as const) {
        const amount = muscle[m] * weight[w] * height[h];
        if (amount > 0) out.push({ path: `${MACRO_FOLDER}/height/${prefix}-${m}muscle-${w}weight-${h}height.target`, weight: amount });
      }
    }
  }
  return out;
}
