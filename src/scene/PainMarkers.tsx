/** The pain drawing on the body: a numbered pin where each painful spot was marked. */
import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { Vector3 } from 'three';
import { nearestCorner } from '../atlas/mesh';
import { useBody } from './bodyContext';
import { facing, vertexNormal } from './surfaceFrame';
import { usePainPoints } from './usePainPoints';
import { useFacingCamera } from './useFacingCamera';

/** Pins for the pain points. */
export function PainMarkers() {
  const { mesh, atlas } = useBody();
  const points = usePainPoints(atlas);
  const pins = useMemo(
    () =>
      points.map(({ index, point }) => {
        const spot = point.spot;
        const vertex = 'surface' in spot ? nearestCorner(atlas.mesh, spot.surface) : 0;
        const normal = vertexNormal(mesh, vertex);
        return { index, normal, position: new Vector3(...point.position).addScaledVector(normal, 0.002), quaternion: facing(normal) };
      }),
    [points, mesh, atlas],
  );
  const { objectRef, labelRef } = useFacingCamera(pins);
  return (
    <group name="pain-markers">
      {pins.map((pin, i) => (
        <group key={pin.index} ref={objectRef(i)} position={pin.position} quaternion={pin.quaternion}>
          <mesh renderOrder={5}>
            <circleGeometry args={[0.011, 24]} />
            <meshBasicMaterial color="#ffffff" />
          </mesh>
          <mesh position={[0, 0, 0.0008]} renderOrder={6}>
            <circleGeometry args={[0.0085, 24]} />
            <meshBasicMaterial color="#1b5fa8" />
          </mesh>
          <Html ref={labelRef(i) as (el: HTMLDivElement | null) => void} center zIndexRange={[20, 0]} style={{ pointerEvents: 'none' }}>
            <span className="pain-pin-label">{pin.index + 1}</span>
          </Html>
        </group>
      ))}
    </group>
  );
}
