/**
 * The figures of `npm run bench:lookup` from the simulated patients' outcomes: top-1 and top-3
 * accuracy (the true muscle and side first / in the first three) with no answers, after one check
 * and after two, and how many checks it took until the true muscle was first.
 */
import type { PatientOutcome } from './simulate';

/** Rounded to 4 decimals, so the JSON's bytes do not depend on float noise. */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** The stages reported, by name, with how many checks were answered before each. */
export const STAGES = { noAnswers: 0, afterOneCheck: 1, afterTwoChecks: 2 } as const;
type StageName = keyof typeof STAGES;

/** Accuracy figures of a group of patients. */
export interface Figures {
  readonly patients: number;
  readonly top1: Record<StageName, number>;
  readonly top3: Record<StageName, number>;
  readonly checksUntilFirst: {
    /** Mean number of checks until the true muscle and side was first, counting a patient for whom it never was within the cap as the cap. */
    readonly meanCapped: number;
    /** Share of patients with the true muscle and side first after at most two checks. */
    readonly within2: number;
    /** Share with it first at some point within the cap. */
    readonly withinCap: number;
  };
}

/** The figures of `outcomes` (none: every figure 0). */
export function figures(outcomes: readonly PatientOutcome[], cap: number): Figures {
  const n = outcomes.length;
  const share = (test: (o: PatientOutcome) => boolean) => (n === 0 ? 0 : round4(outcomes.filter(test).length / n));
  const at = (o: PatientOutcome, stage: number) => o.ranks[Math.min(stage, o.ranks.length - 1)] ?? null;
  const stageFigures = (within: number) =>
    Object.fromEntries(
      Object.entries(STAGES).map(([name, stage]) => [name, share((o) => { const r = at(o, stage); return r !== null && r < within; })]),
    ) as Record<StageName, number>;
  const capped = outcomes.map((o) => Math.min(o.checksToFirst ?? cap, cap));
  return {
    patients: n,
    top1: stageFigures(1),
    top3: stageFigures(3),
    checksUntilFirst: {
      meanCapped: n === 0 ? 0 : round4(capped.reduce((a, b) => a + b, 0) / n),
      within2: share((o) => o.checksToFirst !== null && o.checksToFirst <= 2),
      withinCap: share((o) => o.checksToFirst !== null && o.checksToFirst <= cap),
    },
  };
}

/** Groups outcomes by a key, the groups in key order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The most frequent values, with their counts, most first (ties by value). */
export function mostFrequent(values: readonly string[], count: number): { value: string; count: number }[] {
  return groupBy(values, (v) => v)
    .map(([value, items]) => ({ value, count: items.length }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, count);
}
