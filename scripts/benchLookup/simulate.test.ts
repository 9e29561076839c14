/**
 * The simulated patients of `npm run bench:lookup`: the random stream is the same for the same
 * seed, a drawing's essential spots lie in the cause's zone on the cause's side, and the patient
 * says "brings on my usual pain" only at the true trigger point.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenAtlas } from '../../src/atlas/openAtlas';
import type { TriggerPointId } from '../../src/atlas/types';
import { loadOpenAtlas } from '../../src/node/bakeZoneBytes';
import { Rng } from './rng';
import {
  allTruths, answerCheck, DEFAULT_SETTINGS, mainZone, mayBeTender, simulateDrawing, zoneOnSide, type CheckTarget, type Truth,
} from './simulate';
import { figures } from './summarise';

let atlas: OpenAtlas;
let truths: Truth[];
beforeAll(async () => {
  atlas = await loadOpenAtlas();
  truths = allTruths(atlas);
}, 60_000);

describe('the random stream', () => {
  it('is the same for the same seed and differs for another', () => {
    const draw = (seed: string) => { const rng = new Rng(seed); return Array.from({ length: 20 }, () => rng.next()); };
    expect(draw('a:1')).toEqual(draw('a:1'));
    expect(draw('a:1')).not.toEqual(draw('a:2'));
    for (const x of draw('a:1')) expect(x >= 0 && x < 1).toBe(true);
  });

  it('never draws an index of weight 0, and draws distinct indices', () => {
    const rng = new Rng('weights');
    for (let i = 0; i < 200; i++) expect([1, 3]).toContain(rng.weighted([0, 2, 0, 1]));
    expect(new Rng('d').weightedDistinct([1, 1, 0, 1], 5).sort()).toEqual([0, 1, 3]);
  });
});

describe('a simulated drawing', () => {
  it('has 1 to 3 essential spots, each at a vertex of the essential zone on the cause\'s side, placed within a few millimetres', () => {
    const settings = { ...DEFAULT_SETTINGS, extraSpotChance: 1, spilloverChance: 1 };
    const some = truths.filter((_, i) => i % 7 === 0);
    for (const truth of some) {
      const zone = zoneOnSide(mainZone(atlas, truth), truth.side, atlas);
      const spots = simulateDrawing(atlas, truth, settings, new Rng(`test:${truth.muscle}:${truth.triggerPoint}:${truth.side}`));
      const essential = spots.filter((s) => s.source === 'essential');
      expect(essential.length, `${truth.muscle} ${truth.triggerPoint}`).toBeGreaterThanOrEqual(1);
      expect(essential.length).toBeLessThanOrEqual(3);
      for (const s of essential) {
        expect(zone.get(s.vertex) ?? 0, `${truth.muscle} ${truth.triggerPoint} ${truth.side}`).toBeGreaterThan(0);
        const p = atlas.mesh.positions;
        const d = Math.hypot(s.point.position[0] - p[3 * s.vertex]!, s.point.position[1] - p[3 * s.vertex + 1]!, s.point.position[2] - p[3 * s.vertex + 2]!);
        // Noise of 3 mm per axis, snapped back to the skin: well within 2 cm.
        expect(d).toBeLessThan(0.02);
      }
      const extra = spots.filter((s) => s.source === 'extra');
      expect(extra).toHaveLength(1);
      for (const z of atlas.baked.muscles[truth.m]!.triggerPoints[truth.t]!.zones) {
        expect(zoneOnSide(z, truth.side, atlas).has(extra[0]!.vertex)).toBe(false);
      }
    }
  });

  it('is the same drawing for the same seed', () => {
    const truth = truths[0]!;
    const a = simulateDrawing(atlas, truth, DEFAULT_SETTINGS, new Rng('same'));
    const b = simulateDrawing(atlas, truth, DEFAULT_SETTINGS, new Rng('same'));
    expect(a).toEqual(b);
  });
});

describe('the simulated answers', () => {
  it('say "reproduces" only for the true muscle, side and trigger point', () => {
    const settings = { ...DEFAULT_SETTINGS, tenderChance: 1 };
    const truth = truths.find((t) => t.muscle === 'upper-trapezius' && t.side === 'left')!;
    const rng = new Rng('answers');
    let tender = 0;
    for (const other of truths) {
      const tp = atlas.baked.muscles[other.m]!.triggerPoints[other.t]!;
      const check: CheckTarget = { muscle: other.muscle, side: other.side, triggerPoint: other.triggerPoint, position: tp.location[other.side].position };
      const answer = answerCheck(atlas, truth, check, settings, rng);
      const same = other.muscle === truth.muscle && other.side === truth.side && other.triggerPoint === truth.triggerPoint;
      expect(answer === 'reproduces', `${other.muscle} ${other.side} ${other.triggerPoint}`).toBe(same);
      if (!same) expect(answer).toBe(mayBeTender(atlas, truth, check, settings) ? 'tender' : 'nothing');
      if (answer === 'tender') tender++;
    }
    // Its other trigger points at least, and the neighbours within 5 cm.
    expect(tender).toBeGreaterThan(0);
    const far: CheckTarget = { muscle: truth.muscle, side: 'right', triggerPoint: 'no-such' as TriggerPointId, position: [5, 5, 5] };
    expect(answerCheck(atlas, truth, far, settings, rng)).toBe('nothing');
  });
});

describe('the figures', () => {
  it('count top-1 and top-3 per stage and the checks until first, capped', () => {
    const truth = truths[0]!;
    const outcome = (ranks: (number | null)[], checksToFirst: number | null) =>
      ({ truth, spots: [], ranks, checksToFirst, asked: [], firstAfterTwo: null, ranOutAt: null });
    const f = figures([outcome([0, 0, 0], 0), outcome([3, 1, 0], 2), outcome([null, null, null, null, null, null], null)], 5);
    expect(f.top1).toEqual({ noAnswers: 0.3333, afterOneCheck: 0.3333, afterTwoChecks: 0.6667 });
    expect(f.top3).toEqual({ noAnswers: 0.3333, afterOneCheck: 0.6667, afterTwoChecks: 0.6667 });
    expect(f.checksUntilFirst).toEqual({ meanCapped: round((0 + 2 + 5) / 3), within2: 0.6667, withinCap: 0.6667 });
  });
});

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
