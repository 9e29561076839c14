/** Ranked candidate muscles for the current pain drawing, derived from the store and the atlas. */
import { useMemo } from 'react';
import { bodyAreasOfDrawing, type BodyArea } from '../atlas/bodyAreas';
import { isLandmarkId } from '../atlas/landmarkNames';
import { findCandidates, type Candidate } from '../atlas/lookup';
import { useOpenAtlas } from '../hooks/useAtlasRuntime';
import { resolvePainPoints } from '../scene/usePainPoints';
import { useAtlasStore } from '../hooks/useAtlasStore';

/** The candidates (best first), how many points of the drawing resolved, and the body areas it touches. */
export function useCandidates(): { candidates: Candidate[]; resolved: number; ready: boolean; unplaced: string[]; areas: BodyArea[] } {
  const atlas = useOpenAtlas();
  const points = useAtlasStore((s) => s.painPoints);
  return useMemo(() => {
    if (!atlas) return { candidates: [], resolved: 0, ready: false, unplaced: [], areas: [] };
    const resolved = resolvePainPoints(points, atlas);
    const candidates = findCandidates(resolved.map((r) => r.point.spot), atlas.index, { top: 10 });
    // `explains` indexes the resolved list; map back to the drawing's own numbering.
    const drawingIndex = resolved.map((r) => r.index);
    return {
      candidates: candidates.map((c) => ({ ...c, explains: c.explains.map((i) => drawingIndex[i] ?? i) })),
      resolved: resolved.length,
      ready: true,
      areas: bodyAreasOfDrawing(
        resolved.map(({ point }) => (isLandmarkId(point.at) ? { landmark: point.at, position: point.position } : { position: point.position })),
        atlas.landmarks,
      ),
      unplaced: points.filter((_, i) => !resolved.some((r) => r.index === i)),
    };
  }, [atlas, points]);
}
