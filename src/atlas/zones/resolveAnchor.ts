/**
 * Turns an authored `Anchor` (a landmark, or a point between landmarks, shifted by an offset)
 * into a place on the skin for one side of the body.
 */
import { isMidlineLandmark, isSidedLandmarkBase, type LandmarkId } from '../landmarkNames';
import { nearestCorner, nearestSkinPoint } from '../mesh';
import type { Anchor, LandmarkRef } from '../muscleSchema';
import type { Side, SkinMesh, SurfacePoint, Vec3 } from '../types';

/** A landmark of the body model: its vertex and its position on the skin. */
export interface LandmarkPoint {
  readonly vertex: number;
  readonly position: Vec3;
}

/** What anchors resolve against: the skin mesh and the body's landmark table. */
export interface ZoneContext {
  readonly mesh: SkinMesh;
  readonly landmarks: ReadonlyMap<LandmarkId, LandmarkPoint>;
}

/** An anchor placed on the skin. */
export interface ResolvedAnchor {
  /** The vertex to use as a geodesic source: the landmark's own, or the snapped point's nearest corner. */
  readonly vertex: number;
  /** The place on the skin. */
  readonly position: Vec3;
  readonly surface: SurfacePoint;
}

/** The landmark id a reference means for a muscle on `side`: `temple` -> `temple_r` on the right. */
export function landmarkIdFor(ref: LandmarkRef, side: Side): LandmarkId {
  const [base = '', qualifier, ...rest] = ref.split('@');
  if (rest.length === 0 && qualifier === undefined && isMidlineLandmark(base)) return base;
  if (rest.length === 0 && (qualifier === undefined || qualifier === 'opposite') && isSidedLandmarkBase(base)) {
    const ownSide = side === 'right' ? 'r' : 'l';
    const otherSide = side === 'right' ? 'l' : 'r';
    return `${base}_${qualifier === 'opposite' ? otherSide : ownSide}`;
  }
  throw new Error(`unknown landmark reference "${ref}"`);
}

function landmark(ref: LandmarkRef, side: Side, ctx: ZoneContext): LandmarkPoint {
  const id = landmarkIdFor(ref, side);
  const point = ctx.landmarks.get(id);
  if (!point) throw new Error(`landmark "${id}" (from "${ref}") is missing from the landmark table`);
  return point;
}

/**
 * Places an anchor for a muscle on `side`: lerp from the landmark toward `toward` by `t` (0.5 when
 * `toward` is given, else 0), add `offset` as [lateral, up, forward] metres (lateral is -X on the
 * right side, +X on the left), then snap to the nearest point of the skin.
 */
export function resolveAnchor(anchor: Anchor, side: Side, ctx: ZoneContext): ResolvedAnchor {
  if (typeof anchor === 'string') {
    const point = landmark(anchor, side, ctx);
    const snapped = nearestSkinPoint(ctx.mesh, point.position);
    return { vertex: point.vertex, position: snapped.position, surface: snapped.surface };
  }
  const snapped = nearestSkinPoint(ctx.mesh, anchorTarget(anchor, side, ctx).position);
  return { vertex: nearestCorner(ctx.mesh, snapped.surface), position: snapped.position, surface: snapped.surface };
}

/**
 * Where an anchor points before it is snapped to the skin (it may lie under it, as a muscle's
 * anchors do), with the vertex of the landmark it starts from: cheap enough to frame a muscle by.
 */
export function anchorTarget(anchor: Anchor, side: Side, ctx: ZoneContext): { position: Vec3; vertex: number } {
  if (typeof anchor === 'string') return landmark(anchor, side, ctx);
  const start = landmark(anchor.landmark, side, ctx);
  const from = start.position;
  const to = anchor.toward === undefined ? from : landmark(anchor.toward, side, ctx).position;
  const t = anchor.t ?? (anchor.toward === undefined ? 0 : 0.5);
  const [lateral, up, forward] = anchor.offset ?? [0, 0, 0];
  const outward = side === 'right' ? -1 : 1;
  const position: Vec3 = [
    from[0] + t * (to[0] - from[0]) + outward * lateral,
    from[1] + t * (to[1] - from[1]) + up,
    from[2] + t * (to[2] - from[2]) + forward,
  ];
  return { position, vertex: start.vertex };
}
