/**
 * Orbit, zoom and pan (mouse, touch, keyboard) with limits, and eased moves to the view presets.
 * The animation runs in useFrame on refs and asks for frames with invalidate(): the frame loop is
 * on demand, so nothing renders while the camera rests.
 */
import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type ComponentRef } from 'react';
import { Vector3 } from 'three';
import { atlasStore } from '../state/store';
import { isViewPreset, presetOfAzimuth } from '../state/viewSlice';
import { BODY_TARGET, viewPosition } from './views';
import { handleCameraKey } from './cameraKeys';

const EASE_SECONDS = 0.7;
/** The target may not wander off the body: a box around it, metres. */
const TARGET_MIN = new Vector3(-0.9, 0, -0.6);
const TARGET_MAX = new Vector3(0.9, 1.9, 0.6);

/** The camera controller. */
export function CameraRig() {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const move = useRef<{ from: Vector3; to: Vector3; fromTarget: Vector3; toTarget: Vector3; t: number } | null>(null);

  useEffect(() => {
    const aim = (animate: boolean, focus = false) => {
      const { view, focus: placement } = atlasStore.getState();
      const to = new Vector3(...(focus && placement ? placement.position : viewPosition(view)));
      const toTarget = new Vector3(...(focus && placement ? placement.target : BODY_TARGET));
      const c = controls.current;
      if (!animate || !c) {
        move.current = null;
        camera.position.copy(to);
        c?.target.copy(toTarget);
        c?.update();
      } else {
        move.current = { from: camera.position.clone(), to, fromTarget: c.target.clone(), toTarget, t: 0 };
      }
      invalidate();
    };
    const initial = atlasStore.getState();
    aim(false, initial.focusRequest > 0);
    return atlasStore.subscribe((state, prev) => {
      if (state.viewRequest !== prev.viewRequest) aim(true);
      else if (state.focusRequest !== prev.focusRequest) aim(!state.focus?.instant, true);
    });
  }, [camera, invalidate]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      // A modal dialog (the drawing's print preview) keeps its keys: the view behind it stays.
      if (document.querySelector('dialog[open]')) return;
      const c = controls.current;
      if (!c || event.metaKey || event.ctrlKey || event.altKey) return;
      const view = { f: 'front', b: 'back', l: 'left', r: 'right' }[event.key.toLowerCase()];
      if (view && isViewPreset(view)) {
        atlasStore.getState().setView(view);
        event.preventDefault();
        return;
      }
      if (event.key.toLowerCase() === 'x' && atlasStore.getState().mode !== 'quiz') {
        // The x-ray button's shortcut (quizzes keep the skin as it is).
        atlasStore.getState().setXray(!atlasStore.getState().xray);
        event.preventDefault();
        return;
      }
      if (handleCameraKey(event, camera, c.target)) {
        atlasStore.getState().noteHandMove();
        c.update();
        invalidate();
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [camera, invalidate]);

  useFrame((_, delta) => {
    const m = move.current;
    const c = controls.current;
    if (!m || !c) return;
    m.t = Math.min(1, m.t + delta / EASE_SECONDS);
    const k = m.t * m.t * (3 - 2 * m.t);
    camera.position.lerpVectors(m.from, m.to, k);
    c.target.lerpVectors(m.fromTarget, m.toTarget, k);
    c.update();
    if (m.t >= 1) move.current = null;
    invalidate();
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={false}
      minDistance={0.35}
      maxDistance={7}
      minPolarAngle={0.15}
      maxPolarAngle={Math.PI - 0.15}
      zoomToCursor
      onStart={() => atlasStore.getState().noteHandMove()}
      onChange={() => {
        const c = controls.current;
        if (!c) return;
        c.target.clamp(TARGET_MIN, TARGET_MAX);
        // The view buttons and the link follow the camera (the nearest preset within 45 degrees).
        const azimuth = Math.atan2(camera.position.x - c.target.x, camera.position.z - c.target.z);
        atlasStore.getState().setFacing(presetOfAzimuth(azimuth));
      }}
    />
  );
}
