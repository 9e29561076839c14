/** The pose a muscle shows for `stretch` or `release` on one side (its spec), or null. */
import type { PoseId } from './poseIds';
import { MUSCLE_POSES } from './musclePoses';
import { POSES, type PoseName } from './poses';
import type { PoseSpec } from './poseSpec';

export type { PoseId };
export { hasPose, missingPoseReason } from './poseAvailability';

/** The spec of `muscleId`'s `pose` (null for rest, or when the muscle has none). */
export function poseSpecFor(muscleId: string, pose: PoseId): PoseSpec | null {
  if (pose === 'rest') return null;
  const name: PoseName | undefined = MUSCLE_POSES[muscleId]?.[pose];
  return name ? POSES[name] : null;
}
