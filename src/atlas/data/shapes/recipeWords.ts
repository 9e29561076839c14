/**
 * The words muscle-shape recipes are written in: anchors on landmarks, sections across the
 * fibres, parts, and fibres that run from their own origin point to their own insertion point.
 * Shared by the first-wave recipes (../muscleShapes.ts) and the second wave's (this folder).
 */
import type { Anchor, LandmarkRef } from '../../muscleSchema';
import type { BetweenPoint, SectionPoint, ShapeKind, ShapePart, ShapeSection } from '../../shapes/shapeRecipe';

export type Offset = readonly [number, number, number];

/** A landmark, optionally shifted. */
export function at(landmark: LandmarkRef, offset?: Offset): Anchor {
  return offset ? { landmark, offset: [...offset] } : landmark;
}

/** The point a fraction `t` of the way from one landmark toward another, optionally shifted. */
export function way(landmark: LandmarkRef, toward: LandmarkRef, t: number, offset?: Offset): Anchor {
  return offset ? { landmark, toward, t, offset: [...offset] } : { landmark, toward, t };
}

/** A section through one anchor, `width` across the fibres. */
export function point(anchor: Anchor, width: number, extra: Omit<ShapeSection, 'across' | 'width'> = {}): ShapeSection {
  return { across: [anchor], width, ...extra };
}

/** A section through several anchors across the fibres. */
export function line(across: readonly SectionPoint[], extra: Omit<ShapeSection, 'across'> = {}): ShapeSection {
  return { across, ...extra };
}

/** The point a fraction `t` of the way from anchor `a` to anchor `b` on the skin, optionally shifted. */
export function between(a: Anchor, b: Anchor, t: number, offset?: Offset, depth?: number): BetweenPoint {
  return { between: [a, b], t, ...(offset ? { offset } : {}), ...(depth === undefined ? {} : { depth }) };
}

/** Options of a part beyond its sections. */
export interface PartOptions {
  path?: 'straight';
  /** Where along the fibres the belly is thickest (0 origin, 1 insertion). */
  belly?: number;
}

/** A part: its kind, sections from origin to insertion, depth and thickness (metres). */
export function part(
  name: string,
  kind: ShapeKind,
  depth: number,
  thickness: number,
  sections: readonly ShapeSection[],
  options: PartOptions | 'straight' = {},
): ShapePart {
  const o = options === 'straight' ? { path: options } : options;
  return { name, kind, depth, thickness, sections, ...(o.path ? { path: o.path } : {}), ...(o.belly === undefined ? {} : { belly: o.belly }) };
}

/**
 * The sections of a broad sheet or fan whose fibres run straight (over the skin) from origin
 * point i to insertion point i: the origin line, a line through each fibre at each fraction of
 * `along` (optionally lifted by `offsets[k]`), and the insertion line. A single insertion anchor
 * makes the fibres converge on it, which is what makes a fan a fan rather than a plate.
 */
export function fibres(
  origin: readonly Anchor[],
  insertion: readonly Anchor[],
  along: readonly number[],
  extra: { origin?: Omit<ShapeSection, 'across'>; insertion?: Omit<ShapeSection, 'across'>; offsets?: readonly (Offset | undefined)[]; mids?: readonly Omit<ShapeSection, 'across'>[] } = {},
): ShapeSection[] {
  const end = (i: number) => insertion[insertion.length === 1 ? 0 : Math.round((i * (insertion.length - 1)) / Math.max(1, origin.length - 1))]!;
  const mids = along.map((t, k) =>
    line(origin.map((o, i) => between(o, end(i), t, extra.offsets?.[k])), extra.mids?.[k] ?? {}),
  );
  const last = insertion.length === 1 ? point(insertion[0]!, extra.insertion?.width ?? 0.02, extra.insertion ?? {}) : line(insertion, extra.insertion ?? {});
  return [line(origin, extra.origin ?? {}), ...mids, last];
}
