/**
 * Pointing at muscles in x-ray: hovering one highlights it, tapping one selects it (that side).
 * Only the nearest visible muscle under the pointer counts. Taps are told from drags by the
 * canvas's one gesture hook, as for pain marking; in pain mode taps mark pain, never select. A
 * tap that lands on no muscle marks pain (see `tapTargets`).
 */
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Raycaster, Vector2, type Group, type Object3D } from 'three';
import type { MuscleId, Side } from '../atlas/types';
import { atlasStore } from '../state/store';
import { useCanvasGestures } from './useCanvasGestures';
import { setMuscleHitTest } from './tapTargets';

/** The muscle a mesh belongs to, from the tags MuscleMeshes puts on it. */
export function muscleOf(object: Object3D): { id: MuscleId; side: Side } | null {
  const { muscle, side } = object.userData as { muscle?: unknown; side?: unknown };
  return typeof muscle === 'string' && (side === 'left' || side === 'right') ? { id: muscle as MuscleId, side } : null;
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

  // Leaving x-ray (or entering pain mode) ends a hover on the body (a list's pointing stays).
  useEffect(
    () =>
      atlasStore.subscribe((s) => {
        if (s.hoverPoint !== null && !(s.xray && !s.painMode)) {
          s.hoverMuscle(null);
          gl.domElement.style.cursor = '';
        }
      }),
    [gl],
  );

  const frontMuscleAt = useMemo(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    return (e: PointerEvent) => {
      const root = group.current;
      if (!root) return null;
      const rect = gl.domElement.getBoundingClientRect();
      ndc.set(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      for (const hit of raycaster.intersectObject(root, true)) {
        const m = hit.object.visible ? muscleOf(hit.object) : null;
        if (m) return m;
      }
      return null;
    };
  }, [gl, camera]);

  useEffect(() => {
    setMuscleHitTest((e) => pickingOn() && frontMuscleAt(e) !== null);
    return () => setMuscleHitTest(null);
  }, [frontMuscleAt]);

  useCanvasGestures({
    onTap: (e) => {
      if (!pickingOn()) return;
      const hit = frontMuscleAt(e);
      if (hit) atlasStore.getState().selectMuscle(hit.id, hit.side);
    },
  });

  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    if (!pickingOn()) return;
    // Meshes hidden by x-ray's near-side rule are still in the ray's path: they are not named.
    const hit = e.object.visible ? muscleOf(e.object) : null;
    if (!hit) return;
    e.stopPropagation();
    const s = atlasStore.getState();
    // The name label stays where the pointer first met this muscle side, so moving over it does not redraw.
    if (s.hoveredMuscle !== hit.id || s.hoveredSide !== hit.side) s.hoverMuscle(hit.id, hit.side, e.point.toArray());
    gl.domElement.style.cursor = 'pointer';
  };
  const onPointerOut = () => {
    if (atlasStore.getState().hoveredMuscle !== null) atlasStore.getState().hoverMuscle(null);
    gl.domElement.style.cursor = '';
  };

  return (
    <group ref={group} name="muscle-picking" onPointerMove={onPointerMove} onPointerOut={onPointerOut}>
      {children}
    </group>
  );
}
