import { describe, expect, it } from 'vitest';
import { zoneFalloff } from './zoneFalloff';

describe('zoneFalloff', () => {
  it.each([
    // distance, radius, feather, weight
    [0, 0.05, 0.02, 1],
    [0.04, 0.05, 0.02, 1],
    [0.05, 0.05, 0.02, 0.5],
    [0.06, 0.05, 0.02, 0],
    [0.2, 0.05, 0.02, 0],
    [Infinity, 0.05, 0.02, 0],
    [0.05, 0.05, 0, 1],
    [0.0500001, 0.05, 0, 0],
    // A feather wider than the disc is capped so that the centre keeps full weight.
    [0, 0.01, 0.05, 1],
    [0.02, 0.01, 0.05, 0],
  ])('gives weight %#: d=%f r=%f feather=%f -> %f', (d, r, f, w) => {
    expect(zoneFalloff(d, r, f)).toBeCloseTo(w, 9);
  });

  it('falls off monotonically across the feather', () => {
    let last = 1;
    for (let d = 0.03; d <= 0.07; d += 0.001) {
      const w = zoneFalloff(d, 0.05, 0.02);
      expect(w).toBeLessThanOrEqual(last);
      last = w;
    }
  });
});
