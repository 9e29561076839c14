/**
 * How a muscle's 3D shape is written down: parts lofted through sections of skin anchors, each
 * hanging a given depth below the skin. Recipes are authored for the subject's RIGHT side, in the
 * same `Anchor` form as the trigger points; the left side resolves the same anchors mirrored.
 */
import type { Anchor } from '../muscleSchema';

/**
 * The three loft kinds, which set the thickness profile along and across the fibres:
 * - `strap`: a spindle-shaped belly between narrow ends (levator scapulae, SCM, psoas);
 * - `fan`: a broad origin converging on a narrow insertion (temporalis, pectoralis major);
 * - `sheet`: a flat layer of even thickness (the trapezius parts, rhomboids, quadratus lumborum).
 */
export type ShapeKind = 'strap' | 'fan' | 'sheet';

/** A point of a section: an anchor, optionally with its own depth below the skin (metres). */
export type SectionPoint = Anchor | { readonly at: Anchor; readonly depth: number };

/** A line across the fibres at one place along the part. */
export interface ShapeSection {
  /** Anchors across the fibres, in order; a single anchor is widened to `width` across the fibres. */
  readonly across: readonly SectionPoint[];
  /** Width (metres) of a single-anchor section; ignored when `across` has two or more points. */
  readonly width?: number;
  /** Depth of the part's superficial surface below the skin here; defaults to the part's. */
  readonly depth?: number;
  /** Greatest thickness here (metres); defaults to the part's. */
  readonly thickness?: number;
}

/** One lofted body of a muscle (a head, a belly, one of a group). */
export interface ShapePart {
  /** What the part is, in anatomical words ("sternal head"). */
  readonly name: string;
  readonly kind: ShapeKind;
  /** Sections from origin to insertion, two or more; fibres run from one to the next. */
  readonly sections: readonly ShapeSection[];
  /** Depth of the superficial surface below the skin (metres). */
  readonly depth: number;
  /** Greatest thickness (metres). */
  readonly thickness: number;
  /**
   * `skin` (default): every point of the part hangs below the skin above it, so the part follows
   * the body's curvature; `straight`: only the sections hang from the skin and the part runs
   * straight between them (for deep muscles that leave the skin behind, like subscapularis).
   */
  readonly path?: 'skin' | 'straight';
}

/** A muscle's shape: its parts, and why it is drawn so. */
export interface MuscleShapeRecipe {
  readonly parts: readonly ShapePart[];
  /** The anatomy the recipe follows, in a sentence (layer, fibre direction). */
  readonly note: string;
}

/** The anchor of a section point. */
export function sectionAnchor(point: SectionPoint): Anchor {
  return typeof point === 'object' && 'at' in point ? point.at : point;
}

/** The depth a section point asks for, if it sets one. */
export function sectionPointDepth(point: SectionPoint): number | undefined {
  return typeof point === 'object' && 'at' in point ? point.depth : undefined;
}
