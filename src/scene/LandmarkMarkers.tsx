/**
 * Labelled landmark markers, for teaching anatomy and for checking landmark placement. A marker on
 * the far side of the body is hidden, so a view shows only the landmarks that face it.
 */
import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Vector3, type Group } from 'three';
import { useBody } from './bodyContext';

const MARKER_RADIUS = 0.006;

/** Draws every landmark as a dot; with `labels`, its name beside it. */
export function LandmarkMarkers({ labels, filter }: { labels: boolean; filter?: (name: string) => boolean }) {
  const { landmarks, mesh } = useBody();
  const entries = useMemo(() => {
    const normal = mesh.geometry.getAttribute('normal');
    return [...landmarks]
      .filter(([name]) => !filter || filter(name))
      .map(([name, { vertex, position }]) => ({
        name,
        position: new Vector3(...position),
        normal: normal ? new Vector3().fromBufferAttribute(normal, vertex).normalize() : new Vector3(0, 0, 1),
      }));
  }, [landmarks, mesh, filter]);
  const groups = useRef<(Group | null)[]>([]);
  const labelRefs = useRef<(HTMLDivElement | null)[]>([]);
  const toCamera = useMemo(() => new Vector3(), []);
  useFrame(({ camera }) => {
    entries.forEach((entry, i) => {
      const group = groups.current[i];
      if (!group) return;
      toCamera.copy(camera.position).sub(entry.position);
      group.visible = toCamera.dot(entry.normal) > 0;
      // Html labels are DOM elements: the group's visibility does not reach them.
      const label = labelRefs.current[i];
      if (label) label.style.display = group.visible ? '' : 'none';
    });
  });
  return (
    <group name="landmarks">
      {entries.map((entry, i) => (
        <group key={entry.name} position={entry.position} ref={(g) => void (groups.current[i] = g)}>
          <mesh>
            <sphereGeometry args={[MARKER_RADIUS, 12, 8]} />
            <meshBasicMaterial color="#1b5fa8" />
          </mesh>
          {labels && (
            <Html ref={(el) => void (labelRefs.current[i] = el)} className="landmark-label" zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
              {entry.name}
            </Html>
          )}
        </group>
      ))}
    </group>
  );
}
