/**
 * Pictures of the patient's pain drawing for the exports and the print: the whole body from the
 * front and from the back, on the body and skin tone chosen, its painted areas on the skin (the
 * live view's own painted-area layer), a blue dot on every spot, the spots' numbers and "your
 * right / your left" beside the body.
 *
 * Drawn with the live view's renderer, so the page keeps its one WebGL context and the skin's
 * shader is the one already compiled: the body is borrowed into the picture studio, drawn at the
 * picture's size into the canvas and copied out in the same task (before the browser shows the
 * canvas), then the live view is given back and drawn again, so no frame shows the visit. A page
 * without a live view gets a short-lived renderer of its own, released at once.
 */
import { liveView } from './liveView';
import { Vector2, Vector3, type WebGLRenderer } from 'three';
import type { AtlasResources } from './atlasResources';
import { nearestVertex, openPictureStudio, releaseStillRenderer, stillRenderer, type PictureStudio } from './pictureStudio';
import { vertexNormal } from './surfaceFrame';
import type { Placement } from './frameRegion';
import type { DrawingPicture, DrawingPictureSpot } from '../state/drawingPictures';

/** Each picture's size in pixels: a standing body with some air. */
export const DRAWING_PICTURE_WIDTH = 600;
export const DRAWING_PICTURE_HEIGHT = 920;
/** A narrow lens, so the chart reads nearly flat, as a clinician's body chart does. */
const FOV = 20;
const DOT_COLOUR = '#1b5fa8';
const INK = '#14202b';
/**
 * A spot whose skin faces away from the camera more than this (cosine) is left unnumbered in that
 * view; one on the body's side (the temple, the outer elbow) is numbered in both.
 */
const FACING_ENOUGH = -0.1;

/** Draws the drawing from the front and the back. */
export async function drawDrawingPictures(body: AtlasResources, spots: readonly DrawingPictureSpot[]): Promise<DrawingPicture[]> {
  const live = liveView();
  if (!live) {
    const renderer = stillRenderer(DRAWING_PICTURE_WIDTH, DRAWING_PICTURE_HEIGHT);
    try {
      return drawBothViews(body, spots, renderer);
    } finally {
      releaseStillRenderer(renderer);
    }
  }
  const { gl, scene, camera, invalidate } = live;
  const size = gl.getSize(new Vector2());
  const ratio = gl.getPixelRatio();
  try {
    gl.setPixelRatio(1);
    gl.setSize(DRAWING_PICTURE_WIDTH, DRAWING_PICTURE_HEIGHT, false);
    return drawBothViews(body, spots, gl);
  } finally {
    gl.setPixelRatio(ratio);
    gl.setSize(size.x, size.y, false);
    // The resize cleared the canvas: draw the live view now, before the browser shows it.
    gl.render(scene, camera);
    invalidate();
  }
}


function drawBothViews(body: AtlasResources, spots: readonly DrawingPictureSpot[], renderer: WebGLRenderer): DrawingPicture[] {
  const studio = openPictureStudio(body, DRAWING_PICTURE_WIDTH / DRAWING_PICTURE_HEIGHT, FOV);
  try {
    const { positions } = body.atlas.mesh;
    const placed = spots.map((spot) => ({ ...spot, vertex: nearestVertex(positions, spot.position) }));
    for (const spot of placed) if (!spot.area) studio.mark(spot.position, spot.vertex, DOT_COLOUR, 0.014);
    return (['front', 'back'] as const).map((view) => {
      studio.aim(wholeBody(positions, view));
      renderer.render(studio.scene, studio.camera);
      // Copied in the same task as the render: the canvas keeps no drawing once it is shown.
      const canvas = document.createElement('canvas');
      canvas.width = DRAWING_PICTURE_WIDTH;
      canvas.height = DRAWING_PICTURE_HEIGHT;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(renderer.domElement, 0, 0, DRAWING_PICTURE_WIDTH, DRAWING_PICTURE_HEIGHT);
      label(ctx, studio, view, placed.map((spot) => ({ ...spot, normal: vertexNormal(body.mesh, spot.vertex) })));
      const numbered = placed.length === 0 ? '' : ', with the numbers of your marked spots';
      return { view, caption: view === 'front' ? `Your pain drawing from the front${numbered}` : `Your pain drawing from the back${numbered}`, canvas };
    });
  } finally {
    studio.close();
  }
}

/** The camera placement that shows the whole standing body from the front or the back. */
function wholeBody(positions: Float32Array, view: 'front' | 'back'): Placement {
  let top = -Infinity;
  let bottom = Infinity;
  let wide = 0;
  let deep = 0;
  for (let i = 0; i < positions.length; i += 3) {
    wide = Math.max(wide, Math.abs(positions[i]!));
    top = Math.max(top, positions[i + 1]!);
    bottom = Math.min(bottom, positions[i + 1]!);
    deep = Math.max(deep, Math.abs(positions[i + 2]!));
  }
  // Room above the head for the view's name, and beside the hands for the side words.
  const halfHeight = ((top - bottom) / 2) * 1.1;
  const halfWidth = wide * 1.12;
  const tan = Math.tan((FOV * Math.PI) / 360);
  const aspect = DRAWING_PICTURE_WIDTH / DRAWING_PICTURE_HEIGHT;
  const distance = Math.max(halfHeight / tan, halfWidth / (tan * aspect)) + deep / 2;
  // A little low, so the view's name above the head has its own room.
  const y = (top + bottom) / 2 + halfHeight * 0.03;
  return { position: [0, y, view === 'front' ? distance : -distance], target: [0, y, 0] };
}

/** The view's name, the patient's sides, and each spot's number beside its dot. */
function label(ctx: CanvasRenderingContext2D, studio: PictureStudio, view: 'front' | 'back', spots: readonly (DrawingPictureSpot & { normal: Vector3 })[]): void {
  const { camera } = studio;
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.font = 'bold 30px system-ui, sans-serif';
  ctx.fillText(view === 'front' ? 'Front' : 'Back', DRAWING_PICTURE_WIDTH / 2, 36);
  // From the front the patient's right is on the picture's left; from the back, on its right.
  // Beside the head, where the arms leave room.
  ctx.font = 'bold 26px system-ui, sans-serif';
  const [leftWords, rightWords] = view === 'front' ? ['Your right', 'Your left'] : ['Your left', 'Your right'];
  ctx.textAlign = 'left';
  ctx.fillText(leftWords, 14, DRAWING_PICTURE_HEIGHT * 0.15);
  ctx.textAlign = 'right';
  ctx.fillText(rightWords, DRAWING_PICTURE_WIDTH - 14, DRAWING_PICTURE_HEIGHT * 0.15);
  ctx.textAlign = 'center';
  ctx.font = 'bold 17px system-ui, sans-serif';
  for (const spot of spots) {
    const at = new Vector3(...spot.position);
    const towardCamera = camera.position.clone().sub(at).normalize();
    if (spot.normal.dot(towardCamera) < FACING_ENOUGH) continue;
    const screen = at.clone().project(camera);
    const x = ((screen.x + 1) / 2) * DRAWING_PICTURE_WIDTH + 16;
    const y = ((1 - screen.y) / 2) * DRAWING_PICTURE_HEIGHT - 16;
    ctx.beginPath();
    ctx.arc(x, y, 13, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = DOT_COLOUR;
    ctx.stroke();
    ctx.fillStyle = DOT_COLOUR;
    ctx.fillText(String(spot.number), x, y + 1);
  }
}
