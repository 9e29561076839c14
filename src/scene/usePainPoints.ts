/** The pain drawing's points resolved on the skin (bad ones are skipped; the URL parser warned). */
import { useMemo } from 'react';
import { resolvePainPoint, type ResolvedPainPoint } from '../atlas/painPoints';
import type { OpenAtlas } from '../atlas/openAtlas';
import { useAtlasStore } from '../hooks/useAtlasStore';

/** Resolves each point, keeping its index in the drawing. */
export function resolvePainPoints(points: readonly string[], atlas: OpenAtlas): { index: number; point: ResolvedPainPoint }[] {
  const out: { index: number; point: ResolvedPainPoint }[] = [];
  points.forEach((text, index) => {
    try {
      out.push({ index, point: resolvePainPoint(text, atlas) });
    } catch {
      // A point that does not resolve (far off the body) is dropped from the drawing.
    }
  });
  return out;
}

/** The current drawing, resolved on `atlas`. */
export function usePainPoints(atlas: OpenAtlas | null) {
  const points = useAtlasStore((s) => s.painPoints);
  return useMemo(() => (atlas ? resolvePainPoints(points, atlas) : []), [atlas, points]);
}
