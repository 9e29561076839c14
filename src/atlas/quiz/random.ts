/**
 * The quiz's own seeded random stream, so a round is the same for everyone who opens it with the
 * same seed (a teacher can hand a class one round) and every test sees the same questions. A
 * 32-bit counter stepped by the golden-ratio increment and passed through a two-round
 * xor-shift-multiply mix: every seed gives a different, well-spread stream, with no state beyond
 * one integer.
 */

/** A deterministic stream of random choices. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** A whole number in [0, n) (0 when n <= 0). */
  int(n: number): number;
  /** One of `items` (undefined for none). */
  pick<T>(items: readonly T[]): T | undefined;
  /** A shuffled copy of `items` (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** Largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/** A stream for `seed` (taken as an unsigned 32-bit integer). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    return (z >>> 0) / 4294967296;
  };
  const int = (n: number): number => (n > 0 ? Math.floor(next() * n) : 0);
  return {
    next,
    int,
    pick: (items) => (items.length === 0 ? undefined : items[int(items.length)]),
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/** Reads a seed from text (a link's value): a whole number 0..MAX_SEED, else undefined. */
export function parseSeed(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || !/^\d{1,10}$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value <= MAX_SEED ? value : undefined;
}
