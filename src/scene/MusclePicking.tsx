/**
 * Pointing at muscles in x-ray: hovering one highlights it, tapping one selects it (that side).
 * Only the nearest muscle under the pointer counts (R3F delivers hits nearest first and the
 * handlers stop propagation). A tap is the same as in `Picking`: one pointer, barely moved, quick;
 * a drag turns the camera instead. In pain mode taps mark pain, never select.
 */
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useRef, type ReactNode } from 'react';
import { Raycaster, Vector2, Vector3, type Camera, type Group, type Object3D, type SkinnedMesh } from 'three';
import type { Side } from '../atlas/types';
import { atlasStore } from '../state/store';
import { registerTestHook } from '../testApi';

/** How far (px) and how long (ms) a press may move and last and still be a tap (as in `Picking`). */
const TAP_SLOP_PX = 8;
const TAP_MAX_MS = 600;
/** Vertices tried when looking for a screen point where a muscle is the front-most one. */
const PROBE_VERTICES = 400;

function muscleOf(object: Object3D): { id: string; side: Side } | null {
  const { muscle, side } = object.userData as { muscle?: unknown; side?: unknown };
  return typeof muscle === 'string' && (side === 'left' || side === 'right') ? { id: muscle, side } : null;
}

function pickingOn(): boolean {
  const s = atlasStore.getState();
  return s.xray && !s.painMode;
}

/** Wraps the muscle meshes and makes them hoverable and selectable. */
export function MusclePicking({ children }: { children?: ReactNode }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const group = useRef<Group>(null);
  const press = useRef<{ x: number; y: number; t: number; id: number } | null>(null);
  const pointers = useRef(new Set<number>());

  // Pointers are counted on the canvas itself: a second finger may land off the muscles.
  useEffect(() => {
    const canvas = gl.domElement;
    const down = (e: PointerEvent) => {
      pointers.current.add(e.pointerId);
      if (pointers.current.size > 1) press.current = null;
    };
    const up = (e: PointerEvent) => void pointers.current.delete(e.pointerId);
    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointerup', up);
    canvas.addEventListener('pointercancel', up);
    return () => {
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
    };
  }, [gl]);

  // Leaving x-ray (or entering pain mode) ends any hover.
  useEffect(
    () =>
      atlasStore.subscribe((s) => {
        if (s.hoveredMuscle !== null && !(s.xray && !s.painMode)) {
          s.hoverMuscle(null);
          gl.domElement.style.cursor = '';
        }
      }),
    [gl],
  );

  useEffect(() => {
    const unhook = [
      registerTestHook('hoveredMuscle', () => atlasStore.getState().hoveredMuscle),
      registerTestHook('muscleScreenPoint', (id, side, covered = false) =>
        group.current ? screenPointOn(group.current, camera, gl.domElement, id, side, covered) : null,
      ),
      registerTestHook('musclesAt', (x, y) => (group.current ? musclesAlongRay(group.current, camera, gl.domElement, x, y) : [])),
    ];
    return () => unhook.forEach((u) => u());
  }, [camera, gl]);

  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    if (!pickingOn()) return;
    const hit = muscleOf(e.object);
    if (!hit) return;
    e.stopPropagation();
    if (atlasStore.getState().hoveredMuscle !== hit.id) atlasStore.getState().hoverMuscle(hit.id);
    gl.domElement.style.cursor = 'pointer';
  };
  const onPointerOut = () => {
    if (atlasStore.getState().hoveredMuscle !== null) atlasStore.getState().hoverMuscle(null);
    gl.domElement.style.cursor = '';
  };
  const onPointerDown = (e: ThreeEvent<PointerEvent>) => {
    if (!pickingOn() || !muscleOf(e.object)) return;
    e.stopPropagation();
    press.current = pointers.current.size <= 1 ? { x: e.nativeEvent.clientX, y: e.nativeEvent.clientY, t: performance.now(), id: e.pointerId } : null;
  };
  const onPointerUp = (e: ThreeEvent<PointerEvent>) => {
    const hit = muscleOf(e.object);
    if (!pickingOn() || !hit) return;
    e.stopPropagation();
    const p = press.current;
    press.current = null;
    if (!p || p.id !== e.pointerId) return;
    if (Math.hypot(e.nativeEvent.clientX - p.x, e.nativeEvent.clientY - p.y) > TAP_SLOP_PX || performance.now() - p.t > TAP_MAX_MS) return;
    atlasStore.getState().selectMuscle(hit.id, hit.side);
  };

  return (
    <group ref={group} name="muscle-picking" onPointerMove={onPointerMove} onPointerOut={onPointerOut} onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
      {children}
    </group>
  );
}

const probe = {
  raycaster: new Raycaster(),
  ndc: new Vector2(),
  vertex: new Vector3(),
  centre: new Vector3(),
};

/** The visible muscles a ray through a client-pixel point meets, nearest first. */
function musclesAlongRay(root: Group, camera: Camera, canvas: HTMLCanvasElement, x: number, y: number): { id: string; side: Side }[] {
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
function screenPointOn(root: Group, camera: Camera, canvas: HTMLCanvasElement, id: string, side: Side, covered: boolean): { x: number; y: number } | null {
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
