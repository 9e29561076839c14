/**
 * Scoring a quiz answer, each in (0..1) with one sentence that says why:
 * - painting: the Dice coefficient, over skin area, of the painted band (the lookup's own brush)
 *   and the trigger point's main zone on that side;
 * - finding: the distance over the skin from the tap to the trigger point, full marks within
 *   FIND_SCORE_DEFAULTS.fullWithin and none beyond `zeroBeyond`, straight between;
 * - "what refers here?": the overlap (Jaccard) of the muscles picked and the lookup's first three.
 */
import { geodesicDistances, surfacePointSeeds } from '../mesh';
import type { OpenAtlas } from '../openAtlas';
import { PainPointError, resolveDrawingPoint, type DrawingPoint } from '../painPoints';
import type { MuscleId, SurfacePoint } from '../types';
import type { FindQuestion, PaintQuestion, QuestionKind, WhichQuestion } from './questions';
import { essentialZone, INSIDE_ZONE_WEIGHT, zoneVertices } from './zoneDrawing';

/** What every scored answer gives. */
export interface QuizScore {
  readonly kind: QuestionKind;
  /** 0..1, two decimals. */
  readonly score: number;
  /** Why, in one sentence. */
  readonly explanation: string;
}

/** A painted answer's score and what it is made of. */
export interface PaintScore extends QuizScore {
  readonly kind: 'paint';
  /** Dice coefficient over skin area, 0..1. */
  readonly dice: number;
  /** Share of the zone's skin that was painted, 0..1. */
  readonly zonePainted: number;
  /** Share of the painted skin that lies outside the zone, 0..1. */
  readonly paintedOutside: number;
}

/** Options of {@link scorePaint}. */
export interface PaintScoreOptions {
  /** A vertex belongs to the zone from this zone weight on (see INSIDE_ZONE_WEIGHT). */
  insideWeight: number;
}

/** Defaults of {@link PaintScoreOptions}. */
export const PAINT_SCORE_DEFAULTS: PaintScoreOptions = { insideWeight: INSIDE_ZONE_WEIGHT };

/**
 * Scores the painted areas of `points` (taps and landmarks are not painting) against the main
 * zone of the question's trigger point on its side. Every vertex the brush reaches counts whole,
 * as the band on screen shows it; each vertex weighs by the skin it stands for, so a dense patch
 * of mesh (the face, the hand) counts no more than its size.
 */
export function scorePaint(atlas: OpenAtlas, question: PaintQuestion, points: readonly DrawingPoint[], options: Partial<PaintScoreOptions> = {}): PaintScore {
  const { insideWeight } = { ...PAINT_SCORE_DEFAULTS, ...options };
  const tp = atlas.baked.muscles.find((m) => m.id === question.muscle)?.triggerPoints.find((t) => t.id === question.triggerPoint);
  const zoneLayer = tp ? essentialZone(tp) : undefined;
  const zone = new Set(zoneLayer ? zoneVertices(atlas, zoneLayer, question.side, insideWeight) : []);
  const painted = new Set<number>();
  for (const point of points) {
    if (point.kind !== 'area') continue;
    try {
      const { spot } = resolveDrawingPoint(point, atlas);
      if ('area' in spot) for (const [v] of spot.area) painted.add(v);
    } catch (error) {
      if (!(error instanceof PainPointError)) throw error;
    }
  }
  const area = atlas.index.vertexArea;
  let both = 0;
  let paintedArea = 0;
  let zoneArea = 0;
  for (const v of painted) {
    paintedArea += area[v] ?? 0;
    if (zone.has(v)) both += area[v] ?? 0;
  }
  for (const v of zone) zoneArea += area[v] ?? 0;
  const dice = paintedArea + zoneArea > 0 ? (2 * both) / (paintedArea + zoneArea) : 0;
  const zonePainted = zoneArea > 0 ? both / zoneArea : 0;
  const paintedOutside = paintedArea > 0 ? 1 - both / paintedArea : 0;
  const explanation = painted.size === 0
    ? 'Nothing was painted, so nothing overlaps the main zone.'
    : `You painted ${percent(zonePainted)} of the main zone, and ${percent(paintedOutside)} of your painting lies outside it (overlap ${dice.toFixed(2)}).`;
  return { kind: 'paint', score: round2(dice), explanation, dice, zonePainted, paintedOutside };
}

/** A tapped answer's score and its distance. */
export interface FindScore extends QuizScore {
  readonly kind: 'find';
  /** Distance over the skin from the tap to the trigger point (metres); null without a tap. */
  readonly distance: number | null;
  /** True when the tap lies nearer the same trigger point on the other side. */
  readonly otherSide: boolean;
}

/** Options of {@link scoreFind}. */
export interface FindScoreOptions {
  /** Full marks within this distance over the skin (metres). */
  fullWithin: number;
  /** No marks from this distance on (metres). */
  zeroBeyond: number;
}

