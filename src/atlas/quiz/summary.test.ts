import { describe, expect, it } from 'vitest';
import { formatSavedRounds, MAX_SAVED_ROUNDS, parseSavedRounds, savedRoundOf } from './savedScores';
import { summariseRound } from './summary';

const round = summariseRound([
  { kind: 'paint', score: 0.5 }, { kind: 'find', score: 1 }, { kind: 'which', score: 0.33 }, { kind: 'paint', score: 0.25 },
]);

describe('summariseRound', () => {
  it('totals the round and each kind of question', () => {
    expect(round.count).toBe(4);
    expect(round.total).toBe(2.08);
    expect(round.mean).toBe(0.52);
    expect(round.byKind.paint).toEqual({ count: 2, total: 0.75, mean: 0.38 });
    expect(round.byKind.find).toEqual({ count: 1, total: 1, mean: 1 });
    expect(round.questions.map((q) => q.kind)).toEqual(['paint', 'find', 'which', 'paint']);
  });

  it('keeps scores within 0..1 and gives zeros for an empty round', () => {
    expect(summariseRound([{ kind: 'find', score: 3 }, { kind: 'find', score: Number.NaN }]).total).toBe(1);
    expect(summariseRound([])).toMatchObject({ count: 0, total: 0, mean: 0 });
  });
});

describe('kept rounds', () => {
  const kept = savedRoundOf(round, 'neck', 99, new Date('2026-03-01T10:00:00Z'));

  it('reads back what it wrote', () => {
    expect(parseSavedRounds(formatSavedRounds([kept, kept]))).toEqual([kept, kept]);
    expect(parseSavedRounds(null)).toEqual([]);
  });

  it('keeps only the newest rounds', () => {
    const many = Array.from({ length: MAX_SAVED_ROUNDS + 5 }, (_, i) => ({ ...kept, seed: i }));
    const read = parseSavedRounds(formatSavedRounds(many));
    expect(read).toHaveLength(MAX_SAVED_ROUNDS);
    expect((read as { seed: number }[])[0]!.seed).toBe(5);
  });

  it.each([
    ['not json', '{'],
    ['another version', JSON.stringify({ version: 2, rounds: [] })],
    ['an unknown scope', JSON.stringify({ version: 1, rounds: [{ ...kept, scope: 'elbow' }] })],
    ['a total above the count', JSON.stringify({ version: 1, rounds: [{ ...kept, total: 9 }] })],
    ['a missing kind', JSON.stringify({ version: 1, rounds: [{ ...kept, byKind: { paint: { count: 1, total: 1 } } }] })],
    ['a bad date', JSON.stringify({ version: 1, rounds: [{ ...kept, at: 'yesterday' }] })],
  ])('drops %s as corrupt', (_what, text) => {
    expect(parseSavedRounds(text)).toBe('corrupt');
  });
});
