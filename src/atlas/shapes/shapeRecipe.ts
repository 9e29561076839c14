/**
 * How a muscle's 3D shape is written down: parts lofted through sections of skin anchors, each
 * hanging a given depth below the skin. Recipes are authored for the subject's RIGHT side, in the
 * same `Anchor` form as the trigger points; the left side resolves the same anchors mirrored.
 */
import type { Anchor } from '../muscleSchema';

/**
 * The four loft kinds, which set the thickness profile along and across the fibres:
 * - `strap`: a band with a belly and fleshy, still fairly thick ends (levator scapulae, SCM, scalenes);
 * - `spindle`: a fusiform belly narrowing and thinning to a tendon at both ends (the limb muscles:
 *   rectus femoris, the gastrocnemius heads, tibialis anterior);
 * - `fan`: a broad origin converging on a narrow insertion (temporalis, pectoralis major);
 * - `sheet`: a broad thin layer following the body (the trapezius, rhomboids, quadratus lumborum).
 */
export type ShapeKind = 'strap' | 'spindle' | 'fan' | 'sheet';

/**
 * A point between two anchors: the fraction `t` of the way from `between[0]` to `between[1]` (both
 * placed on the skin), shifted by `offset` ([lateral, up, forward] metres), put back on the skin.
 * It lets a broad sheet's middle sections follow each fibre from its origin to its insertion
 * (trapezius: occiput to clavicle, C7 to acromion, T12 to the root of the spine) without every
 * point needing a landmark of its own.
 */
export interface BetweenPoint {
  readonly between: readonly [Anchor, Anchor];
  readonly t: number;
  readonly offset?: readonly [number, number, number];
  readonly depth?: number;
}

/** A point of a section: an anchor, optionally with its own depth below the skin (metres), or a point between two anchors. */
export type SectionPoint = Anchor | { readonly at: Anchor; readonly depth: number } | BetweenPoint;

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
  /**
   * Where along the fibres (0 origin, 1 insertion) the belly is thickest; 0.5 by default. A
   * gastrocnemius head has its belly high and a long tendon below it.
   */
  readonly belly?: number;
}

/** A muscle's shape: its parts, and why it is drawn so. */
export interface MuscleShapeRecipe {
  readonly parts: readonly ShapePart[];
  /** The anatomy the recipe follows, in a sentence (layer, fibre direction). */
  readonly note: string;
}

/** True for a point between two anchors. */
export function isBetweenPoint(point: SectionPoint): point is BetweenPoint {
  return typeof point === 'object' && 'between' in point;
}

/** The anchors a section point is placed from: one, or the two it lies between. */
export function sectionAnchors(point: SectionPoint): Anchor[] {
  if (isBetweenPoint(point)) return [...point.between];
  return [typeof point === 'object' && 'at' in point ? point.at : point];
}

/** The anchor of a section point (the first of the two for a point between anchors). */
export function sectionAnchor(point: SectionPoint): Anchor {
  return sectionAnchors(point)[0]!;
}

/** The depth a section point asks for, if it sets one. */
export function sectionPointDepth(point: SectionPoint): number | undefined {
  if (isBetweenPoint(point)) return point.depth;
  return typeof point === 'object' && 'at' in point ? point.depth : undefined;
}
