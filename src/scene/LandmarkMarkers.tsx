/**
 * Labelled landmark markers, for teaching anatomy and for checking landmark placement. A marker on
 * the far side of the body is hidden, so a view shows only the landmarks that face it.
 */
import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { useBody } from './bodyContext';
import { useSurfaceFrame } from './posedSurface';
import { useFacingCamera } from './useFacingCamera';

const MARKER_RADIUS = 0.006;

/** Draws every landmark as a dot; with `labels`, its name beside it. */
export function LandmarkMarkers({ labels, filter }: { labels: boolean; filter?: (name: string) => boolean }) {
  const { atlas } = useBody();
  const surface = useSurfaceFrame();
  const { landmarks } = atlas;
  const entries = useMemo(
    () =>
      [...landmarks]
        .filter(([name]) => !filter || filter(name))
        .map(([name, { vertex, position }]) => ({ name, position: surface.point(vertex, position), normal: surface.normal(vertex) })),
    [landmarks, surface, filter],
  );
  const { objectRef, labelRef } = useFacingCamera(entries);
  return (
    <group name="landmarks">
      {entries.map((entry, i) => (
        <group key={entry.name} position={entry.position} ref={objectRef(i)}>
          <mesh>
            <sphereGeometry args={[MARKER_RADIUS, 12, 8]} />
            <meshBasicMaterial color="#1b5fa8" />
          </mesh>
          {labels && (
            <Html ref={labelRef(i)} className="landmark-label" zIndexRange={[1, 0]} style={{ pointerEvents: 'none' }}>
              {entry.name}
            </Html>
          )}
        </group>
      ))}
    </group>
  );
}
