/**
 * What the clinical tests share: the atlas baked live from the data as it is now, drawings made
 * of landmarks or places between them, and the ranking assertions, written as a clinician would
 * read them ("ranks first", "ranks above").
 */
import { expect } from 'vitest';
import type { LandmarkId } from '../../atlas/landmarkNames';
import { findCandidates, pointSpot, type Candidate } from '../../atlas/lookup';
import { nearestSkinPoint } from '../../atlas/mesh';
import type { OpenAtlas } from '../../atlas/openAtlas';
import type { Side, Vec3 } from '../../atlas/types';
import { loadLiveAtlas } from '../bakeZoneBytes';

let atlas: OpenAtlas | undefined;

/** Opens the live atlas once per test file; call it from `beforeAll`. */
export async function openClinicalAtlas(): Promise<OpenAtlas> {
  atlas = await loadLiveAtlas();
  return atlas;
}

function opened(): OpenAtlas {
  if (!atlas) throw new Error('call openClinicalAtlas() in beforeAll first');
  return atlas;
}

/** `r` or `l`: the suffix of a sided landmark. */
export type Suffix = 'r' | 'l';
export const SIDES: readonly Suffix[] = ['r', 'l'];
export const sideOf = (s: Suffix): Side => (s === 'r' ? 'right' : 'left');

/** A drawing point: a landmark, or a place a fraction of the way from one landmark to another. */
export type Place = LandmarkId | { from: LandmarkId; to: LandmarkId; t: number } | { at: Vec3; label: string };

/** Where a place is on the body (before it is snapped to the skin). */
export function position(place: Place): Vec3 {
  const { landmarks } = opened();
  if (typeof place === 'string') return landmarks.get(place)!.position;
  if ('at' in place) return place.at;
  const a = landmarks.get(place.from)!.position;
  const b = landmarks.get(place.to)!.position;
  return [a[0] + place.t * (b[0] - a[0]), a[1] + place.t * (b[1] - a[1]), a[2] + place.t * (b[2] - a[2])];
}

/** Looks up a drawing, every point snapped to the skin. */
export function lookup(places: readonly Place[], top = 100): Candidate[] {
  const { mesh, index } = opened();
  const spots = places.map((p) => pointSpot(nearestSkinPoint(mesh, position(p)).surface, typeof p === 'string' ? p : undefined));
  return findCandidates(spots, index, { top });
}

/** `base` on side `s`: `temple` -> `temple_r`. */
export const on = (base: string, s: Suffix): LandmarkId => `${base}_${s}` as LandmarkId;

export const find = (c: readonly Candidate[], muscle: string, side?: Side) =>
  c.find((x) => x.muscle === muscle && (side === undefined || x.side === side));
export const rank = (c: readonly Candidate[], muscle: string, side?: Side) =>
  c.findIndex((x) => x.muscle === muscle && (side === undefined || x.side === side));
export const scoreOf = (c: readonly Candidate[], muscle: string, side?: Side) => find(c, muscle, side)?.score ?? 0;
/** The top of a ranking, for failure messages. */
export const summary = (c: readonly Candidate[]) => c.slice(0, 8).map((x) => `${x.muscle}/${x.side} ${x.score}`).join(', ');

/** Ranked strictly first: alone at the top, not tied on score. */
export function expectFirst(c: readonly Candidate[], muscle: string, side: Side): void {
  expect(c[0] && `${c[0].muscle}/${c[0].side}`, summary(c)).toBe(`${muscle}/${side}`);
  if (c[1]) expect(c[1].score, summary(c)).toBeLessThan(c[0]!.score);
}

/** Ranked among the first `n`. */
export function expectAmongFirst(c: readonly Candidate[], muscle: string, side: Side, n: number): void {
  const at = rank(c, muscle, side);
  expect(at, summary(c)).toBeGreaterThanOrEqual(0);
  expect(at, summary(c)).toBeLessThan(n);
}

/** `higher` scores above `lower` on the same side. */
export function expectAbove(c: readonly Candidate[], higher: string, lower: string, side: Side): void {
  expect(rank(c, higher, side), summary(c)).toBeGreaterThanOrEqual(0);
  expect(scoreOf(c, higher, side), summary(c)).toBeGreaterThan(scoreOf(c, lower, side));
}

/** The muscle of one side is no candidate at all. */
export function expectAbsent(c: readonly Candidate[], muscle: string, side: Side): void {
  expect(rank(c, muscle, side), summary(c)).toBe(-1);
}
