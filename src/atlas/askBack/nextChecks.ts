/**
 * Which trigger points the patient should press next: of every candidate's trigger points that
 * explain part of the drawing and are not answered yet, the ones whose three possible answers
 * would move the top three most (contract: at most 3, best first). A trigger point whose
 * palpation belongs to a clinician (an artery, a nerve or an organ in the way) is never offered.
 */
import { nearestLandmark } from '../bodyAreas';
import type { LandmarkId } from '../landmarkNames';
import { describeSpot, describeTriggerPoint } from '../lookup/describeSpot';
import type { AtlasIndex } from '../lookup/indexAtlas';
import type { MuscleId, Side, TriggerPointId, Vec3 } from '../types';
import { FOUND_ANSWERS, type Answers } from './answers';
import { rerank, type AnsweredCandidate, type BaseCandidate } from './rerank';
import type { LookupQuestion } from './questionSchema';

/** One trigger point to press, with where it is and what to ask. */
export interface Check {
  readonly muscle: MuscleId;
  readonly side: Side;
  readonly triggerPoint: TriggerPointId;
  /** On the skin, metres. */
  readonly position: Vec3;
  readonly ask: string;
}

/** What choosing checks needs besides the candidates. */
export interface CheckContext {
  readonly index: AtlasIndex;
  readonly spots: number;
  readonly answers: Answers;
  readonly questions: ReadonlyMap<string, LookupQuestion>;
  readonly landmarks: ReadonlyMap<LandmarkId, { readonly position: Vec3 }>;
  /** True when the data says only a clinician should palpate this trigger point. */
  clinicianOnly(muscle: MuscleId, triggerPoint: TriggerPointId): boolean;
}

/** How many checks the lookup offers at once. */
export const MAX_CHECKS = 3;

/** The next checks for `current` (the candidates after the answers so far). */
export function nextChecks(bases: readonly BaseCandidate[], current: readonly AnsweredCandidate[], context: CheckContext): Check[] {
  const { index, spots, answers, questions } = context;
  const now = topThree(current);
  const options: { candidate: AnsweredCandidate; rank: number; tp: number; moves: number }[] = [];
  current.forEach((candidate, rank) => {
    const c = candidate.candidate;
    const muscle = index.atlas.muscles[c.key >> 1]!;
    const mine = answers.found.filter((a) => a.muscle === c.muscle && a.side === c.side);
    if (mine.some((a) => !a.triggerPoint)) return;
    const tps = [...new Set(candidate.scored.best.map((hit) => index.layers[hit.layer]!.triggerPoint))].sort((a, b) => a - b);
    for (const t of tps) {
      const tp = muscle.triggerPoints[t]!;
      if (mine.some((a) => a.triggerPoint === tp.id) || context.clinicianOnly(c.muscle, tp.id)) continue;
      let moves = 0;
      for (const answer of FOUND_ANSWERS) {
        const found = [...answers.found, { muscle: c.muscle, side: c.side, triggerPoint: tp.id, answer }];
        moves += displaced(now, topThree(rerank(bases, index, spots, { ...answers, found }, questions)));
      }
      options.push({ candidate, rank, tp: t, moves });
    }
  });
  options.sort((a, b) => b.moves - a.moves || a.rank - b.rank || a.tp - b.tp);
  return options.slice(0, MAX_CHECKS).map(({ candidate, tp: t }) => {
    const c = candidate.candidate;
    const muscle = index.atlas.muscles[c.key >> 1]!;
    const tp = muscle.triggerPoints[t]!;
    const position = tp.location[c.side].position;
    const near = nearestLandmark(position, context.landmarks);
    const where = near ? describeSpot(near, 0) : `your ${c.side} side`;
    return {
      muscle: c.muscle,
      side: c.side,
      triggerPoint: tp.id,
      position,
      ask: `Press ${describeTriggerPoint(tp.name, muscle.name)} firmly for a few seconds: it is marked on the body, near ${where}. Does that bring on your usual pain?`,
    };
  });
}

/** The keys of the first three candidates, in order. */
export function topThree(candidates: readonly AnsweredCandidate[]): number[] {
  return candidates.slice(0, 3).map((c) => c.candidate.key);
}

/** How many of the three places hold another candidate. */
function displaced(before: readonly number[], after: readonly number[]): number {
  let moved = 0;
  for (let i = 0; i < 3; i++) if (before[i] !== after[i]) moved++;
  return moved;
}
