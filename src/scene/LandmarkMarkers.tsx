/**
 * Labelled landmark markers, for teaching anatomy and for checking landmark placement. A marker on
 * the far side of the body is hidden, so a view shows only the landmarks that face it.
 */
import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { Vector3 } from 'three';
import { useBody } from './bodyContext';
import { vertexNormal } from './surfaceFrame';
import { useFacingCamera } from './useFacingCamera';

const MARKER_RADIUS = 0.006;

/** Draws every landmark as a dot; with `labels`, its name beside it. */
export function LandmarkMarkers({ labels, filter }: { labels: boolean; filter?: (name: string) => boolean }) {
  const { atlas, mesh } = useBody();
  const { landmarks } = atlas;
  const entries = useMemo(
    () =>
      [...landmarks]
        .filter(([name]) => !filter || filter(name))
        .map(([name, { vertex, position }]) => ({ name, position: new Vector3(...position), normal: vertexNormal(mesh, vertex) })),
    [landmarks, mesh, filter],
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
