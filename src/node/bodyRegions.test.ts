import { beforeAll, describe, expect, it } from 'vitest';
import {
  BODY_REGIONS, landmarkBasesOf, regionOfLandmark, REGION_LABELS, SPREAD_AREAS, spreadAreaOfLandmark,
} from '../atlas/bodyRegions';
import { landmarkVertices } from '../atlas/landmarks';
import { ALL_LANDMARK_IDS, MIDLINE_LANDMARKS, SIDED_LANDMARKS, type LandmarkId } from '../atlas/landmarkNames';
import { describeSpot } from '../atlas/lookup';
import type { SkinMesh } from '../atlas/types';
import { vertexRegions, type VertexRegions } from '../atlas/vertexRegions';
import { loadSkinMesh } from './loadBody';

let mesh: SkinMesh;
let regions: VertexRegions;
let vertices: Map<LandmarkId, number>;

beforeAll(async () => {
  mesh = await loadSkinMesh();
  vertices = landmarkVertices(mesh);
  regions = vertexRegions(mesh, vertices);
});

describe('the region table', () => {
  it('gives every landmark a region, words and (where the index counts one) a WPI area', () => {
    for (const id of ALL_LANDMARK_IDS) {
      expect(BODY_REGIONS, id).toContain(regionOfLandmark(id));
      expect(describeSpot(id, 0), id).toMatch(/your/);
    }
    const listed = BODY_REGIONS.flatMap((r) => landmarkBasesOf(r));
    expect(listed.sort()).toEqual([...MIDLINE_LANDMARKS, ...SIDED_LANDMARKS].sort());
    for (const region of BODY_REGIONS) expect(REGION_LABELS[region]).toBeTruthy();
  });

  it('says where a spot is in a patient\'s words, with the side', () => {
    expect(describeSpot('wrist_dorsal_r', 0)).toBe('your right back of the wrist');
    expect(describeSpot('heel_plantar_l', 0)).toBe('your left heel pad');
    expect(describeSpot('epigastrium', 0)).toBe('the pit of your stomach');
  });

  it.each([
    ['tmj_r', 'right-jaw'], ['gonion_l', 'left-jaw'], ['neck_base_r', 'right-shoulder-girdle'],
    ['arm_posterior_l', 'left-upper-arm'], ['lateral_epicondyle_r', 'right-lower-arm'], ['wrist_volar_l', 'left-lower-arm'],
    ['buttock_r', 'right-hip'], ['trochanterion_l', 'left-hip'], ['thigh_medial_r', 'right-upper-leg'],
    ['calf_l', 'left-lower-leg'], ['cervicale', 'neck'], ['posterior_neck_r', 'neck'], ['paraspinal_t6_l', 'upper-back'],
    ['t12', 'upper-back'], ['l5', 'lower-back'], ['coccyx', 'lower-back'], ['mesosternale', 'chest'], ['omphalion', 'abdomen'],
  ] as [LandmarkId, string][])('puts %s in the WPI area %s', (id, area) => {
    expect(spreadAreaOfLandmark(id)).toBe(area);
  });

  it.each(['temple_r', 'vertex', 'forehead_l', 'palm_r', 'dactylion_l', 'hallux_r', 'heel_plantar_l', 'perineum'] as LandmarkId[])(
    'counts %s in no WPI area (head above the jaw, hand, foot, perineum)', (id) => {
      expect(spreadAreaOfLandmark(id)).toBeUndefined();
    },
  );
});

describe('every skin vertex in the region table', () => {
  it('takes its own landmark\'s row at every landmark', () => {
    for (const [id, v] of vertices) expect(regions.landmarkOf(v), id).toBe(id);
  });

  it('gives every region and every WPI area some skin', () => {
    const n = mesh.positions.length / 3;
    const seenRegions = new Set<string>();
    const seenAreas = new Set<string>();
    for (let v = 0; v < n; v++) {
      seenRegions.add(regions.regionOf(v));
      const area = regions.spreadOf(v);
      if (area) seenAreas.add(area);
    }
    expect([...seenRegions].sort()).toEqual([...BODY_REGIONS].sort());
    expect([...seenAreas].sort()).toEqual([...SPREAD_AREAS].sort());
  });

  it('is symmetric: a vertex and its mirror twin lie in mirrored regions and areas', () => {
    const n = mesh.positions.length / 3;
    const swap = (area: string | undefined) => area?.replace(/^(left|right)-/, (m) => (m === 'left-' ? 'right-' : 'left-'));
    let differ = 0;
    for (let v = 0; v < n; v++) {
      const twin = mesh.mirror[v]!;
      if (regions.regionOf(v) !== regions.regionOf(twin) || swap(regions.spreadOf(v)) !== regions.spreadOf(twin)) differ++;
    }
    // Ties on the border between two landmarks may fall either way: a handful of vertices at most.
    expect(differ / n).toBeLessThan(0.01);
  });

  it('keeps the limbs apart from the trunk: the inner upper arm is arm, not chest', () => {
    const p = mesh.positions;
    const arm = vertices.get('arm_medial_r')!;
    // Vertices within 5 cm of the inner-arm landmark, on the arm side of it.
    const near: number[] = [];
    for (let v = 0; v < p.length / 3; v++) {
      const d = Math.hypot(p[3 * v]! - p[3 * arm]!, p[3 * v + 1]! - p[3 * arm + 1]!, p[3 * v + 2]! - p[3 * arm + 2]!);
      if (d < 0.05 && p[3 * v]! < p[3 * arm]!) near.push(v);
    }
    expect(near.length).toBeGreaterThan(5);
    for (const v of near) expect(regions.regionOf(v)).toBe('arm');
  });
});
