/**
 * Test hooks that reach into the scene: placing the camera at once, and asking which muscle is
 * where on screen and how each is drawn. Registered on the in-page test API only when the page
 * was opened by a test (see `testProbesWanted`); they change nothing until called.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Raycaster, Vector2, Vector3, type Camera, type MeshStandardMaterial, type Object3D, type SkinnedMesh } from 'three';
import type { Side } from '../atlas/types';
import { atlasStore } from '../state/store';
import { lookupCounts } from '../state/lookupSelectors';
import { muscleOf } from '../scene/MusclePicking';
import type { MuscleLook, MuscleModels } from '../scene/MuscleMeshes';
import { registerTestHook } from './testApi';
import { getAtlasRuntime } from '../state/atlasRuntime';
import type { AtlasResources } from '../scene/atlasResources';

const atlasRuntimeBody = () => getAtlasRuntime().body as AtlasResources | null;
import { MUSCLES } from '../state/muscleCatalogue';

/** Vertices tried when looking for a screen point where a muscle is the front-most one. */
const PROBE_VERTICES = 400;

/** Registers the scene's test hooks; renders nothing. */
export function SceneProbes() {
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const picking = () => scene.getObjectByName('muscle-picking') ?? null;
    const models = () => (scene.getObjectByName('muscles')?.userData.muscleModels as MuscleModels | undefined) ?? null;
    const removers = [
      registerTestHook('setCamera', (position, target) => atlasStore.getState().focusCamera(position, target, true)),
      registerTestHook('cameraPlacement', () => {
        const focus = atlasStore.getState().focus;
        return focus ? { position: [...focus.position], target: [...focus.target] } : null;
      }),
      registerTestHook('landmarkScreenPoint', (name) => {
        const body = atlasRuntimeBody();
        const landmark = body?.atlas.landmarks.get(name as never);
        if (!body || !landmark) return null;
        const skin = atlasStore.getState().posedSkin;
        const v = landmark.vertex;
        const point = skin ? new Vector3().fromArray(skin.positions, v * 3) : new Vector3(...landmark.position);
        const normal = skin ? new Vector3().fromArray(skin.normals, v * 3) : new Vector3().fromBufferAttribute(body.mesh.geometry.getAttribute('normal'), v).normalize();
        const facing = camera.position.clone().sub(point).dot(normal) > 0;
        const ndc = point.clone().project(camera);
        const rect = gl.domElement.getBoundingClientRect();
        return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height, facing };
      }),
      registerTestHook('hoveredMuscle', () => atlasStore.getState().hoveredMuscle),
      registerTestHook('muscleScreenPoint', (id, side, covered = false) => {
        const root = picking();
        return root ? screenPointOn(root, camera, gl.domElement, id, side, covered) : null;
      }),
      registerTestHook('musclesAt', (x, y) => {
        const root = picking();
        return root ? musclesAlongRay(root, camera, gl.domElement, x, y) : [];
      }),
      registerTestHook('muscleLook', (id, side) => {
        const model = models()?.find(id, side);
        return model?.solid.visible ? ((model.solid.material as MeshStandardMaterial).name.replace('muscle-', '') as MuscleLook) : 'hidden';
      }),
      // Before the muscles' chunk has loaded, none of them is built yet.
      registerTestHook('muscleStats', () => models()?.stats() ?? { built: 0, total: MUSCLES.length * 2, triangles: 0, buildMs: 0 }),
      registerTestHook('lookupCounts', () => ({ ...lookupCounts })),
    ];
    return () => removers.forEach((remove) => remove());
  }, [scene, camera, gl]);
  return null;
}

const probe = {
  raycaster: new Raycaster(),
  ndc: new Vector2(),
  vertex: new Vector3(),
  centre: new Vector3(),
};

/** The visible muscles a ray through a client-pixel point meets, nearest first. */
function musclesAlongRay(root: Object3D, camera: Camera, canvas: HTMLCanvasElement, x: number, y: number): { id: string; side: Side }[] {
  const rect = canvas.getBoundingClientRect();
  probe.ndc.set(((x - rect.left) / rect.width) * 2 - 1, -((y - rect.top) / rect.height) * 2 + 1);
  probe.raycaster.setFromCamera(probe.ndc, camera);
  const out: { id: string; side: Side }[] = [];
  for (const hit of probe.raycaster.intersectObject(root, true)) {
    const m = muscleOf(hit.object);
    if (m && !out.some((o) => o.id === m.id && o.side === m.side)) out.push(m);
  }
  return out;
}

/**
 * A client-pixel point on the given muscle side, trying its vertices nearest its centre first:
 * one where it is the first muscle a ray from the camera meets, or (`covered`) one where another
 * muscle lies in front of it; and where no panel covers the canvas. For tests: "tap the levator
 * scapulae", "tap where it lies under the trapezius".
 */
function screenPointOn(root: Object3D, camera: Camera, canvas: HTMLCanvasElement, id: string, side: Side, covered: boolean): { x: number; y: number } | null {
  let target: SkinnedMesh | null = null;
  root.traverse((o) => {
    const m = muscleOf(o);
    if (m && m.id === id && m.side === side && (o as SkinnedMesh).isSkinnedMesh && o.visible && o.name.startsWith('muscle:')) target = o as SkinnedMesh;
  });
  const mesh = target as SkinnedMesh | null;
  if (!mesh) return null;
  const count = mesh.geometry.getAttribute('position').count;
  const points: Vector3[] = [];
  probe.centre.set(0, 0, 0);
  for (let i = 0; i < count; i++) {
    const p = mesh.getVertexPosition(i, new Vector3()).applyMatrix4(mesh.matrixWorld);
    points.push(p);
    probe.centre.add(p);
  }
  probe.centre.divideScalar(Math.max(1, count));
  points.sort((a, b) => a.distanceToSquared(probe.centre) - b.distanceToSquared(probe.centre));
  const rect = canvas.getBoundingClientRect();
  for (const p of points.slice(0, PROBE_VERTICES)) {
    probe.vertex.copy(p).project(camera);
    if (Math.abs(probe.vertex.x) > 0.95 || Math.abs(probe.vertex.y) > 0.95 || probe.vertex.z > 1) continue;
    probe.ndc.set(probe.vertex.x, probe.vertex.y);
    probe.raycaster.setFromCamera(probe.ndc, camera);
    const hits = probe.raycaster.intersectObject(root, true);
    const first = hits[0];
    const onIt = covered ? first !== undefined && first.object !== mesh && hits.some((h) => h.object === mesh) : first?.object === mesh;
    const x = rect.left + ((probe.vertex.x + 1) / 2) * rect.width;
    const y = rect.top + ((1 - probe.vertex.y) / 2) * rect.height;
    // Only where a tap would reach the canvas, not a panel over it.
    if (onIt && document.elementFromPoint(x, y) === canvas) return { x, y };
  }
  return null;
}
