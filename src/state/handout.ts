/** What the handout's pictures are (drawn by the scene, shown by the handout's page). */
import type { LoadedBody } from './atlasRuntime';
import type { Side, Vec3 } from '../atlas/types';

export interface HandoutPicture {
  readonly id: 'pattern' | 'close-up' | 'drawing' | 'stretch';
  readonly caption: string;
  /** A PNG data URL. */
  readonly url: string;
}

/** Draws the handout's pictures of `muscleId` on `side`, with the pain spots (rest-pose points). */
export type HandoutPainter = (body: LoadedBody, muscleId: string, side: Side, painSpots: readonly Vec3[], stretchTitle: string | null) => Promise<HandoutPicture[]>;
