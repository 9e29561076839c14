/** What the pictures of a pain drawing are (drawn by the scene, used by the exports and the print). */
import type { LoadedBody } from './atlasRuntime';
import type { Vec3 } from '../atlas/types';

/** One marked spot to draw: its number on the body, where it lies (rest pose), and whether it is a painted area. */
export interface DrawingPictureSpot {
  readonly number: number;
  readonly position: Vec3;
  /** A painted area is drawn as painted skin (its band); a spot as a dot. */
  readonly area: boolean;
}

/** The body from the front or the back, with the drawing on it. */
export interface DrawingPicture {
  readonly view: 'front' | 'back';
  /** Said under the picture and as its alternative text. */
  readonly caption: string;
  /** The drawn picture (its pixels, to compose or to encode). */
  readonly canvas: HTMLCanvasElement;
}

/** Draws the drawing's spots (and its painted areas, already on the skin) on `body`, front and back. */
export type DrawingPainter = (body: LoadedBody, spots: readonly DrawingPictureSpot[]) => Promise<DrawingPicture[]>;
