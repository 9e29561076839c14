/**
 * A pain drawing: the painful spots a patient marks, in order. A spot is a point on the skin
 * (a click, a landmark, a coordinate snapped to the skin) or a painted area (vertices with a
 * brush weight each).
 */
import type { SurfacePoint } from '../types';

/** A painful point on the skin. */
export interface PointSpot {
  readonly surface: SurfacePoint;
  /** A landmark id (`temple_r`) or any text, used to word the explanation. */
  readonly label?: string;
}

/** A painted area: vertex -> brush weight (> 0); its coverage is the weighted mean over it. */
export interface AreaSpot {
  readonly area: ReadonlyMap<number, number> | readonly (readonly [vertex: number, weight: number])[];
  readonly label?: string;
}

/** One painful spot of a drawing. */
export type PainSpot = PointSpot | AreaSpot;

/** The painful spots of one drawing, in the order the patient gave them. */
export type PainDrawing = readonly PainSpot[];

/** Makes a point spot, with a label only when one is given. */
export function pointSpot(surface: SurfacePoint, label?: string): PointSpot {
  return label === undefined ? { surface } : { surface, label };
}

/** Makes an area spot, with a label only when one is given. */
export function areaSpot(area: AreaSpot['area'], label?: string): AreaSpot {
  return label === undefined ? { area } : { area, label };
}
