/** The poses a link or the panel can ask for (contract: `?pose=rest|stretch|release`). */
export const POSE_IDS = ['rest', 'stretch', 'release'] as const;
export type PoseId = (typeof POSE_IDS)[number];
export const isPoseId = (value: string): value is PoseId => (POSE_IDS as readonly string[]).includes(value);
