import { describe, expect, it } from 'vitest';
import { MAX_SEED, parseSeed, seededRandom } from './random';

describe('seededRandom', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 8 }, () => a.next());
    expect(Array.from({ length: 8 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 8 }, () => c.next())).not.toEqual(first);
  });

  it('spreads its numbers evenly over [0, 1)', () => {
    const random = seededRandom(7);
    const bins = new Array<number>(10).fill(0);
    let low = 1;
    let high = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = random.next();
      low = Math.min(low, x);
      high = Math.max(high, x);
      bins[Math.floor(x * 10)]!++;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    for (const count of bins) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('shuffles into a permutation and picks from the list', () => {
    const random = seededRandom(1);
    const items = [1, 2, 3, 4, 5, 6];
    expect(random.shuffle(items).sort()).toEqual(items);
    expect(items).toContain(random.pick(items));
    expect(random.pick([])).toBeUndefined();
    expect(random.int(0)).toBe(0);
  });
});

describe('parseSeed', () => {
  it.each([
    ['12', 12], [' 7 ', 7], [String(MAX_SEED), MAX_SEED], ['4294967296', undefined], ['-1', undefined], ['1e3', undefined], ['', undefined], [null, undefined],
  ])('reads %j as %j', (text, seed) => {
    expect(parseSeed(text)).toBe(seed);
  });
});
