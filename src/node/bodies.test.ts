import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { allBodyChoices, bodyFileName, DEFAULT_BODY_CHOICE, type BodyChoice } from '../atlas/bodies';
import { MIDLINE_LANDMARKS, SIDED_LANDMARKS, type LandmarkId } from '../atlas/landmarkNames';
import { resolveLandmarks, type LandmarkTable } from '../atlas/landmarks';
import { lookupDrawing } from '../atlas/lookupDrawing';
import { openAtlas } from '../atlas/openAtlas';
import { parseDrawingPoint } from '../atlas/painPoints';
import type { SkinMesh } from '../atlas/types';
import { bodyGlbPath, BODY_GLB_PATH, loadSkinMesh } from './loadBody';
import { ZONES_PATH } from './bakeZoneBytes';
import { BIACROMIAL_RANGE, CONTRACT_HEIGHTS, HEIGHT_TOLERANCE } from './contractProportions';

const bodies = new Map<string, { mesh: SkinMesh; landmarks: LandmarkTable; stature: number }>();
let defaultMesh: SkinMesh;

beforeAll(async () => {
  for (const choice of allBodyChoices()) {
    const mesh = await loadSkinMesh(bodyGlbPath(choice));
    let stature = 0;
    for (let i = 1; i < mesh.positions.length; i += 3) stature = Math.max(stature, mesh.positions[i]!);
    bodies.set(bodyFileName(choice), { mesh, landmarks: resolveLandmarks(mesh), stature });
  }
  defaultMesh = bodies.get(bodyFileName(DEFAULT_BODY_CHOICE))!.mesh;
});

const bodyOf = (choice: BodyChoice) => bodies.get(bodyFileName(choice))!;
const position = (choice: BodyChoice, name: LandmarkId) => {
  const landmark = bodyOf(choice).landmarks.get(name);
  if (!landmark) throw new Error(`missing ${name}`);
  return landmark.position;
};


describe('the load path of a body', () => {
  it('is the old body.glb for the default, and body-<sex>-<build>.glb for the others', () => {
    expect(bodyGlbPath(DEFAULT_BODY_CHOICE)).toBe(BODY_GLB_PATH);
    expect(bodyGlbPath({ body: 'female', build: 'heavy' })).toMatch(/public\/models\/body-female-heavy\.glb$/);
  });

  it('reads each file once per process', () => {
    const path = bodyGlbPath({ body: 'female', build: 'average' });
    expect(loadSkinMesh(path)).toBe(loadSkinMesh(path));
  });
});

describe.each(allBodyChoices().map((choice) => [bodyFileName(choice), choice] as const))('%s', (_, choice) => {
  it(`stands ${choice.body === 'female' ? '1.60-1.70' : '1.70-1.80'} m tall on y = 0`, () => {
    const [low, high] = choice.body === 'female' ? [1.6, 1.7] : [1.7, 1.8];
    expect(bodyOf(choice).stature).toBeGreaterThan(low);
    expect(bodyOf(choice).stature).toBeLessThan(high);
    expect(Math.min(...bodyOf(choice).mesh.positions.filter((_, i) => i % 3 === 1))).toBeCloseTo(0, 3);
  });

  it.each(CONTRACT_HEIGHTS)('puts %s at %s of stature', (name, fraction) => {
    expect(Math.abs(position(choice, name)[1] / bodyOf(choice).stature - fraction)).toBeLessThanOrEqual(HEIGHT_TOLERANCE);
  });

  it('has a biacromial breadth of 0.20-0.26 of stature', () => {
    const breadth = Math.abs(position(choice, 'acromion_l')[0] - position(choice, 'acromion_r')[0]);
    expect(breadth / bodyOf(choice).stature).toBeGreaterThanOrEqual(BIACROMIAL_RANGE[0]);
    expect(breadth / bodyOf(choice).stature).toBeLessThanOrEqual(BIACROMIAL_RANGE[1]);
  });

  it('keeps every midline landmark within a centimetre of x = 0', () => {
    for (const name of MIDLINE_LANDMARKS) expect(Math.abs(position(choice, name)[0]), name).toBeLessThan(0.01);
  });

  it('mirrors every sided landmark within a centimetre, the left one on +X', () => {
    for (const base of SIDED_LANDMARKS) {
      const [left, right] = [position(choice, `${base}_l`), position(choice, `${base}_r`)];
      expect(Math.hypot(left[0] + right[0], left[1] - right[1], left[2] - right[2]), base).toBeLessThan(0.01);
      expect(left[0], base).toBeGreaterThan(0);
    }
  });

  it('shares the default body\'s vertices, triangles and mirror map', () => {
    const { mesh } = bodyOf(choice);
    expect(mesh.positions.length).toBe(defaultMesh.positions.length);
    // The GLB's index codec may start a triangle at another corner, the same way for every body.
    expect(Buffer.from(mesh.indices.buffer).equals(Buffer.from(defaultMesh.indices.buffer))).toBe(true);
    expect(Buffer.from(mesh.mirror.buffer).equals(Buffer.from(defaultMesh.mirror.buffer))).toBe(true);
  });
});

describe('a landmark drawing on another body', () => {
  const drawing = ['temple_r', 'neck_base_r', 'l5'];
  const answerOn = (mesh: SkinMesh) => {
    const atlas = openAtlas(mesh, readFileSync(ZONES_PATH));
    return lookupDrawing(drawing.map(parseDrawingPoint), atlas, { top: 10 }).candidates.map((c) => ({
      muscle: c.muscle,
      side: c.side,
      score: c.score,
      baseScore: c.baseScore,
      explains: c.explains,
    }));
  };
  let onDefault: ReturnType<typeof answerOn>;
  beforeAll(() => {
    onDefault = answerOn(defaultMesh);
  });

  it('finds candidates on the default body', () => {
    expect(onDefault.length).toBeGreaterThan(2);
  });

  it.each([
    [{ body: 'female', build: 'average' }],
    [{ body: 'male', build: 'heavy' }],
  ] as [BodyChoice][])('gets the same candidates, order and scores on %o', (choice) => {
    expect(answerOn(bodyOf(choice).mesh)).toEqual(onDefault);
  });
});
