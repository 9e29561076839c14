import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageReport } from '../atlas/coverage';
import { vertexAreas } from '../atlas/mesh';
import { landmarkVertices, resolveLandmarks } from '../atlas/landmarks';
import { indexAtlas } from '../atlas/lookup';
import type { OpenAtlas } from '../atlas/openAtlas';
import type { MuscleId, SkinMesh, TriggerPointId } from '../atlas/types';
import { vertexRegions } from '../atlas/vertexRegions';
import type { BakedAtlas, BakedZone } from '../atlas/zones';
import { meshFingerprint } from '../atlas/mesh';
import { gapOfPatch } from '../atlas/coverageGaps';
import { COVERAGE_GAPS } from '../atlas/data/coverageGaps';
import { SOURCES } from '../atlas/data/sources';
import { exposedVertices } from '../atlas/mesh/exposedSkin';
import { COVERAGE_DOC, COVERAGE_PICTURE, coverageMarkdown, coveragePicture } from '../../scripts/coverage/coverageDocs';
import { loadOpenAtlas } from './bakeZoneBytes';
import { loadSkinMesh } from './loadBody';

let mesh: SkinMesh;

beforeAll(async () => {
  mesh = await loadSkinMesh();
});

/** An atlas of one right-side trigger point with the given zones, on the real body. */
function atlasWith(zones: BakedZone[]): OpenAtlas {
  const baked: BakedAtlas = {
    vertexCount: mesh.positions.length / 3,
    meshFingerprint: meshFingerprint(mesh),
    muscles: [{
      id: 'test' as MuscleId,
      name: 'Test',
      triggerPoints: [{
        id: 'trp1' as TriggerPointId, name: 'TrP1', prevalence: 'common',
        location: { right: { vertex: 0, position: [0, 0, 0] }, left: { vertex: 0, position: [0, 0, 0] } },
        zones,
      }],
    }],
  };
  return { mesh, landmarks: resolveLandmarks(mesh), baked, index: indexAtlas(baked, mesh) };
}

/** The vertices of one region on the subject's right side, ascending. */
function rightVerticesOf(region: string): Uint32Array {
  const regions = vertexRegions(mesh, landmarkVertices(mesh));
  const out: number[] = [];
  for (let v = 0; v < mesh.positions.length / 3; v++) if (regions.regionOf(v) === region && mesh.positions[3 * v]! < -0.002) out.push(v);
  return Uint32Array.from(out);
}

describe('the coverage report', () => {
  it('counts a zone on both sides, by skin area, in the region it lies in', () => {
    const forearm = rightVerticesOf('forearm');
    const report = coverageReport(atlasWith([{ kind: 'essential', vertices: forearm, weights: new Uint8Array(forearm.length).fill(255) }]));
    // The right forearm's zone mirrored to the left covers nearly the whole forearm region.
    expect(report.regions.forearm.essential).toBeGreaterThan(0.95);
    expect(report.regions.forearm.any).toBeCloseTo(report.regions.forearm.essential, 6);
    expect(report.regions.head.any).toBe(0);
    const area = vertexAreas(mesh);
    const zoneArea = 2 * [...forearm].reduce((sum, v) => sum + area[v]!, 0);
    expect(report.total.essential * report.total.area).toBeCloseTo(zoneArea, 4);
  });

  it('counts a zone where the lookup would name its muscle: a faint spillover edge does not reach', () => {
    const hand = rightVerticesOf('hand');
    const half = Math.floor(hand.length / 2);
    // Spillover counts half: 0.3 x 0.5 = 0.15 reaches (the lookup's minimum is 0.1), 0.15 x 0.5 does not.
    const weights = Uint8Array.from(hand, (_v, i) => (i < half ? Math.round(0.3 * 255) : Math.round(0.15 * 255)));
    const report = coverageReport(atlasWith([{ kind: 'spillover', vertices: hand, weights }]));
    expect(report.regions.hand.essential).toBe(0);
    expect(report.regions.hand.any).toBeGreaterThan(0.2);
    expect(report.regions.hand.any).toBeLessThan(0.8);
    expect(report.levels.filter((l) => l === 'spillover').length).toBe(2 * half);
  });

  it('lists the largest uncovered patch first and names it by its landmark', () => {
    const report = coverageReport(atlasWith([]), { patches: 3, minPatchArea: 0 });
    // Nothing covered: the whole skin is one patch (plus any loose parts of the mesh).
    expect(report.uncovered[0]!.area).toBeGreaterThan(0.9 * report.total.area);
    expect(report.uncovered[0]!.landmarks.length).toBeGreaterThan(100);
  });
});

describe('the skin measured', () => {
  it('leaves out the inside of the mouth and keeps the face, the hands and the soles', () => {
    const atlas = atlasWith([]);
    const exposed = exposedVertices(mesh);
    const hidden = coverageReport(atlas).hiddenArea;
    // The mouth's inside is about 270 cm² of this body model; the exposed skin about 1.77 m².
    expect(hidden).toBeGreaterThan(0.02);
    expect(hidden).toBeLessThan(0.04);
    for (const id of ['lower_incisors', 'upper_incisors', 'menton', 'palm_r', 'heel_plantar_l', 'perineum', 'orbit_r'] as const) {
      expect(exposed[atlas.landmarks.get(id)!.vertex], id).toBe(1);
    }
    // Vertices 5-9 cm behind the lower lip, within the lip's width and height, are the mouth's inside.
    const lip = atlas.landmarks.get('lower_incisors')!.position;
    const p = mesh.positions;
    let inside = 0;
    for (let v = 0; v < p.length / 3; v++) {
      if (Math.abs(p[3 * v]!) < 0.02 && Math.abs(p[3 * v + 1]! - lip[1]) < 0.02 && p[3 * v + 2]! < lip[2] - 0.05 && p[3 * v + 2]! > lip[2] - 0.09) {
        inside++;
        expect(exposed[v]).toBe(0);
      }
    }
    expect(inside).toBeGreaterThanOrEqual(5);
  });
});

describe('docs/coverage.md and docs/coverage.png', () => {
  it('name, for every patch they list, the sources checked and where it lies', async () => {
    const report = coverageReport(await loadOpenAtlas());
    for (const patch of report.uncovered) expect(gapOfPatch(patch), `no note in data/coverageGaps.ts for the patch around ${patch.landmark}`).toBeDefined();
    const known = new Set(SOURCES.map((s) => s.id));
    for (const gap of COVERAGE_GAPS) {
      expect(gap.sources.length).toBeGreaterThan(0);
      for (const id of gap.sources) expect(known.has(id), `${gap.around}: source ${id}`).toBe(true);
    }
  });

  it('match the committed atlas (run `npm run coverage` after changing a zone)', async () => {
    const atlas = await loadOpenAtlas();
    const report = coverageReport(atlas);
    expect(readFileSync(COVERAGE_DOC, 'utf8')).toBe(coverageMarkdown(report, atlas.baked.muscles.length));
    expect(Buffer.from(coveragePicture(atlas.mesh, report)).equals(readFileSync(COVERAGE_PICTURE))).toBe(true);
  });
});
