/**
 * Measurement hooks for the benchmark and the tests (registered on the in-page test API): how many
 * frames have been rendered, so idle can be checked to render nothing; how long a raycast against
 * the posed body takes; where landmarks are on screen, to tap them; and store actions that drive
 * selection and the pain drawing as the UI would. They change nothing until called.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Box3, Matrix4, Raycaster, Vector2, Vector3 } from 'three';
import { atlasStore } from '../state/store';
import { registerTestHook } from './testApi';
import { useBody } from '../scene/bodyContext';
import { raycastSkin } from '../scene/pickSurface';
import { parseDrawingPoint } from '../atlas/painPoints';
import { findMuscleEntry } from '../state/muscleCatalogue';

/** A small seeded generator, so every run casts the same rays. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Below this a single timing is too coarse (performance.now is clamped): repeat the ray instead. */
const MIN_TIMED_MS = 2;
const MAX_REPS = 16384;

/** Registers the probes; renders nothing. */
export function BenchProbe() {
  const { mesh, atlas } = useBody();
  const { mesh: skin, landmarks } = atlas;
  const get = useThree((s) => s.get);
  const frames = useRef(0);
  const lastFrameAt = useRef(performance.now());
  const camera = useRef({ matrix: new Matrix4(), changedAt: performance.now(), changes: 0 });
  useFrame((state) => {
    frames.current++;
    lastFrameAt.current = performance.now();
    const seen = camera.current;
    if (!state.camera.matrixWorld.equals(seen.matrix)) {
      seen.matrix.copy(state.camera.matrixWorld);
      seen.changedAt = lastFrameAt.current;
      seen.changes++;
    }
  });
  useEffect(() => {
    const removers = [
      registerTestHook('frames', () => frames.current),
      // The frame loop is on demand: a view that has drawn nothing for a while is at rest.
      registerTestHook('idleMs', () => performance.now() - lastFrameAt.current),
      registerTestHook('camera', () => ({ changes: camera.current.changes, restMs: performance.now() - camera.current.changedAt })),
    ];
    return () => removers.forEach((remove) => remove());
  }, []);

  useEffect(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    // The same call Picking makes for a tap.
    const cast = () => raycastSkin(raycaster, skin);

    /** The body's world bounds (skinned, posed) projected to normalised device coordinates. */
    const screenBounds = () => {
      const { camera } = get();
      camera.updateMatrixWorld();
      const box = new Box3().setFromObject(mesh, true);
      const min = new Vector2(Infinity, Infinity);
      const max = new Vector2(-Infinity, -Infinity);
      const corner = new Vector3();
      for (let i = 0; i < 8; i++) {
        corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z).project(camera);
        min.set(Math.min(min.x, corner.x), Math.min(min.y, corner.y));
        max.set(Math.max(max.x, corner.x), Math.max(max.y, corner.y));
      }
      min.clampScalar(-1, 1);
      max.clampScalar(-1, 1);
      return { min, max };
    };

    /** ms per cast of the raycaster's current ray, repeated until the clock can resolve it. */
    const timeRay = () => {
      for (let reps = 1; ; reps *= 4) {
        const start = performance.now();
        for (let r = 0; r < reps; r++) cast();
        const elapsed = performance.now() - start;
        if (elapsed >= MIN_TIMED_MS || reps >= MAX_REPS) return elapsed / reps;
      }
    };

    const raycastTime = (samples: number) => {
      const { camera } = get();
      const { min, max } = screenBounds();
      const random = mulberry32(0x5eed);
      // The first raycast may build acceleration structures once: timed on its own.
      raycaster.setFromCamera(ndc.set(0, 0), camera);
      const first = performance.now();
      cast();
      const firstMs = performance.now() - first;
      // Random points of the body's screen box; rays that hit the skin (what a tap on the body
      // casts) and rays that miss it are timed apart.
      const hits: number[] = [];
      const misses: number[] = [];
      const wanted = Math.max(1, samples);
      for (let attempt = 0; hits.length < wanted && attempt < wanted * 50; attempt++) {
        ndc.set(min.x + (max.x - min.x) * random(), min.y + (max.y - min.y) * random());
        raycaster.setFromCamera(ndc, camera);
        const hit = cast() !== undefined;
        if (hit) hits.push(timeRay());
        else if (misses.length < wanted) misses.push(timeRay());
      }
      return { medianMs: median(hits), missMedianMs: median(misses), hits: hits.length, firstMs };
    };

    const visibleLandmarks = () => {
      const { camera, gl } = get();
      camera.updateMatrixWorld();
      const rect = gl.domElement.getBoundingClientRect();
      const out: { name: string; x: number; y: number }[] = [];
      const world = new Vector3();
      const projected = new Vector3();
      for (const [name, landmark] of landmarks) {
        const [x, y, z] = landmark.position;
        // Landmarks are in model space, which is the scene's space (the body is not moved).
        world.set(x, y, z);
        projected.copy(world).project(camera);
        if (Math.abs(projected.x) > 0.95 || Math.abs(projected.y) > 0.95 || projected.z > 1) continue;
        raycaster.setFromCamera(ndc.set(projected.x, projected.y), camera);
        const hit = cast();
        // Visible when the first skin hit along the ray is the landmark itself (within 2 cm).
        if (!hit || world.distanceTo(new Vector3(...hit.position)) > 0.02) continue;
        out.push({ name, x: rect.left + ((projected.x + 1) / 2) * rect.width, y: rect.top + ((1 - projected.y) / 2) * rect.height });
      }
      return out;
    };

    const removers = [
      registerTestHook('raycastTime', raycastTime),
      registerTestHook('visibleLandmarks', visibleLandmarks),
      registerTestHook('selectMuscle', (id, side) => atlasStore.getState().selectMuscle(id === null ? null : (findMuscleEntry(id)?.id ?? null), side)),
      registerTestHook('setPainPoints', (points) => atlasStore.getState().setPainPoints(points.map(parseDrawingPoint))),
    ];
    return () => removers.forEach((remove) => remove());
  }, [mesh, skin, landmarks, get]);
  return null;
}
