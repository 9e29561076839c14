/**
 * Turns a tap on the skin into a pain point. A tap is a press and release that barely moved and
 * was quick, with one pointer only: a drag rotates the camera and a pinch zooms, never marking.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Raycaster, Vector2 } from 'three';
import { formatPainPoint } from '../atlas/painPoints';
import { atlasStore } from '../state/store';
import { useBody } from './bodyContext';
import { pickMeshOf, raycastSkin } from './pickSurface';

/** How far (px) and how long (ms) a press may move and last and still be a tap. */
const TAP_SLOP_PX = 8;
const TAP_MAX_MS = 600;

/** Listens on the canvas for taps while pain mode is on. */
export function Picking() {
  const { skin } = useBody();
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const press = useRef<{ x: number; y: number; t: number; id: number } | null>(null);
  const active = useRef(new Set<number>());

  // Build the picking BVH when the browser is idle, not on the first tap.
  useEffect(() => {
    const build = () => void pickMeshOf(skin);
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(build, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(build, 500);
    return () => clearTimeout(timer);
  }, [skin]);

  useEffect(() => {
    const canvas = gl.domElement;
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    const onDown = (e: PointerEvent) => {
      active.current.add(e.pointerId);
      press.current = active.current.size === 1 ? { x: e.clientX, y: e.clientY, t: performance.now(), id: e.pointerId } : null;
    };
    const onUp = (e: PointerEvent) => {
      active.current.delete(e.pointerId);
      const p = press.current;
      press.current = null;
      if (!p || p.id !== e.pointerId || !atlasStore.getState().painMode) return;
      if (Math.hypot(e.clientX - p.x, e.clientY - p.y) > TAP_SLOP_PX || performance.now() - p.t > TAP_MAX_MS) return;
      const rect = canvas.getBoundingClientRect();
      ndc.set(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      const hit = raycastSkin(raycaster, skin);
      if (hit) atlasStore.getState().addPainPoint(formatPainPoint([hit.point.x, hit.point.y, hit.point.z]));
    };
    const onCancel = (e: PointerEvent) => {
      active.current.delete(e.pointerId);
      press.current = null;
    };
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointercancel', onCancel);
    return () => {
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('pointercancel', onCancel);
    };
  }, [gl, camera, skin]);
  return null;
}
