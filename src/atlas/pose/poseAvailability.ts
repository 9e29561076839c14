/** What the first view needs to know of poses: whether a muscle has one, and why not (no specs). */
import type { PoseId } from './poseIds';
import { MUSCLE_POSES, NO_STRETCH } from './musclePoses';

/** Whether `muscleId` has `pose` (rest always), from the mapping alone. */
export function hasPose(muscleId: string, pose: PoseId): boolean {
  return pose === 'rest' || MUSCLE_POSES[muscleId]?.[pose] !== undefined;
}

/** Why `muscleId` has no `pose`, as the end of a sentence (for the notice). */
export function missingPoseReason(muscleId: string, pose: PoseId): string {
  if (pose === 'stretch') return NO_STRETCH[muscleId] ?? 'the atlas shows no stretch for it';
  return 'its pressure release is done with the fingers, not in a body position the atlas shows';
}
