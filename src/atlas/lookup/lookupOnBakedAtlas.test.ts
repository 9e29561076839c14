import { describe, expect, it } from 'vitest';
import { nearestSkinPoint } from '../mesh';
import { gridPlane } from '../mesh/testMeshes';
import type { SurfacePoint } from '../types';
import { bakeZones, decodeBakedAtlas, encodeBakedAtlas } from '../zones';
import { landmarksAt, testMuscle } from '../zones/testAtlas';
import { indexAtlas } from './indexAtlas';
import { type Candidate, findCandidates } from './findCandidates';
import { areaSpot, type PainSpot, pointSpot } from './painDrawing';

// A "face" on a 1.2 m plane of 2 cm cells, mirror-symmetric; vertex (i, j) = j * 61 + i.
const mesh = gridPlane({ columns: 60, rows: 60, width: 1.2, height: 1.2 });
const at = (i: number, j: number): number => j * 61 + i;
const landmarks = landmarksAt(mesh, {
  temple_r: at(15, 45), temple_l: at(45, 45), gonion_r: at(20, 15), gonion_l: at(40, 15),
  upper_molars_r: at(22, 25), upper_molars_l: at(38, 25), supraorbital_r: at(22, 48), supraorbital_l: at(38, 48),
  vertex: at(30, 58), menton: at(30, 5),
});
const ctx = { mesh, landmarks };
const muscles = [
  testMuscle('temporalis', [{
    id: 'trp1', location: 'temple',
    zones: [
      { kind: 'essential', description: 'temple', shapes: [{ shape: 'disc', center: 'temple', radius: 0.08 }] },
      { kind: 'spillover', description: 'eyebrow', shapes: [{ shape: 'stroke', path: ['temple', 'supraorbital'], width: 0.05 }] },
    ],
  }]),
  testMuscle('masseter', [{
    id: 'trp1', location: 'gonion',
    zones: [
      { kind: 'essential', description: 'jaw and molars', shapes: [{ shape: 'stroke', path: ['gonion', 'upper_molars'], width: 0.08 }] },
      { kind: 'spillover', description: 'temple', shapes: [{ shape: 'disc', center: 'temple', radius: 0.05 }] },
    ],
  }]),
  testMuscle('sternocleidomastoid', [{
    id: 'sternal', location: 'menton',
    zones: [
      { kind: 'essential', description: 'top of the head and across', shapes: [{ shape: 'disc', center: 'vertex', radius: 0.1 }] },
      {
        kind: 'spillover', description: 'other temple', shapes: [{ shape: 'disc', center: 'temple@opposite', radius: 0.06 }],
        crossesMidline: 'a test pattern that reaches the other temple',
      },
    ],
  }]),
];
// Through the binary form, as the app will load it.
const index = indexAtlas(decodeBakedAtlas(encodeBakedAtlas(bakeZones(muscles, ctx))), mesh);

/** The same place on the other side: the mirror triangle, with barycentric weights following its corners. */
function mirrorPoint(point: SurfacePoint): SurfacePoint {
  const corners = [0, 1, 2].map((k) => mesh.mirror[mesh.indices[3 * point.triangle + k]!]!);
  for (let t = 0; t < mesh.indices.length / 3; t++) {
    const tri = [0, 1, 2].map((k) => mesh.indices[3 * t + k]!);
    if (corners.every((c) => tri.includes(c))) {
      return { triangle: t, barycentric: tri.map((c) => point.barycentric[corners.indexOf(c)]!) as [number, number, number] };
    }
  }
  throw new Error('no mirror triangle');
}

function swapSides(list: Candidate[]): unknown[] {
  return list.map((c) => ({
    muscle: c.muscle, side: c.side === 'left' ? 'right' : 'left', score: c.score, explains: c.explains,
    details: c.details.map((d) => ({ ...d, why: d.why.replace(/(left|right) side/, (_m, s: string) => `${s === 'left' ? 'right' : 'left'} side`) })),
  }));
}

const plain = (list: Candidate[]): unknown[] => list.map(({ muscle, side, score, explains, details }) => ({ muscle, side, score, explains, details }));

describe('findCandidates on a baked atlas', () => {
  it('ranks temporalis first for pain at the temple, on the side of the pain', () => {
    const temple = nearestSkinPoint(mesh, landmarks.get('temple_r')!.position).surface;
    const [first, ...rest] = findCandidates([pointSpot(temple, 'temple_r')], index);
    expect([first!.muscle, first!.side, first!.score]).toEqual(['temporalis', 'right', 1]);
    // Masseter's spillover and the other side's sternocleidomastoid reach the temple too, less well.
    expect(rest.map((c) => `${c.muscle}/${c.side}`)).toEqual(['masseter/right', 'sternocleidomastoid/left']);
  });

  it('ranks masseter first for pain at the jaw and the temple together', () => {
    const jaw = nearestSkinPoint(mesh, [-0.18, 0.4, 0]).surface;
    const temple = nearestSkinPoint(mesh, landmarks.get('temple_r')!.position).surface;
    const ranked = findCandidates([pointSpot(jaw), pointSpot(temple)], index);
    expect(ranked[0]).toMatchObject({ muscle: 'masseter', side: 'right', explains: [0, 1], score: 0.75 });
  });

  it('answers every left query as the mirror image of its right twin', () => {
    let seed = 12345;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let explained = 0;
    for (let k = 0; k < 300; k++) {
      const p = nearestSkinPoint(mesh, [-0.6 + 1.2 * rnd(), 1.2 * rnd(), 0]).surface;
      const q = nearestSkinPoint(mesh, [-0.6 + 1.2 * rnd(), 1.2 * rnd(), 0]).surface;
      const drawing: PainSpot[] = [pointSpot(p), pointSpot(q)];
      const mirrored: PainSpot[] = [pointSpot(mirrorPoint(p)), pointSpot(mirrorPoint(q))];
      const right = findCandidates(drawing, index, { top: 100 });
      const left = findCandidates(mirrored, index, { top: 100 });
      expect(plain(left).sort(byKey)).toEqual(swapSides(right).sort(byKey));
      explained += right.length;
    }
    expect(explained).toBeGreaterThan(50);
  });

  it('answers a painted area and its mirror image alike', () => {
    const area = new Map<number, number>();
    for (let i = 12; i < 20; i++) for (let j = 40; j < 50; j++) area.set(at(i, j), 1 + (i % 3));
    const mirrored = new Map([...area].map(([v, w]) => [mesh.mirror[v]!, w]));
    expect(plain(findCandidates([areaSpot(mirrored)], index)).sort(byKey)).toEqual(swapSides(findCandidates([areaSpot(area)], index)).sort(byKey));
  });
});

function byKey(a: unknown, b: unknown): number {
  const ka = JSON.stringify(a), kb = JSON.stringify(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
