/**
 * Re-ranking the candidates after the patient's answers, as the contract says: a check that
 * reproduces the usual pain puts its muscle above every candidate without one; "nothing" for the
 * whole muscle puts it below every candidate without one; "nothing" for one trigger point takes
 * that trigger point's share out of the score; "tender" lifts a little; a yes/no question moves
 * the muscles it favours by its weight. Scores stay in (0, 1] and sorted; `baseScore` keeps the
 * score before any answer.
 */
import { compareScored, scoreCandidate, type CandidateScore, type RankedCandidate } from '../lookup/findCandidates';
import type { AtlasIndex } from '../lookup/indexAtlas';
import { describeTriggerPoint, lowerFirst } from '../lookup/describeSpot';
import type { Answers, FoundAnswer } from './answers';
import type { LookupQuestion } from './questionSchema';

/** How much a "tender, but not my pain" answer lifts: this share of the way to 1. */
export const TENDER_LIFT = 0.15;

/** A candidate before any answer, in the lookup's order. */
export interface BaseCandidate extends RankedCandidate {
  readonly base: CandidateScore;
  /** Its place in the order before any answer (0 = first). */
  readonly baseRank: number;
}

/** A candidate after the answers. */
export interface AnsweredCandidate {
  readonly candidate: BaseCandidate;
  /** Its score and hits with the trigger points answered "nothing" left out. */
  readonly scored: CandidateScore;
  readonly baseScore: number;
  readonly score: number;
  /** What each answer did, one sentence each. */
  readonly notes: readonly string[];
}

/** The candidates in the lookup's order, each with its score before any answer. */
export function baseCandidates(ranked: readonly RankedCandidate[], index: AtlasIndex, spots: number): BaseCandidate[] {
  return ranked
    .map((c) => ({ ...c, scored: scoreCandidate(c, index, spots) }))
    .sort(compareScored)
    .map(({ scored, ...c }, baseRank) => ({ ...c, base: scored, baseRank }));
}

/** Ranks `bases` after `answers` (already reduced to the latest per key, see `latestAnswers`). */
export function rerank(
  bases: readonly BaseCandidate[],
  index: AtlasIndex,
  spots: number,
  answers: Answers,
  questions: ReadonlyMap<string, LookupQuestion>,
): AnsweredCandidate[] {
  if (answers.found.length === 0 && answers.questions.length === 0) {
    return bases.map((c) => ({ candidate: c, scored: c.base, baseScore: c.base.score, score: c.base.score, notes: [] }));
  }
  const tiered: { candidate: BaseCandidate; scored: CandidateScore; value: number; tier: number; notes: string[] }[] = [];
  for (const c of bases) {
    const muscle = index.atlas.muscles[c.key >> 1]!;
    const mine = answers.found.filter((a) => a.muscle === c.muscle && a.side === c.side);
    const notes: string[] = [];
    const without = new Set<number>();
    for (const a of mine) {
      if (a.answer !== 'nothing' || !a.triggerPoint) continue;
      const t = muscle.triggerPoints.findIndex((tp) => tp.id === a.triggerPoint);
      if (t >= 0) without.add(t);
    }
    const scored = without.size > 0 ? scoreCandidate(c, index, spots, without) : c.base;
    // Nothing left once its answered trigger points are out: it no longer explains the drawing.
    if (scored.score === 0) continue;
    let value = scored.score;
    for (const a of mine) {
      const what = a.triggerPoint ? describeTriggerPoint(tpName(muscle.triggerPoints, a), muscle.name) : lowerFirst(muscle.name);
      if (a.answer === 'reproduces') notes.push(`You said pressing ${what} brings on your usual pain: ranked above the muscles without such an answer.`);
      else if (a.answer === 'tender') notes.push(`You said pressing ${what} is tender but not your usual pain: raised a little.`);
      else if (a.triggerPoint) notes.push(`You said pressing ${what} does nothing: the pain it would explain is left out.`);
      else notes.push(`You said pressing ${what} does nothing: ranked below the muscles without such an answer.`);
    }
    if (mine.some((a) => a.answer === 'tender')) value += TENDER_LIFT * (1 - value);
    for (const a of answers.questions) {
      const q = questions.get(a.question);
      if (!q || !q.favours.includes(c.muscle)) continue;
      value = a.yes ? value + q.weight * (1 - value) : value * (1 - q.weight);
      notes.push(`You answered ${a.yes ? 'yes' : 'no'} to "${q.text}": ${a.yes ? 'raised' : 'lowered'}.`);
    }
    const tier = mine.some((a) => a.answer === 'reproduces') ? 2 : mine.some((a) => !a.triggerPoint && a.answer === 'nothing') ? 0 : 1;
    tiered.push({ candidate: c, scored, value, tier, notes });
  }
  // Each tier present gets an equal band of (0, 1], highest tier on top, so a higher tier always
  // outranks a lower one and scores stay comparable within a tier.
  const tiers = [...new Set(tiered.map((t) => t.tier))].sort((a, b) => a - b);
  return tiered
    .map((t) => {
      const band = tiers.indexOf(t.tier);
      const score = Math.max(0.001, Math.round(((band + t.value) / tiers.length) * 1000) / 1000);
      return { candidate: t.candidate, scored: t.scored, baseScore: t.candidate.base.score, score, notes: t.notes };
    })
    .sort((a, b) => b.score - a.score || a.candidate.baseRank - b.candidate.baseRank);
}

function tpName(triggerPoints: readonly { readonly id: string; readonly name: string }[], a: FoundAnswer): string {
  return triggerPoints.find((tp) => tp.id === a.triggerPoint)?.name ?? String(a.triggerPoint);
}
