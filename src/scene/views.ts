/** Camera placements for the view presets, framing the whole standing body. */
import type { ViewPreset } from '../state/viewSlice';

/** Where the camera looks: about the body's mid-height. */
export const BODY_TARGET: readonly [number, number, number] = [0, 0.93, 0];
/** The camera's vertical field of view, degrees. */
export const CAMERA_FOV = 30;
/** Distance that frames a 1.75 m body with the 30° lens and some air. */
export const BODY_DISTANCE = 4.3;

/** Unit direction from the target to the camera for each preset (subject's left is +X). */
export const VIEW_DIRECTIONS: Record<ViewPreset, readonly [number, number, number]> = {
  front: [0, 0.08, 1],
  back: [0, 0.08, -1],
  left: [1, 0.08, 0],
  right: [-1, 0.08, 0],
};

/** Camera position for a preset. */
export function viewPosition(view: ViewPreset, distance = BODY_DISTANCE): [number, number, number] {
  const [x, y, z] = VIEW_DIRECTIONS[view];
  const len = Math.hypot(x, y, z);
  return [BODY_TARGET[0] + (x / len) * distance, BODY_TARGET[1] + (y / len) * distance, BODY_TARGET[2] + (z / len) * distance];
}
