/**
 * How each loft kind is shaped along and across its fibres. Shared by the grid (which narrows a
 * spindle's width toward its tendons) and the lens body (which sets the thickness), so both read
 * the same numbers.
 */
import type { ShapeKind, ShapePart } from './shapeRecipe';

/** How thick (and, for some kinds, how wide) a kind is along the fibres, and how flat across them. */
export interface KindProfile {
  /** Thickness along the fibres (u from 0 at the origin to 1 at the insertion), as a fraction of the greatest. */
  along: (u: number) => number;
  /** Exponent e of the cross-section 1 - |2v - 1|^e: 2 is an ellipse, higher is flatter. */
  acrossExponent: number;
  /**
   * Width along the fibres as a fraction of the sections' width; absent keeps the sections' own
   * width. A spindle narrows to its tendons here so a recipe need not author tendon-wide ends.
   */
  width?: (u: number) => number;
}

const bell = (u: number, e: number) => Math.sin(Math.PI * Math.min(1, Math.max(0, u))) ** e;

/**
 * - strap: a belly between narrow ends, thick even near them (the neck straps insert fleshy);
 * - spindle: fusiform, thin tendons at both ends, round in section, narrowing in width too;
 * - fan: thickest a little toward the insertion, where the fibres crowd together;
 * - sheet: thin and even over most of its area, thinning only near its attachments and edges.
 */
export const KIND_PROFILES: Readonly<Record<ShapeKind, KindProfile>> = {
  strap: { along: (u) => 0.3 + 0.7 * bell(u, 0.8), acrossExponent: 2 },
  spindle: { along: (u) => 0.1 + 0.9 * bell(u, 1.3), acrossExponent: 2, width: (u) => 0.28 + 0.72 * bell(u, 0.9) },
  fan: { along: (u) => 0.35 + 0.65 * bell(0.12 + 0.8 * u, 0.7), acrossExponent: 2.5 },
  sheet: { along: (u) => 0.3 + 0.7 * bell(u, 0.3), acrossExponent: 3 },
};

/**
 * The part's own u: where along the fibres the kind's profile peaks is moved from 0.5 to the
 * part's `belly` (a gastrocnemius belly sits high, a tibialis anterior belly in the upper half),
 * by a power curve that keeps 0 and 1 in place and stays monotonic.
 */
export function bellyU(part: Pick<ShapePart, 'belly'>, u: number): number {
  const belly = part.belly;
  if (belly === undefined || belly === 0.5) return u;
  const b = Math.min(0.9, Math.max(0.1, belly));
  return Math.min(1, Math.max(0, u)) ** (Math.log(0.5) / Math.log(b));
}
