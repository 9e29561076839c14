/**
 * Turns touches on the skin into the pain drawing. Tap mode: a tap (a press and release that
 * barely moved, was quick, with one pointer) adds a spot; a drag turns the camera and a pinch
 * zooms, never marking. Brush mode: a one-finger drag that starts on the skin paints an area
 * (the camera holds still meanwhile); a drag that starts off the body still turns the camera.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Raycaster, Vector2 } from 'three';
import { BRUSH_RADIUS, MAX_AREA_SAMPLES, formatPainArea, formatPainPoint } from '../atlas/painPoints';
import { atlasStore } from '../state/store';
import { useBody } from './bodyContext';
import { preparePicking, raycastSkin } from './pickSurface';

/** How far (px) and how long (ms) a press may move and last and still be a tap. */
const TAP_SLOP_PX = 8;
const TAP_MAX_MS = 600;
/** A new stroke centre every this many metres: the brush discs overlap into a band. */
const STROKE_STEP = BRUSH_RADIUS * 0.6;

type Point3 = [number, number, number];

/** Listens on the canvas for taps and brush strokes while pain mode is on. */
export function Picking() {
  const skin = useBody().atlas.mesh;
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as { enabled: boolean } | null;
  const press = useRef<{ x: number; y: number; t: number; id: number } | null>(null);
  const painting = useRef<{ id: number; samples: Point3[] } | null>(null);
  const active = useRef(new Set<number>());

  // Build the picking grid when the browser is idle, not on the first tap.
  useEffect(() => {
    const build = () => preparePicking(skin);
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
    const hitAt = (e: PointerEvent): Point3 | null => {
      const rect = canvas.getBoundingClientRect();
      ndc.set(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      const hit = raycastSkin(raycaster, skin);
      return hit ? [hit.point.x, hit.point.y, hit.point.z] : null;
    };
    const stopPainting = (commit: boolean) => {
      const stroke = painting.current;
      painting.current = null;
      if (controls) controls.enabled = true;
      const store = atlasStore.getState();
      store.setStroke(null);
      if (commit && stroke && stroke.samples.length > 0) store.addPainPoint(formatPainArea(stroke.samples));
    };
    const onDown = (e: PointerEvent) => {
      active.current.add(e.pointerId);
      const { painMode, brush } = atlasStore.getState();
      if (active.current.size > 1) {
        // A second finger: this is a pinch, not a tap or a stroke.
        press.current = null;
        if (painting.current) stopPainting(false);
        return;
      }
      press.current = { x: e.clientX, y: e.clientY, t: performance.now(), id: e.pointerId };
      if (painMode && brush) {
        const point = hitAt(e);
        if (!point) return;
        // Runs before OrbitControls (capture phase), so the camera does not start turning.
        if (controls) controls.enabled = false;
        canvas.setPointerCapture?.(e.pointerId);
        painting.current = { id: e.pointerId, samples: [point] };
        atlasStore.getState().setStroke([point]);
      }
    };
    const onMove = (e: PointerEvent) => {
      const stroke = painting.current;
      if (!stroke || stroke.id !== e.pointerId || stroke.samples.length >= MAX_AREA_SAMPLES) return;
      const point = hitAt(e);
      const last = stroke.samples[stroke.samples.length - 1]!;
      if (point && Math.hypot(point[0] - last[0], point[1] - last[1], point[2] - last[2]) >= STROKE_STEP) {
        stroke.samples.push(point);
        atlasStore.getState().setStroke([...stroke.samples]);
      }
    };
    const onUp = (e: PointerEvent) => {
      active.current.delete(e.pointerId);
      if (painting.current?.id === e.pointerId) {
        stopPainting(true);
        press.current = null;
        return;
      }
      const p = press.current;
      press.current = null;
      const { painMode, brush } = atlasStore.getState();
      if (!p || p.id !== e.pointerId || !painMode || brush) return;
      if (Math.hypot(e.clientX - p.x, e.clientY - p.y) > TAP_SLOP_PX || performance.now() - p.t > TAP_MAX_MS) return;
      const point = hitAt(e);
      if (point) atlasStore.getState().addPainPoint(formatPainPoint(point));
    };
    const onCancel = (e: PointerEvent) => {
      active.current.delete(e.pointerId);
      press.current = null;
      if (painting.current?.id === e.pointerId) stopPainting(false);
    };
    canvas.addEventListener('pointerdown', onDown, { capture: true });
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointercancel', onCancel);
    return () => {
      canvas.removeEventListener('pointerdown', onDown, { capture: true });
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('pointercancel', onCancel);
    };
  }, [gl, camera, skin, controls]);
  return null;
}
