/** Where the app's data files are, relative to its base (shared by the prefetch and the loaders). */

/** URL of the body model. */
export const BODY_MODEL_URL = `${import.meta.env.BASE_URL}models/body.glb`;

/** URL of the baked referral zones (see scripts/bake-zones.ts). */
export const ZONES_URL = `${import.meta.env.BASE_URL}models/zones.bin`;
