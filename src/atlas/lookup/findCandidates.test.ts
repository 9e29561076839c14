import { describe, expect, it } from 'vitest';
import { meshFingerprint } from '../mesh';
import { gridPlane } from '../mesh/testMeshes';
import type { Prevalence, ZoneKind } from '../muscleSchema';
import type { MuscleId, SkinMesh, TriggerPointId } from '../types';
import type { BakedAtlas, BakedMuscle } from '../zones';
import { indexAtlas, indexAtlasSteps } from './indexAtlas';
import { runSteps } from '../steps';
import { findCandidates } from './findCandidates';
import { areaSpot, type PainSpot, pointSpot } from './painDrawing';

// 5 x 3 vertices, (i, j) = j * 5 + i; x < 0 (i = 0, 1) is the subject's right, i = 2 the midline.
const mesh = gridPlane({ columns: 4, rows: 2 });
const R1 = 6, R2 = 11, R3 = 1, R0 = 5; // right-side vertices
const FAR = 7; // on the midline, covered by nothing

type ZoneSpec = { kind: ZoneKind; weights: Record<number, number> };

/** A muscle with one trigger point "TrP1" whose zones have the given weights (0..1) per vertex. */
function muscle(id: string, ...zones: ZoneSpec[]): BakedMuscle {
  return muscleOfPrevalence(id, 'common', ...zones);
}

/** The same, with a trigger point as common as `prevalence`. */
function muscleOfPrevalence(id: string, prevalence: Prevalence, ...zones: ZoneSpec[]): BakedMuscle {
  return {
    id: id as MuscleId,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    triggerPoints: [{
      id: 'trp1' as TriggerPointId, name: 'TrP1', prevalence,
      location: { right: { vertex: R1, position: [0, 0, 0] }, left: { vertex: mesh.mirror[R1]!, position: [0, 0, 0] } },
      zones: zones.map(({ kind, weights }) => {
        const vertices = Object.keys(weights).map(Number).sort((a, b) => a - b);
        return { kind, vertices: Uint32Array.from(vertices), weights: Uint8Array.from(vertices, (v) => Math.round(weights[v]! * 255)) };
      }),
    }],
  };
}

function atlasOf(target: SkinMesh, ...muscles: BakedMuscle[]) {
  return indexAtlas({ vertexCount: target.positions.length / 3, meshFingerprint: meshFingerprint(target), muscles }, target);
}

/** A point spot exactly on vertex v. */
function at(v: number, label?: string): PainSpot {
  for (let t = 0; t < mesh.indices.length / 3; t++) {
    const k = [0, 1, 2].find((c) => mesh.indices[3 * t + c] === v);
    if (k !== undefined) return pointSpot({ triangle: t, barycentric: [k === 0 ? 1 : 0, k === 1 ? 1 : 0, k === 2 ? 1 : 0] }, label);
  }
  throw new Error(`vertex ${v} is in no triangle`);
}

const summary = (list: ReturnType<typeof findCandidates>) => list.map((c) => `${c.muscle}/${c.side} ${c.score} [${c.explains.join(',')}]`);