/**
 * Defaults of {@link FindScoreOptions}. 2 cm: about a fingertip's width, the accuracy with which
 * the manuals' charts place an "x" and with which a tap lands on a phone. 10 cm: a hand's width,
 * beyond which the tap is at another part of the muscle or at another muscle.
 */
export const FIND_SCORE_DEFAULTS: FindScoreOptions = { fullWithin: 0.02, zeroBeyond: 0.1 };

/** A sweep this long reaches the whole body from any tap (metres over the skin). */
const WHOLE_BODY = 3;

/**
 * Scores the last tap of `points` (a landmark counts as a tap on it) by its distance over the
 * skin to the vertex where the question's trigger point lies on its side.
 */
export function scoreFind(atlas: OpenAtlas, question: FindQuestion, points: readonly DrawingPoint[], options: Partial<FindScoreOptions> = {}): FindScore {
  const { fullWithin, zeroBeyond } = { ...FIND_SCORE_DEFAULTS, ...options };
  const tp = atlas.baked.muscles.find((m) => m.id === question.muscle)?.triggerPoints.find((t) => t.id === question.triggerPoint);
  const tap = lastTap(atlas, points);
  if (!tp || !tap) return { kind: 'find', score: 0, distance: null, otherSide: false, explanation: 'No tap on the body was given.' };
  const own = tp.location[question.side].vertex;
  const twin = tp.location[question.side === 'right' ? 'left' : 'right'].vertex;
  const field = geodesicDistances(atlas.mesh, surfacePointSeeds(atlas.mesh, tap), { maxDistance: WHOLE_BODY });
  const distance = field[own]!;
  const score = !Number.isFinite(distance) || distance >= zeroBeyond
    ? 0
    : distance <= fullWithin ? 1 : (zeroBeyond - distance) / (zeroBeyond - fullWithin);
  const otherSide = twin !== own && field[twin]! < distance && field[twin]! < zeroBeyond;
  const away = Number.isFinite(distance) ? `${(distance * 100).toFixed(1)} cm` : 'far';
  const rule = `full marks within ${fullWithin * 100} cm, none beyond ${zeroBeyond * 100} cm`;
  const explanation = otherSide
    ? `Your tap is ${away} from it over the skin, close to the same trigger point on the ${question.side === 'right' ? 'left' : 'right'} side: the question asks for the ${question.side} side (${rule}).`
    : `Your tap is ${away} from the trigger point over the skin (${rule}).`;
  return { kind: 'find', score: round2(score), distance: Number.isFinite(distance) ? distance : null, otherSide, explanation };
}

/** A multiple-choice answer's score and what it is made of. */
export interface WhichScore extends QuizScore {
  readonly kind: 'which';
  /** Right muscles picked. */
  readonly right: readonly MuscleId[];
  /** Muscles picked that the lookup does not rank among its first three. */
  readonly wrong: readonly MuscleId[];
  /** Right muscles not picked. */
  readonly missed: readonly MuscleId[];
}

/**
 * Scores the muscles picked against the question's answer (the lookup's first three): right
 * picks over everything picked or right (Jaccard), so every miss and every wrong pick costs,
 * and ticking all four never scores full marks.
 */
export function scoreWhich(question: WhichQuestion, picked: readonly string[]): WhichScore {
  const answer = new Set<string>(question.answer);
  const chosen = [...new Set(picked)].filter((m) => question.options.some((o) => o.muscle === m)) as MuscleId[];
  const right = chosen.filter((m) => answer.has(m));
  const wrong = chosen.filter((m) => !answer.has(m));
  const missed = question.answer.filter((m) => !chosen.includes(m));
  const union = right.length + wrong.length + missed.length;
  const score = union === 0 ? 0 : right.length / union;
  const n = question.answer.length;
  const explanation = chosen.length === 0
    ? `Nothing was picked; the lookup ranks ${n === 1 ? 'one of these muscles' : `${n} of these muscles`} first for this zone.`
    : `You picked ${right.length} of the ${n} muscle${n === 1 ? '' : 's'} the lookup ranks first for this zone${wrong.length > 0 ? `, and ${wrong.length} that no zone of the atlas sends here` : ''}.`;
  return { kind: 'which', score: round2(score), explanation, right, wrong, missed };
}

/** The last tap of a drawing (a tapped point or a landmark) placed on the skin, if any. */
function lastTap(atlas: OpenAtlas, points: readonly DrawingPoint[]): SurfacePoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i]!;
    if (point.kind === 'area') continue;
    try {
      const { spot } = resolveDrawingPoint(point, atlas);
      if ('surface' in spot) return spot.surface;
    } catch (error) {
      if (!(error instanceof PainPointError)) throw error;
    }
  }
  return undefined;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
