/**
 * Turns touches on the skin into the pain drawing. A tap on the skin adds a spot, in or out of
 * pain mode and whether or not a muscle is selected (with its place on the mesh, so nothing
 * searches for it again); a tap on a visible 3D muscle selects it instead (`tapTargets`); a drag
 * turns the camera and a pinch zooms, never marking. Brush (pain mode only): a one-finger drag
 * that starts on the skin paints an area (the camera holds still meanwhile); a drag that starts
 * off the body still turns the camera.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Raycaster, Vector2 } from 'three';
import { BRUSH_RADIUS, MAX_AREA_SAMPLES, toMillimetres } from '../atlas/painPoints';
import type { Vec3 } from '../atlas/types';
import { distance } from '../atlas/vec3';
import { atlasStore } from '../state/store';
import { useBody } from './bodyContext';
import { setLiveStroke } from './liveStroke';
import { preparePicking, raycastSkin, type SkinPick } from './pickSurface';
import { useCanvasGestures } from './useCanvasGestures';
import { tapSelectsMuscle } from './tapTargets';

/** A new stroke centre every this many metres: the brush discs overlap into a band. */
const STROKE_STEP = BRUSH_RADIUS * 0.6;

/** Listens on the canvas for taps (always) and brush strokes (in pain mode). */
export function Picking() {
  const skin = useBody().atlas.mesh;
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  // The stroke lives here between moves; the markers draw it through `liveStroke`.
  const stroke = useRef<Vec3[] | null>(null);

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

  const hitAt = useMemo(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    return (e: PointerEvent): SkinPick | undefined => {
      const rect = gl.domElement.getBoundingClientRect();
      ndc.set(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      return raycastSkin(raycaster, skin);
    };
  }, [gl, camera, skin]);

  useCanvasGestures({
    onTap: (e) => {
      const { painMode, brush } = atlasStore.getState();
      if ((painMode && brush) || tapSelectsMuscle(e)) return;
      const hit = hitAt(e);
      if (hit) atlasStore.getState().addPainPoint({ kind: 'point', position: toMillimetres(hit.position), surface: hit.surface });
    },
    onDragStart: (e) => {
      const { painMode, brush } = atlasStore.getState();
      if (!painMode || !brush) return false;
      const hit = hitAt(e);
      if (!hit) return false;
      stroke.current = [hit.position];
      setLiveStroke(stroke.current);
      return true;
    },
    onDragMove: (e) => {
      const samples = stroke.current;
      if (!samples || samples.length >= MAX_AREA_SAMPLES) return;
      const hit = hitAt(e);
      const last = samples[samples.length - 1]!;
      if (hit && distance(hit.position, last) >= STROKE_STEP) {
        samples.push(hit.position);
        setLiveStroke([...samples]);
      }
    },
    onDragEnd: (_e, commit) => {
      const samples = stroke.current;
      stroke.current = null;
      setLiveStroke(null);
      if (commit && samples && samples.length > 0) atlasStore.getState().addPainPoint({ kind: 'area', samples: samples.map(toMillimetres) });
    },
  });
  return null;
}