describe('findCandidates', () => {
  it('returns nothing for an empty drawing', () => {
    expect(findCandidates([], atlasOf(mesh, muscle('temporalis', { kind: 'essential', weights: { [R1]: 1 } })))).toEqual([]);
  });

  it('ranks a muscle that explains every spot above one that explains one spot', () => {
    const atlas = atlasOf(mesh,
      muscle('alpha', { kind: 'essential', weights: { [R1]: 1 } }),
      muscle('beta', { kind: 'essential', weights: { [R1]: 1, [R2]: 1 } }));
    expect(summary(findCandidates([at(R1), at(R2)], atlas))).toEqual(['beta/right 1 [0,1]', 'alpha/right 0.5 [0]']);
  });

  it('ranks the essential zone above the spillover zone', () => {
    const atlas = atlasOf(mesh,
      muscle('alpha', { kind: 'spillover', weights: { [R1]: 1 } }),
      muscle('beta', { kind: 'essential', weights: { [R1]: 1 } }));
    expect(summary(findCandidates([at(R1)], atlas))).toEqual(['beta/right 1 [0]', 'alpha/right 0.5 [0]']);
    expect(summary(findCandidates([at(R1)], atlas, { spilloverFactor: 0.25 }))[1]).toBe('alpha/right 0.25 [0]');
  });

  it('lets a spot that no zone covers add nothing but lower every score', () => {
    const atlas = atlasOf(mesh, muscle('alpha', { kind: 'essential', weights: { [R1]: 1 } }));
    expect(summary(findCandidates([at(R1), at(FAR)], atlas))).toEqual(['alpha/right 0.5 [0]']);
    expect(summary(findCandidates([at(FAR)], atlas))).toEqual([]);
  });

  it('takes the better of a trigger point\'s two layers for each spot', () => {
    const atlas = atlasOf(mesh, muscle('alpha', { kind: 'essential', weights: { [R1]: 0.4 } }, { kind: 'spillover', weights: { [R1]: 1, [R2]: 1 } }));
    const [only] = findCandidates([at(R1), at(R2)], atlas);
    expect(only!.details.map((d) => [d.spot, d.kind, d.coverage])).toEqual([[0, 'spillover', 0.5], [1, 'spillover', 0.5]]);
    expect(only!.score).toBe(0.5);
  });

  it.each([
    [0.09, []],
    [0.11, ['alpha/right 0.11 [0]']],
  ])('does not count a spot covered below the threshold (weight %f)', (weight, expected) => {
    const atlas = atlasOf(mesh, muscle('alpha', { kind: 'essential', weights: { [R1]: weight } }));
    expect(summary(findCandidates([at(R1)], atlas))).toEqual(expected);
  });

  it('reads a point between vertices by interpolating their weights', () => {
    const atlas = atlasOf(mesh, muscle('alpha', { kind: 'essential', weights: { [R1]: 1 } }));
    const spot = at(R1) as { surface: { triangle: number; barycentric: readonly number[] } };
    const b = spot.surface.barycentric.map((x) => (x === 1 ? 0.6 : x === 0 ? 0.2 : x)) as [number, number, number];
    expect(findCandidates([pointSpot({ triangle: spot.surface.triangle, barycentric: b })], atlas)[0]!.score).toBe(0.6);
  });

  it('reads a painted area by how much of its skin lies inside the zone, a vertex fully inside from half weight on', () => {
    const atlas = atlasOf(mesh, muscle('alpha', { kind: 'essential', weights: { [R1]: 1, [R2]: 0.25 } }));
    const a = atlas.vertexArea;
    const area = areaSpot(new Map([[R1, 1], [R2, 1], [FAR, 2]]));
    // R2 at a quarter of the zone's weight is half inside; FAR is outside; each counts by its skin area.
    const expected = (a[R1]! + 0.5 * a[R2]!) / (a[R1]! + a[R2]! + 2 * a[FAR]!);
    expect(findCandidates([area], atlas)[0]!.score).toBeCloseTo(expected, 3);
    // Painting where a tap finds half the zone's weight counts as fully as a tap in its middle.
    const half = atlasOf(mesh, muscle('alpha', { kind: 'essential', weights: { [R1]: 0.5 } }));
    expect(findCandidates([areaSpot([[R1, 1]])], half)[0]!.score).toBe(1);
    expect(findCandidates([at(R1)], half)[0]!.score).toBeCloseTo(0.5, 2);
  });

  it('mirrors zones to the left side and names the side that explains each spot', () => {
    const atlas = atlasOf(mesh, muscle('alpha', { kind: 'essential', weights: { [R1]: 1 } }));
    expect(summary(findCandidates([at(mesh.mirror[R1]!)], atlas))).toEqual(['alpha/left 1 [0]']);
    expect(summary(findCandidates([at(R1), at(mesh.mirror[R1]!)], atlas))).toEqual(['alpha/left 0.5 [1]', 'alpha/right 0.5 [0]']);
  });

  it('breaks ties by essential hits, then muscle id, then side', () => {
    const atlas = atlasOf(mesh,
      muscle('delta', { kind: 'essential', weights: { [R1]: 1 } }),
      muscle('gamma', { kind: 'spillover', weights: { [R1]: 1, [R2]: 1 } }),
      muscle('beta', { kind: 'essential', weights: { [R1]: 1 } }),
      muscle('alpha', { kind: 'essential', weights: { [R1]: 0.6, [R2]: 0.4 } }));
    // Every muscle scores 0.5; alpha has two essential hits, beta and delta one, gamma none.
    expect(summary(findCandidates([at(R1), at(R2)], atlas))).toEqual([
      'alpha/right 0.5 [0,1]', 'beta/right 0.5 [0]', 'delta/right 0.5 [0]', 'gamma/right 0.5 [0,1]',
    ]);
  });

  it('gives the same answer whatever the order of the atlas', () => {
    const muscles = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id, k) => muscle(id, { kind: k % 2 ? 'spillover' : 'essential', weights: { [R1]: 1, [R0]: 0.2 * k + 0.1 } }));
    const drawing = [at(R1), at(R0), at(mesh.mirror[R3]!)];
    const forward = findCandidates(drawing, atlasOf(mesh, ...muscles));
    expect(findCandidates(drawing, atlasOf(mesh, ...[...muscles].reverse()))).toEqual(forward);
    expect(findCandidates(drawing, atlasOf(mesh, ...muscles))).toEqual(forward);
  });

  it('returns at most `top` candidates', () => {
    const atlas = atlasOf(mesh, ...['a', 'b', 'c'].map((id) => muscle(id, { kind: 'essential', weights: { [R1]: 1 } })));
    expect(findCandidates([at(R1)], atlas, { top: 2 })).toHaveLength(2);
    expect(findCandidates([at(R1)], atlas)).toHaveLength(3);
  });

  it('explains each spot in words, naming the trigger point and the layer', () => {
    const atlas = atlasOf(mesh, muscle('temporalis', { kind: 'essential', weights: { [R1]: 1, [R0]: 0.3 } }, { kind: 'spillover', weights: { [R2]: 1 } }));
    const [c] = findCandidates([at(R1, 'temple_r'), at(R2, 'upper_molars_r'), at(R0), at(FAR, 'vertex')], atlas);
    expect(c!.why).toBe([
      'Your right temple lies in the main pain zone of temporalis trigger point 1 (TrP1) on the right side.',
      'Your right cheek over the upper back teeth lies in the wider, less common (spillover) zone of temporalis trigger point 1 (TrP1) on the right side.',
      'Pain spot 3 lies at the edge of the main pain zone of temporalis trigger point 1 (TrP1) on the right side.',
    ].join(' '));
    expect(c!.details[1]).toMatchObject({ spot: 1, triggerPoint: 'trp1', kind: 'spillover', weight: 1, coverage: 0.5 });
  });

  it('weighs a zone by how common its trigger point is, so a small rare zone does not beat the usual source', () => {
    const atlas = atlasOf(mesh,
      muscleOfPrevalence('common-one', 'common', { kind: 'essential', weights: { [R1]: 1, [R2]: 1, [R3]: 1 } }),
      muscleOfPrevalence('occasional-one', 'occasional', { kind: 'essential', weights: { [R1]: 1 } }),
      muscleOfPrevalence('rare-one', 'rare', { kind: 'essential', weights: { [R1]: 1 } }),
      muscleOfPrevalence('spill-one', 'common', { kind: 'spillover', weights: { [R1]: 1 } }));
    expect(summary(findCandidates([at(R1)], atlas))).toEqual([
      'common-one/right 1 [0]', 'occasional-one/right 0.8 [0]', 'rare-one/right 0.6 [0]', 'spill-one/right 0.5 [0]',
    ]);
    // The factors are options: all at 1, the smaller zones win the tie as before.
    const flat = findCandidates([at(R1)], atlas, { prevalenceFactors: { common: 1, occasional: 1, rare: 1 } });
    expect(summary(flat).slice(0, 3)).toEqual(['occasional-one/right 1 [0]', 'rare-one/right 1 [0]', 'common-one/right 1 [0]']);
  });

  it('refuses an atlas baked on another mesh', () => {
    const baked: BakedAtlas = { vertexCount: 15, meshFingerprint: 1, muscles: [] };
    expect(() => indexAtlas(baked, mesh)).toThrow(/different topology/);
    expect(() => indexAtlas({ ...baked, vertexCount: 14 }, mesh)).toThrow(/14 vertices/);
  });

  it('indexes in steps to the same index as in one go, and refuses a wrong mesh at the first step', () => {
    const one = muscle('one', { kind: 'essential', weights: { [R1]: 1, [R2]: 0.5 } });
    const two = muscle('two', { kind: 'spillover', weights: { [R2]: 1, [R3]: 0.25 } });
    const baked: BakedAtlas = { vertexCount: 15, meshFingerprint: meshFingerprint(mesh), muscles: [one, two] };
    const steps = indexAtlasSteps(baked, mesh);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(3);
    const once = indexAtlas(baked, mesh);
    for (const key of ['offsets', 'entryLayer', 'entryWeight', 'layerArea', 'vertexArea'] as const) {
      expect(Array.from(step.value[key])).toEqual(Array.from(once[key]));
    }
    expect(step.value.layers).toEqual(once.layers);
    expect(() => indexAtlasSteps({ ...baked, meshFingerprint: 1 }, mesh).next()).toThrow(/different topology/);
    expect(runSteps(indexAtlasSteps(baked, mesh)).layers).toHaveLength(4);
  });
});
