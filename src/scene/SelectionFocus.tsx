/**
 * Eases the camera to show the selected muscle's trigger points and zones, on the right side; or
 * to show the painful spots: when a shared drawing opens with no muscle chosen, when the muscle's
 * panel closes over a drawing, and when the "focus" button asks.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { useBody } from './bodyContext';
import { useSurfaceFrame } from './posedSurface';
import { framePattern, frameSpots, type FramedSpot } from './frameRegion';
import { useSelectedPattern } from '../hooks/useDrawingLookup';
import { lookupEngineReady, selectDrawingLookup, subscribeLookupEngine } from '../state/lookupSelectors';
import { nearestCorner } from '../atlas/mesh';
import { VIEW_DIRECTIONS } from './views';
import { muscleSpan } from '../atlas/shapes/recipeAnchors';
import type { MuscleShapeRecipe } from '../atlas/shapes/shapeRecipe';

type ShapeRecipes = Readonly<Record<string, MuscleShapeRecipe>>;

/**
 * The muscles' shape recipes, so a muscle is framed whole (quadratus lumborum up to its rib, not
 * only its trigger points and zones). The 3D muscle needs the same chunk as soon as one is
 * selected, so waiting for it costs the framing no extra download.
 */
function useShapeRecipes(wanted: boolean): ShapeRecipes | null {
  const [recipes, setRecipes] = useState<ShapeRecipes | null>(null);
  useEffect(() => {
    if (!wanted || recipes) return;
    let live = true;
    import('../atlas/data/muscleShapes')
      .then((m) => m.MUSCLE_SHAPES)
      // Without them the zones and trigger points alone are framed.
      .catch(() => ({}))
      .then((loaded) => {
        if (live) setRecipes(loaded);
      });
    return () => {
      live = false;
    };
  }, [wanted, recipes]);
  return recipes;
}

/** Re-frames the camera whenever the selected pattern changes. */
export function SelectionFocus() {
  const { mesh, atlas } = useBody();
  const skin = atlas.mesh;
  const pattern = useSelectedPattern();
  const recipes = useShapeRecipes(pattern !== null);
  const muscleId = useAtlasStore((s) => s.selectedMuscle);
  const side = useAtlasStore((s) => s.selectedSide);
  const frameRequest = useAtlasStore((s) => s.frameDrawingRequest);
  // A reached pose is framed on the posed skin; the move itself is watched from where it started.
  const surface = useSurfaceFrame();
  // A shared drawing is framed once the lookup pipeline (loaded with the first spot) has placed it.
  const lookupReady = useSyncExternalStore(subscribeLookupEngine, lookupEngineReady);
  const framedDrawing = useRef(false);
  const hadPattern = useRef(false);
  const framedPattern = useRef(false);
  const patternFrom = useRef<Vector3 | undefined>(undefined);
  const lastRequest = useRef(0);
  const size = useThree((s) => s.size);
  // The canvas sits above any bottom sheet (phones) and between the side columns (wide screens),
  // so the whole canvas is visible.
  const aspect = size.width / Math.max(1, size.height);
  // What the view last framed, and how many hand moves of the camera there had been: opening a
  // muscle also opens its panel (and may fold the finder), which resizes the canvas a moment
  // later; a resize frames again until the user moves the camera themselves.
  const lastFraming = useRef<{ handMoves: number; inputs: readonly unknown[] }>({ handMoves: -1, inputs: [] });
  const handMoves = useAtlasStore((s) => s.handMoves);
  // Whether the link named a view (`?view=back`): only the link can have asked one before the scene mounts.
  const linkNamedView = useRef(atlasStore.getState().viewRequest > 0);
  useEffect(() => {
    if (surface.moving) return;
    const inputs = [pattern, frameRequest, lookupReady, surface, recipes] as const;
    const onlyResized = inputs.every((input, i) => input === lastFraming.current.inputs[i]);
    if (onlyResized && handMoves !== lastFraming.current.handMoves) return;
    lastFraming.current = { handMoves, inputs };
    if (surface.skin) {
      // A pose is about the whole posture: frame the whole body, from the front (and from above
      // when it lies down), so the patient sees what the text asks of them.
      const posed = surface.skin.positions;
      const spots: FramedSpot[] = [];
      for (let v = 0; v < posed.length / 3; v += 23) spots.push({ vertex: v, position: new Vector3().fromArray(posed, v * 3), weight: 1 });
      const state = atlasStore.getState();
      const view = new Vector3(0, surface.skin.lying ? 0.9 : 0.15, 1).normalize();
      const placement = frameSpots(mesh, spots, { aspect, minRadius: 0.3 }, () => view);
      if (placement) state.focusCamera(placement.position, placement.target);
      return;
    }
    if (pattern) {
      hadPattern.current = true;
      if (!recipes) return;
      const recipe = muscleId ? recipes[muscleId] : undefined;
      // The muscle's own span counts for what must be seen, not for the side it is seen from.
      const span = recipe ? muscleSpan(recipe, side, atlas).map(({ position, vertex }) => ({ vertex, position: new Vector3(...position), weight: 0 })) : [];
      // A link that names a view (?view=back) is looked at from there; later muscles from their own side.
      // (A re-framing after the panels settle keeps the direction of the framing it redoes.)
      if (!onlyResized) {
        const first = !framedPattern.current;
        framedPattern.current = true;
        patternFrom.current = first && linkNamedView.current ? new Vector3(...VIEW_DIRECTIONS[atlasStore.getState().view]).normalize() : undefined;
      }
      const placement = framePattern(mesh, skin.positions, pattern, { aspect }, span, patternFrom.current);
      if (placement) atlasStore.getState().focusCamera(placement.position, placement.target);
      return;
    }
    const state = atlasStore.getState();
    const lookup = selectDrawingLookup(state.painPoints, atlas, state.answers, state.askBack);
    if (!lookup) return;
    // At the start, a preset the link asked for wins over framing the drawing.
    const first = !framedDrawing.current;
    const closed = hadPattern.current;
    hadPattern.current = false;
    framedDrawing.current = true;
    if (first && state.viewRequest > 0) return;
    if (!first && !closed && frameRequest === lastRequest.current) return;
    lastRequest.current = frameRequest;
    const spots = lookup.placed;
    if (spots.length === 0) return;
    const framed = spots.map(({ spot, position }) => ({
      // A painted area faces where its first brush vertex faces (vertex 0 would always face front).
      vertex: 'surface' in spot ? nearestCorner(skin, spot.surface) : ([...spot.area][0]?.[0] ?? 0),
      position: new Vector3(...position),
      weight: 1,
    }));
    const placement = frameSpots(mesh, framed, { aspect, minRadius: 0.25 });
    if (placement) state.focusCamera(placement.position, placement.target);
    // A later resize (rotating a phone) re-frames only while the user has not moved the camera.
  }, [mesh, skin, atlas, pattern, frameRequest, lookupReady, surface, aspect, recipes, muscleId, side, handMoves]);
  return null;
}
