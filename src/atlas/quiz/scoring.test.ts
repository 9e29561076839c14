import { describe, expect, it } from 'vitest';
import type { LandmarkTable } from '../landmarks';
import { indexAtlas } from '../lookup';
import { gridPlane } from '../mesh/testMeshes';
import type { OpenAtlas } from '../openAtlas';
import type { DrawingPoint } from '../painPoints';
import type { MuscleId, Side, TriggerPointId, Vec3 } from '../types';
import { bakeZones } from '../zones';
import { landmarksAt, testMuscle } from '../zones/testAtlas';
import type { FindQuestion, PaintQuestion, WhichQuestion } from './questions';
import { FIND_SCORE_DEFAULTS, scoreFind, scorePaint, scoreWhich } from './scoring';
import { zoneBrush, zoneDrawingPoint } from './zoneDrawing';

// A 1.2 m plane of 2 cm cells; vertex (i, j) = j * 61 + i at x = -0.6 + 0.02 i, y = 0.02 j. The
// subject's right is -x: temple_r is at (-0.3, 0.8), gonion_r at (-0.1, 0.4).
const mesh = gridPlane({ columns: 60, rows: 60, width: 1.2, height: 1.2 });
const at = (i: number, j: number): number => j * 61 + i;
const landmarks = landmarksAt(mesh, { temple_r: at(15, 40), temple_l: at(45, 40), gonion_r: at(25, 20), gonion_l: at(35, 20) });
const baked = bakeZones([
  testMuscle('temporalis', [{
    id: 'trp1', location: 'gonion',
    zones: [{ kind: 'essential', description: 'temple', shapes: [{ shape: 'disc', center: 'temple', radius: 0.1 }] }],
  }]),
], { mesh, landmarks });
const atlas: OpenAtlas = { mesh, landmarks: new Map() as unknown as LandmarkTable, baked, index: indexAtlas(baked, mesh) };

const base = { index: 0, muscle: 'temporalis' as MuscleId, muscleName: 'Temporalis', triggerPoint: 'trp1' as TriggerPointId, triggerPointName: 'TrP1' };
const paint = (side: Side): PaintQuestion => ({ ...base, side, kind: 'paint' });
const find = (side: Side): FindQuestion => ({ ...base, side, kind: 'find' });
const area = (samples: Vec3[], radius = 0.05): DrawingPoint => ({ kind: 'area', samples, radius });
const tap = (x: number, y: number): DrawingPoint => ({ kind: 'point', position: [x, y, 0] });

describe('scorePaint', () => {
  it('gives nearly full marks for painting the zone with its own brush', () => {
    const brush = zoneBrush(atlas, baked.muscles[0]!.triggerPoints[0]!.zones[0]!, 'right')!;
    const result = scorePaint(atlas, paint('right'), [zoneDrawingPoint(atlas, brush)]);
    expect(result.score).toBeGreaterThan(0.8);
    expect(result.zonePainted).toBe(1);
  });

  it('gives nothing for painting far from the zone, or the same zone on the other side', () => {
    expect(scorePaint(atlas, paint('right'), [area([[-0.3, 0.2, 0]])]).score).toBe(0);
    expect(scorePaint(atlas, paint('right'), [area([[0.3, 0.8, 0]])]).score).toBe(0);
    expect(scorePaint(atlas, paint('left'), [area([[0.3, 0.8, 0]])]).score).toBeGreaterThan(0);
  });

  it('scores a painting that covers half the zone and as much outside it in between', () => {
    // A 10 cm brush centred on the zone's edge: about half of it inside the 10 cm disc.
    const result = scorePaint(atlas, paint('right'), [area([[-0.2, 0.8, 0]], 0.08)]);
    expect(result.score).toBeGreaterThan(0.2);
    expect(result.score).toBeLessThan(0.7);
    expect(result.paintedOutside).toBeGreaterThan(0.3);
  });

  it('says so when nothing was painted, and ignores taps', () => {
    const result = scorePaint(atlas, paint('right'), [tap(-0.3, 0.8)]);
    expect(result.score).toBe(0);
    expect(result.explanation).toMatch(/Nothing was painted/);
  });
});

describe('scoreFind', () => {
  it('gives full marks within 2 cm and none beyond 10 cm, straight between', () => {
    expect(scoreFind(atlas, find('right'), [tap(-0.1, 0.41)]).score).toBe(1);
    const six = scoreFind(atlas, find('right'), [tap(-0.1, 0.46)]);
    expect(six.distance).toBeCloseTo(0.06, 3);
    expect(six.score).toBeCloseTo((FIND_SCORE_DEFAULTS.zeroBeyond - 0.06) / (FIND_SCORE_DEFAULTS.zeroBeyond - FIND_SCORE_DEFAULTS.fullWithin), 2);
    expect(scoreFind(atlas, find('right'), [tap(-0.1, 0.52)]).score).toBe(0);
  });

  it('scores the last tap, and names the other side when the tap found its twin', () => {
    const result = scoreFind(atlas, find('right'), [tap(-0.1, 0.4), tap(0.1, 0.4)]);
    expect(result.score).toBe(0);
    expect(result.otherSide).toBe(true);
    expect(result.explanation).toMatch(/left side: the question asks for the right side/);
  });

  it('gives nothing without a tap', () => {
    expect(scoreFind(atlas, find('left'), []).distance).toBeNull();
    expect(scoreFind(atlas, find('left'), [area([[0.1, 0.4, 0]])]).score).toBe(0);
  });
});

describe('scoreWhich', () => {
  const question: WhichQuestion = {
    ...base, side: 'right', kind: 'which', brush: { centres: [at(15, 40)], radius: 0.03 },
    options: ['a', 'b', 'c', 'd'].map((m) => ({ muscle: m as MuscleId, name: m })),
    answer: ['a', 'c'] as MuscleId[],
    top: [],
  };

  it.each([
    [['a', 'c'], 1],
    [['a'], 0.5],
    [['a', 'b', 'c', 'd'], 0.5],
    [['a', 'b'], 0.33],
    [['b', 'd'], 0],
    [[], 0],
  ])('scores picking %j as %d', (picked, score) => {
    expect(scoreWhich(question, picked).score).toBe(score);
  });

  it('ignores muscles that were not offered and counts a muscle once', () => {
    expect(scoreWhich(question, ['a', 'a', 'c', 'not-offered']).score).toBe(1);
  });
});
