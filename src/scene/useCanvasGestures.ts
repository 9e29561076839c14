/**
 * The canvas's gestures, told apart in one place for everything that listens to the body: a tap
 * (one pointer, a quick press and release that barely moved), a drag that a listener claims (the
 * camera then holds still and the pointer is captured), and everything else, which belongs to the
 * camera (a drag turns it, a pinch zooms). A second finger ends any tap or claimed drag.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';

/** How far (px) and how long (ms) a press may move and last and still be a tap. */
export const TAP_SLOP_PX = 8;
export const TAP_MAX_MS = 600;

/** What a listener does with the canvas's gestures; every handler is optional. */
export interface GestureHandlers {
  /** A tap at the pointer's place. */
  onTap?: (event: PointerEvent) => void;
  /** A one-pointer press: return true to claim the drag that may follow (the camera holds still). */
  onDragStart?: (event: PointerEvent) => boolean;
  onDragMove?: (event: PointerEvent) => void;
  /** The claimed drag ends: `commit` is false when a second finger or a cancel ended it. */
  onDragEnd?: (event: PointerEvent | null, commit: boolean) => void;
}

/** Whether the press `from` and the release `to` make a tap. */
export function isTap(from: { x: number; y: number; t: number }, to: { x: number; y: number; t: number }): boolean {
  return Math.hypot(to.x - from.x, to.y - from.y) <= TAP_SLOP_PX && to.t - from.t <= TAP_MAX_MS;
}

/** Listens on the canvas with `handlers` (the latest ones are used, so they may be inline). */
export function useCanvasGestures(handlers: GestureHandlers): void {
  const gl = useThree((s) => s.gl);
  const controls = useThree((s) => s.controls) as { enabled: boolean } | null;
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const canvas = gl.domElement;
    const active = new Set<number>();
    let press: { x: number; y: number; t: number; id: number } | null = null;
    let dragging: number | null = null;
    const endDrag = (event: PointerEvent | null, commit: boolean) => {
      if (dragging === null) return;
      dragging = null;
      if (controls) controls.enabled = true;
      latest.current.onDragEnd?.(event, commit);
    };
    const onDown = (e: PointerEvent) => {
      active.add(e.pointerId);
      if (active.size > 1) {
        // A second finger: a pinch, not a tap or a stroke.
        press = null;
        endDrag(null, false);
        return;
      }
      press = { x: e.clientX, y: e.clientY, t: performance.now(), id: e.pointerId };
      if (latest.current.onDragStart?.(e)) {
        // Runs before OrbitControls (capture phase), so the camera does not start turning.
        if (controls) controls.enabled = false;
        canvas.setPointerCapture?.(e.pointerId);
        dragging = e.pointerId;
      }
    };
    const onMove = (e: PointerEvent) => {
      if (dragging === e.pointerId) latest.current.onDragMove?.(e);
    };
    const onUp = (e: PointerEvent) => {
      active.delete(e.pointerId);
      if (dragging === e.pointerId) {
        press = null;
        endDrag(e, true);
        return;
      }
      const p = press;
      press = null;
      if (p && p.id === e.pointerId && isTap(p, { x: e.clientX, y: e.clientY, t: performance.now() })) latest.current.onTap?.(e);
    };
    const onCancel = (e: PointerEvent) => {
      active.delete(e.pointerId);
      press = null;
      if (dragging === e.pointerId) endDrag(e, false);
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
      endDrag(null, false);
    };
  }, [gl, controls]);
}
