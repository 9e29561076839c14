/**
 * The muscles as 3D bodies under the skin, one skinned mesh per muscle and side (see
 * muscleModels.ts). Built lazily: a selected muscle at once, all of them in small slices when
 * x-ray first turns on. Shown in x-ray (hovered lighter, selected bright); the selected muscle also
 * shows through the skin as a faint outline without x-ray, and through other muscles with it.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Group } from 'three';
import { nearestSkinPointReady, prepareNearestSkinPointSlice } from '../atlas/mesh';
import type { Side } from '../atlas/types';
import { atlasStore } from '../state/store';
import { useBody } from './bodyContext';
import { LOOK_MATERIALS, muscleLook, nearSideOf, OUTLINE_MATERIALS } from './muscleMaterials';
import { MuscleModels, SLICE_MS } from './muscleModels';
import { useXraySkin } from './useXray';

export type { MuscleLook } from './muscleMaterials';
export { MuscleModels } from './muscleModels';

/** Draws the muscles; render inside `BodyModel` (and inside `MusclePicking` to make them pickable). */
export function MuscleMeshes() {
  const body = useBody();
  const invalidate = useThree((s) => s.invalidate);
  const group = useRef<Group>(null);
  const models = useMemo(() => new MuscleModels(body), [body]);
  const xray = useXraySkin();
  // The side a side view looks at (see muscleLook), and how to redraw the looks when it changes.
  const nearSide = useRef<Side | null>(null);
  const redraw = useRef<() => void>(() => {});
  const looking = useMemo(() => new Vector3(), []);

  useFrame(({ camera }) => {
    if (!xray) return;
    camera.getWorldDirection(looking);
    const near = nearSideOf(looking.x, looking.y, looking.z, nearSide.current);
    if (near === nearSide.current) return;
    nearSide.current = near;
    redraw.current();
  });

  useEffect(() => {
    const root = group.current;
    if (!root) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      const s = atlasStore.getState();
      for (const model of models.built()) {
        if (!model.solid.parent) root.add(model.solid, model.ghost);
        const look = muscleLook(model.id, model.side, s, nearSide.current);
        model.solid.visible = look !== 'hidden';
        if (look !== 'hidden') model.solid.material = LOOK_MATERIALS[look];
        model.ghost.visible = s.selectedMuscle === model.id && s.selectedSide === model.side;
        model.ghost.material = s.xray ? OUTLINE_MATERIALS.xray : OUTLINE_MATERIALS.skin;
      }
      invalidate();
    };
    // Work run from timers is outside React's error boundary: a failure says so instead of
    // leaving the muscles silently missing.
    const guarded = (work: () => void) => () => {
      timer = undefined;
      try {
        work();
      } catch (error) {
        console.error('3D muscles failed:', error);
        atlasStore.getState().addNotice('The 3D muscles could not be built; the skin, the zones and the lists still work.');
      }
    };
    const buildSlice = guarded(() => {
      const done = models.buildFor(SLICE_MS);
      show();
      if (!done) timer = setTimeout(buildSlice, 0);
    });
    // The muscles are placed by nearest-point searches on this body's skin. A body just switched
    // to has no search grid yet (built in idle slices otherwise): it is prepared here a slice per
    // task, once the body itself has been drawn and a muscle is wanted, so the new body's first
    // frame waits neither for the grid (100-200 ms in one task) nor for the muscles.
    let ready = nearestSkinPointReady(body.atlas.mesh);
    const bodyDrawn = () => {
      const drawn = atlasStore.getState().drawnBody;
      return drawn?.body === body.choice.body && drawn.build === body.choice.build;
    };
    const prepare = guarded(() => {
      ready = prepareNearestSkinPointSlice(body.atlas.mesh, SLICE_MS);
      // The muscle is built in a task of its own, not after the last slice.
      timer = setTimeout(ready ? guarded(update) : prepare, 0);
    });
    const update = () => {
      const s = atlasStore.getState();
      if (!ready) {
        if (bodyDrawn() && (s.xray || s.selectedMuscle !== null)) timer ??= setTimeout(prepare, 0);
        return;
      }
      if (s.selectedMuscle) models.get(s.selectedMuscle, s.selectedSide);
      if (s.xray && !models.complete() && timer === undefined) timer = setTimeout(buildSlice, 0);
      show();
    };
    redraw.current = show;
    update();
    const unsubscribe = atlasStore.subscribe((s, prev) => {
      if (s.xray !== prev.xray || s.selectedMuscle !== prev.selectedMuscle || s.selectedSide !== prev.selectedSide || s.hoveredMuscle !== prev.hoveredMuscle || s.drawnBody !== prev.drawnBody) update();
    });
    // Who asks what has been built (the bench, tests) finds the models on the group.
    root.userData.muscleModels = models;
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
      redraw.current = () => {};
      delete root.userData.muscleModels;
      root.clear();
      models.dispose();
    };
  }, [models, invalidate, body]);

  return <group ref={group} name="muscles" />;
}
