/**
 * The one lookup pipeline, from a pain drawing to its answer, shared by the command line and the
 * app: each point placed on the skin (or set aside with the reason it could not be), the ranked
 * candidates with `explains` in the drawing's own numbering, and the body areas the drawing
 * touches (for the red flags).
 */
import { placesOfDrawing, type BodyArea, type RedFlagPlace } from './bodyAreas';
import { findCandidates, type Candidate, type FindCandidatesOptions } from './lookup';
import type { OpenAtlas } from './openAtlas';
import { PainPointError, resolveDrawingPoint, type DrawingPoint, type ResolvedPainPoint } from './painPoints';

/** A drawing point placed on the skin, with its index in the drawing. */
export interface PlacedPoint extends ResolvedPainPoint {
  readonly index: number;
  readonly point: DrawingPoint;
}

/** A drawing point that could not be placed, and why (one line). */
export interface UnplacedPoint {
  readonly index: number;
  readonly point: DrawingPoint;
  readonly reason: string;
}

/** The answer to one drawing. */
export interface DrawingLookup {
  /** The points placed on the skin, in drawing order. */
  readonly placed: readonly PlacedPoint[];
  readonly unplaced: readonly UnplacedPoint[];
  /** Best first; `explains` holds indices into the drawing (not into `placed`). */
  readonly candidates: readonly Candidate[];
  /** The body areas the placed points lie in. */
  readonly areas: readonly BodyArea[];
  /** Every place the placed points touch (areas, regions, the jaw): what picks the red flags. */
  readonly places: readonly RedFlagPlace[];
}

/** Answers a drawing on `atlas`; `at` gives each point's text (default: its canonical form). */
export function lookupDrawing(
  points: readonly DrawingPoint[],
  atlas: OpenAtlas,
  options: Partial<FindCandidatesOptions> = {},
  at: (index: number) => string | undefined = () => undefined,
): DrawingLookup {
  const placed: PlacedPoint[] = [];
  const unplaced: UnplacedPoint[] = [];
  points.forEach((point, index) => {
    try {
      placed.push({ ...resolveDrawingPoint(point, atlas, at(index)), index, point });
    } catch (error) {
      if (!(error instanceof PainPointError)) throw error;
      unplaced.push({ index, point, reason: error.message });
    }
  });
  const ranked = findCandidates(placed.map((p) => p.spot), atlas.index, options);
  const candidates = ranked.map((c) => ({
    ...c,
    explains: c.explains.map((i) => placed[i]!.index),
    details: c.details.map((d) => ({ ...d, spot: placed[d.spot]!.index })),
  }));
  const located = placed.map((p) => (p.point.kind === 'landmark' ? { landmark: p.point.id, position: p.position } : { position: p.position }));
  return { placed, unplaced, candidates, ...placesOfDrawing(located, atlas.landmarks) };
}
