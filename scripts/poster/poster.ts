/**
 * What the start poster shows: the default body, from the 3D view's opening camera (the front
 * preset, src/scene/views.ts), lit by the scene's lights (src/scene/lightRig.ts), in the default
 * skin tone; cropped to the body, symmetrically about the camera's axis so the image's centre
 * stays on it.
 */
import type { SkinMesh } from '../../src/atlas/types';
import { DEFAULT_SKIN_TONE, SKIN_TONES } from '../../src/atlas/skinTones';
import { DIRECTIONAL_LIGHTS, HEMISPHERE_LIGHT } from '../../src/scene/lightRig';
import { BODY_TARGET, CAMERA_FOV, viewPosition } from '../../src/scene/views';
import { renderPoster, type PosterImage } from './renderPoster';

/**
 * Pixel height of the poster, spanning the live view's full height (its field of view): a little
 * taller than a phone's view, so phones show it scaled down (sharp, and the browser's largest
 * paint is the shell's first showing of it, not the app's slightly smaller one after it).
 */
export const POSTER_HEIGHT = 800;
/** Transparent pixels kept on each side of the body. */
const MARGIN = 4;

/** The start poster of `mesh` (the default body's skin, model space). */
export function posterOf(mesh: SkinMesh): PosterImage {
  const wide = renderPoster(
    mesh,
    { position: viewPosition('front'), target: BODY_TARGET, fovDegrees: CAMERA_FOV },
    { hemisphere: HEMISPHERE_LIGHT, directional: DIRECTIONAL_LIGHTS },
    SKIN_TONES[DEFAULT_SKIN_TONE].colour,
    POSTER_HEIGHT * 2,
    POSTER_HEIGHT,
  );
  return cropSymmetric(wide, MARGIN);
}

/** The image narrowed to its visible pixels plus `margin`, keeping its centre column centred. */
function cropSymmetric(image: PosterImage, margin: number): PosterImage {
  const { width, height, data } = image;
  let reach = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[(y * width + x) * 4 + 3]! > 0) reach = Math.max(reach, Math.abs(x + 0.5 - width / 2));
    }
  }
  const half = Math.min(width / 2, Math.ceil(reach) + margin);
  const left = width / 2 - half;
  const croppedWidth = half * 2;
  const out = new Uint8Array(croppedWidth * height * 4);
  for (let y = 0; y < height; y++) out.set(data.subarray((y * width + left) * 4, (y * width + left + croppedWidth) * 4), y * croppedWidth * 4);
  return { width: croppedWidth, height, data: out };
}
