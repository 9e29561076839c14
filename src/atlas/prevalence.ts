/**
 * How often the sources find a trigger point active among patients with the muscle's pain. Kept
 * apart from the schema (which needs zod) because the baked-atlas reader in the app uses it.
 */
export const PREVALENCES = ['common', 'occasional', 'rare'] as const;
/** See {@link PREVALENCES}. */
export type Prevalence = (typeof PREVALENCES)[number];
