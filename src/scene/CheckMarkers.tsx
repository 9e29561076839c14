/**
 * Where the lookup's checks ask the patient to press: an amber ring with its letter (A, B, C) on
 * each, the same letter the check carries in the panel, so "the spot marked on the body" is one
 * the patient can see.
 */
import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { MeshBasicMaterial } from 'three';
import { checkLetter } from '../atlas/askBack/checkLetter';
import { useDrawingLookup } from '../hooks/useDrawingLookup';
import { useSurfaceFrame } from './posedSurface';
import { facing } from './surfaceFrame';
import { useFacingCamera } from './useFacingCamera';


const LIFT = 0.002;
// Over the skin and the zones; opaque, so they sort with the (opaque) pain pins and are drawn
// before them: a pin on the same spot stays on top.
const RING = new MeshBasicMaterial({ color: '#b86e00', depthTest: false, depthWrite: false });
const HOLE = new MeshBasicMaterial({ color: '#fff8e6', depthTest: false, depthWrite: false });

/** One ring per check offered for the current drawing. */
export function CheckMarkers() {
  const checks = useDrawingLookup()?.checks;
  const surface = useSurfaceFrame();
  const marks = useMemo(
    () =>
      (checks ?? []).map((check) => {
        const normal = surface.normal(check.vertex);
        return {
          key: `${check.muscle}:${check.side}:${check.triggerPoint}`,
          position: surface.point(check.vertex, check.position).addScaledVector(normal, LIFT),
          normal,
          quaternion: facing(normal),
        };
      }),
    [surface, checks],
  );
  const { objectRef, labelRef } = useFacingCamera(marks);
  return (
    <group name="check-markers">
      {marks.map((mark, i) => (
        <group key={mark.key} ref={objectRef(i)} position={mark.position} quaternion={mark.quaternion}>
          <mesh renderOrder={4} material={RING}>
            <circleGeometry args={[0.016, 28]} />
          </mesh>
          <mesh position={[0, 0, 0.0006]} renderOrder={4.5} material={HOLE}>
            <circleGeometry args={[0.011, 28]} />
          </mesh>
          <Html ref={labelRef(i) as (el: HTMLDivElement | null) => void} center zIndexRange={[1, 0]} style={{ pointerEvents: 'none' }}>
            <span className="check-pin-label">{checkLetter(i)}</span>
          </Html>
        </group>
      ))}
    </group>
  );
}
