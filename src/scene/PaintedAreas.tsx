/**
 * The areas the patient painted, on the skin: each committed area and the stroke being painted,
 * measured over the skin with the lookup's own brush, written into the skin's painted-area
 * attribute. A vertex holds 1 - d / (2 r) for its distance d from the stroke, so the shader's
 * edge (the value one half) falls at the brush's rim, between vertices, and the band reads round
 * on a coarse mesh. Nothing is drawn per frame.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { BufferAttribute } from 'three';
import { nearestSkinPoint, vertexCount } from '../atlas/mesh';
import { areaRadius, brushDistances } from '../atlas/painPoints';
import type { SkinMesh, SurfacePoint } from '../atlas/types';
import { useDrawingLookup } from '../hooks/useDrawingLookup';
import { useBody } from './bodyContext';
import { getLiveStroke, subscribeLiveStroke } from './liveStroke';
import { PAINTED_ATTRIBUTE } from './skinMaterial';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { musclePattern } from '../atlas/musclePattern';

/** Keeps the skin's painted-area attribute in step with the drawing and the live stroke. */
export function PaintedAreas() {
  const { mesh, atlas } = useBody();
  const placed = useDrawingLookup()?.placed;
  const stroke = useSyncExternalStore(subscribeLiveStroke, getLiveStroke);
  const invalidate = useThree((s) => s.invalidate);
  // The committed areas change with the drawing only, not on every move of a stroke.
  const committed = useMemo(() => {
    const painted = new Float32Array(vertexCount(atlas.mesh));
    for (const { point } of placed ?? []) {
      if (point.kind !== 'area') continue;
      const centres = point.samples.map((sample) => nearestSkinPoint(atlas.mesh, sample).surface);
      paintBand(painted, atlas.mesh, centres, areaRadius(point));
    }
    return painted;
  }, [atlas, placed]);
  // Presentation compares a second muscle: its main zones drawn in the painted areas' blue.
  const compare = useAtlasStore((s) => (s.mode === 'present' ? s.compareMuscle : null));
  const side = useAtlasStore((s) => s.selectedSide);
  const compared = useMemo(() => (compare ? musclePattern(atlas, compare, side)?.essential ?? null : null), [atlas, compare, side]);
  useEffect(() => {
    const attribute = mesh.geometry.getAttribute(PAINTED_ATTRIBUTE) as BufferAttribute | undefined;
    if (!attribute) return;
    const painted = attribute.array as Float32Array;
    painted.set(committed);
    if (compared) for (let v = 0; v < painted.length; v++) painted[v] = Math.max(painted[v]!, compared[v]! >= 0.3 ? 0.5 + compared[v]! / 2 : compared[v]! * 1.6);
    if (stroke?.tool === 'paint') paintBand(painted, atlas.mesh, stroke.centres.map((c) => c.surface), stroke.radius);
    attribute.needsUpdate = true;
    invalidate();
  }, [mesh, atlas, committed, compared, stroke, invalidate]);
  return null;
}

/** Raises each vertex within twice the radius to 1 - d / (2 r) (the rim at one half). */
function paintBand(painted: Float32Array, mesh: SkinMesh, centres: readonly SurfacePoint[], radius: number): void {
  brushDistances(mesh, centres, radius * 2).forEach((d, vertex) => {
    painted[vertex] = Math.max(painted[vertex]!, 1 - d / (2 * radius));
  });
}
