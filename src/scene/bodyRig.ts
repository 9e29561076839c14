/** The body's rig and rest normals, read once per loaded body when it is first posed. */
import type { SkinnedMesh } from 'three';
import type { Rig } from '../atlas/pose/rig';
import { restNormals, rigFromThree } from './rigFromThree';

const cache = new WeakMap<SkinnedMesh, { rig: Rig; normals: Float32Array }>();

export function bodyRig(mesh: SkinnedMesh): { rig: Rig; normals: Float32Array } {
  let entry = cache.get(mesh);
  if (!entry) cache.set(mesh, (entry = { rig: rigFromThree(mesh), normals: restNormals(mesh) }));
  return entry;
}
