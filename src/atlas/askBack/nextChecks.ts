/**
 * Which trigger points the patient should press next: of every candidate's trigger points that
 * explain part of the drawing and are not answered yet, the ones whose three possible answers
 * would move the top three most (contract: at most 3, best first): each answer weighed by how
 * likely it is (`sourceOdds`), each place of the top three by how much it matters. A trigger point
 * whose palpation belongs to a clinician (an artery, a nerve or an organ in the way) is never
 * offered.
 */
import { nearestLandmark } from '../bodyAreas';
import type { LandmarkId } from '../landmarkNames';
import { describeSpot, lowerFirst } from '../lookup/describeSpot';
import { isMidlineLandmark } from '../landmarkNames';
import type { AtlasIndex } from '../lookup/indexAtlas';
import type { MuscleId, Side, TriggerPointId, Vec3 } from '../types';
import { FOUND_ANSWERS, type Answers, type FoundKind } from './answers';
import { rerank, type AnsweredCandidate, type BaseCandidate } from './rerank';
import { sourceOdds } from './sourceOdds';
import type { LookupQuestion } from './questionSchema';

/** One trigger point to press, with where it is and what to ask. */
export interface Check {
  readonly muscle: MuscleId;
  readonly side: Side;
  readonly triggerPoint: TriggerPointId;
  /** On the skin, metres. */
  readonly position: Vec3;
  /** The skin vertex it sits at (for drawing its mark). */
  readonly vertex: number;
  readonly ask: string;
  /** What a "yes" here does not rule out, when the sources name a mimic (shown beside the check). */
  readonly caution?: string;
}

/** What choosing checks needs besides the candidates. */
export interface CheckContext {
  readonly index: AtlasIndex;
  readonly spots: number;
  readonly answers: Answers;
  readonly questions: ReadonlyMap<string, LookupQuestion>;
  readonly landmarks: ReadonlyMap<LandmarkId, { readonly position: Vec3 }>;
  /** True when this trigger point is never offered (clinician-only, or not for a patient alone). */
  clinicianOnly(muscle: MuscleId, triggerPoint: TriggerPointId): boolean;
  checkCaution?(muscle: MuscleId): string | undefined;
}

/** How often a pressed trigger point that is not the cause is still tender (for weighing the answers). */
const TENDER_CHANCE = 0.3;

/**
 * What a change at each place of the top three counts for: the first place most, each next one
 * half as much, so a check that could change which candidate comes first outweighs one that
 * could only reshuffle the second and third.
 */
const PLACE_WEIGHTS = [1, 0.5, 0.25] as const;

export { checkLetter } from './checkLetter';

/** How many checks the lookup offers at once. */
export const MAX_CHECKS = 3;

/** The next checks for `current` (the candidates after the answers so far). */
export function nextChecks(bases: readonly BaseCandidate[], current: readonly AnsweredCandidate[], context: CheckContext): Check[] {
  const { index, spots, answers, questions } = context;
  const now = topThree(current);
  const options: { candidate: AnsweredCandidate; rank: number; tp: number; odds: number; moves: number }[] = [];
  // Every trigger point that explains part of the drawing, not only the one that explains a spot
  // best: two trigger points of one muscle often share a zone, and the hidden one may be the source.
  for (const { candidate, rank, triggerPoint: t, odds } of sourceOdds(current, index, spots, answers.found)) {
    const c = candidate.candidate;
    const tp = index.atlas.muscles[c.key >> 1]!.triggerPoints[t]!;
    if (context.clinicianOnly(c.muscle, tp.id)) continue;
    // "Reproduces" is as likely as this trigger point is the source; "tender" now and then; else
    // "nothing". The expected movement of the top three, not the movement of an unlikely answer,
    // picks the check.
    const likelihood: Record<FoundKind, number> = { reproduces: odds, tender: TENDER_CHANCE * (1 - odds), nothing: (1 - TENDER_CHANCE) * (1 - odds) };
    let moves = 0;
    for (const answer of FOUND_ANSWERS) {
      const found = [...answers.found, { muscle: c.muscle, side: c.side, triggerPoint: tp.id, answer }];
      moves += likelihood[answer] * displaced(now, topThree(rerank(bases, index, spots, { ...answers, found }, questions)));
    }
    options.push({ candidate, rank, tp: t, odds, moves });
  }
  // Equal movement: the likelier source first, then the higher candidate.
  options.sort((a, b) => b.moves - a.moves || b.odds - a.odds || a.rank - b.rank || a.tp - b.tp);
  return options.slice(0, MAX_CHECKS).map(({ candidate, tp: t }) => {
    const c = candidate.candidate;
    const muscle = index.atlas.muscles[c.key >> 1]!;
    const tp = muscle.triggerPoints[t]!;
    const { position, vertex } = tp.location[c.side];
    const near = nearestLandmark(position, context.landmarks);
    // A midline landmark's words carry no side: say it, so the two sides' checks differ.
    const where = near ? `${describeSpot(near, 0)}${isMidlineLandmark(near) ? `, on your ${c.side} side` : ''}` : `your ${c.side} side`;
    const caution = context.checkCaution?.(c.muscle);
    return {
      muscle: c.muscle,
      side: c.side,
      triggerPoint: tp.id,
      position,
      vertex,
      ask: `Press the spot marked on the body near ${where} (${lowerFirst(muscle.name)}): gently at first, then a little more firmly, never hard and never on a pulse, for about five seconds. Does that bring on your usual pain?`,
      ...(caution ? { caution } : {}),
    };
  });
}

/** The keys of the first three candidates, in order. */
export function topThree(candidates: readonly AnsweredCandidate[]): number[] {
  return candidates.slice(0, 3).map((c) => c.candidate.key);
}

/** How much the top three moved: each place that holds another candidate, by its weight. */
function displaced(before: readonly number[], after: readonly number[]): number {
  let moved = 0;
  for (let i = 0; i < 3; i++) if (before[i] !== after[i]) moved += PLACE_WEIGHTS[i]!;
  return moved;
}
