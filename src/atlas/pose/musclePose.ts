/** The pose a muscle shows for `stretch` or `release` on one side, or why it has none. */
import type { PoseId } from './poseIds';
import { MUSCLE_POSES, NO_STRETCH } from './musclePoses';
import { POSES, type PoseName } from './poses';
import type { PoseSpec } from './poseSpec';

export type { PoseId };

/** The spec of `muscleId`'s `pose` (null for rest, or when the muscle has none). */
export function poseSpecFor(muscleId: string, pose: PoseId): PoseSpec | null {
  if (pose === 'rest') return null;
  const name: PoseName | undefined = MUSCLE_POSES[muscleId]?.[pose];
  return name ? POSES[name] : null;
}

/** Why `muscleId` has no `pose`, as the end of a sentence (for the notice). */
export function missingPoseReason(muscleId: string, pose: PoseId): string {
  if (pose === 'stretch') return NO_STRETCH[muscleId] ?? 'the atlas shows no stretch for it';
  return 'its pressure release is done with the fingers, not in a body position the atlas shows';
}
