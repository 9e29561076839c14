/**
 * Turns touches on the skin into the pain drawing. A tap on the skin adds a spot, in or out of
 * pain mode and whether or not a muscle is selected (with its place on the mesh, so nothing
 * searches for it again); a tap on a visible 3D muscle selects it instead (`tapTargets`); a drag
 * turns the camera and a pinch zooms, never marking. In pain mode the brush and the eraser claim
 * a one-finger press that starts on the skin (the camera holds still meanwhile): the brush paints
 * an area along the drag (a tap paints one dab), the eraser wipes what it passes over; a drag
 * that starts off the body still turns the camera.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Raycaster, Vector2 } from 'three';
import { eraseDrawing } from '../atlas/eraseDrawing';
import { BRUSH_SIZES, MAX_AREA_SAMPLES, toMillimetres } from '../atlas/painPoints';
import { distance } from '../atlas/vec3';
import { atlasStore } from '../state/store';
import { loadLookupEngine } from '../state/lookupSelectors';
import { useBody } from './bodyContext';
import { setLiveStroke, type LiveStroke } from './liveStroke';
import { preparePickingWhenIdle, raycastSkin, type SkinPick } from './pickSurface';
import { useCanvasGestures } from './useCanvasGestures';
import { tapSelectsMuscle } from './tapTargets';

/** A new stroke centre every this share of the brush radius: the discs overlap into a band. */
const STROKE_STEP = 0.6;

/** Listens on the canvas for taps (always) and brush or eraser strokes (in pain mode). */
export function Picking() {
  const { atlas } = useBody();
  const skin = atlas.mesh;
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  // The gesture lives here between moves; the markers draw it through `liveStroke`.
  const stroke = useRef<LiveStroke | null>(null);
  // Whether this eraser gesture has wiped anything yet (its first wipe makes the undo step).
  const erased = useRef(false);

  // Build the picking grid when the browser is idle, not on the first tap.
  useEffect(() => preparePickingWhenIdle(skin), [skin]);

  // The lookup pipeline comes with the first spot: a press on the body starts fetching it, so it
  // is usually in by the time the press ends as a tap.
  useEffect(() => {
    const canvas = gl.domElement;
    const start = () => void loadLookupEngine().catch(() => undefined);
    canvas.addEventListener('pointerdown', start, { once: true });
    return () => canvas.removeEventListener('pointerdown', start);
  }, [gl]);

  const hitAt = useMemo(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    return (e: PointerEvent): SkinPick | undefined => {
      const rect = gl.domElement.getBoundingClientRect();
      ndc.set(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      const { posedSkin, poseReached } = atlasStore.getState();
      // While the body moves between poses nothing is under the finger for long: no pick.
      if (poseReached === null) return undefined;
      return raycastSkin(raycaster, skin, posedSkin?.mesh);
    };
  }, [gl, camera, skin]);

  const eraseAt = (hit: SkinPick, radius: number) => {
    const state = atlasStore.getState();
    const next = eraseDrawing(state.painPoints, hit.position, radius, (id) => atlas.landmarks.get(id)?.position);
    if (!next) return;
    if (!erased.current) state.beginErase();
    erased.current = true;
    state.erasePainPoints(next);
  };

  useCanvasGestures({
    onTap: (e) => {
      const { painMode, markTool } = atlasStore.getState();
      if ((painMode && markTool !== 'tap') || tapSelectsMuscle(e)) return;
      const hit = hitAt(e);
      if (hit) atlasStore.getState().addPainPoint({ kind: 'point', position: toMillimetres(hit.position), surface: hit.surface });
    },
    onDragStart: (e) => {
      const { painMode, markTool, brushSize } = atlasStore.getState();
      if (!painMode || markTool === 'tap') return false;
      const hit = hitAt(e);
      if (!hit) return false;
      const radius = BRUSH_SIZES[brushSize];
      stroke.current = { tool: markTool, radius, centres: [hit] };
      erased.current = false;
      if (markTool === 'erase') eraseAt(hit, radius);
      setLiveStroke(stroke.current);
      return true;
    },
    onDragMove: (e) => {
      const current = stroke.current;
      if (!current) return;
      const hit = hitAt(e);
      const last = current.centres[current.centres.length - 1]!;
      if (!hit || distance(hit.position, last.position) < current.radius * STROKE_STEP) return;
      if (current.tool === 'erase') {
        eraseAt(hit, current.radius);
        stroke.current = { ...current, centres: [hit] };
      } else if (current.centres.length < MAX_AREA_SAMPLES) {
        stroke.current = { ...current, centres: [...current.centres, hit] };
      }
      setLiveStroke(stroke.current);
    },
    onDragEnd: (_e, commit) => {
      const current = stroke.current;
      stroke.current = null;
      setLiveStroke(null);
      if (!commit || !current || current.tool !== 'paint' || current.centres.length === 0) return;
      const samples = current.centres.map((c) => toMillimetres(c.position));
      const radius = current.radius === BRUSH_SIZES.medium ? {} : { radius: current.radius };
      atlasStore.getState().addPainPoint({ kind: 'area', samples, ...radius });
    },
  });
  return null;
}
