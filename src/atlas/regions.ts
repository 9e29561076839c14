/** Body regions used to group muscles, head to foot (no zod here: the app's bundle uses this). */
export const REGIONS = [
  'head', 'neck', 'shoulder', 'upper-back', 'chest', 'arm', 'lower-back', 'abdomen', 'hip', 'thigh',
  'leg',
] as const;
/** A body region. */
export type Region = (typeof REGIONS)[number];
