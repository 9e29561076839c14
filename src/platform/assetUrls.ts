/** Where the app's data files are, relative to its base (shared by the prefetch and the loaders). */

import { bodyFileName, DEFAULT_BODY_CHOICE, type BodyChoice } from '../atlas/bodies';

/** URL of a body's model. */
export function bodyModelUrl(choice: BodyChoice): string {
  return `${import.meta.env.BASE_URL}models/${bodyFileName(choice)}`;
}

/** URL of the default body's model. */
export const BODY_MODEL_URL = bodyModelUrl(DEFAULT_BODY_CHOICE);

/** URL of the baked referral zones (see scripts/bake-zones.ts). */
export const ZONES_URL = `${import.meta.env.BASE_URL}models/zones.bin`;
