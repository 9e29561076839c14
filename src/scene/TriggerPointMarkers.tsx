/** Marks the selected muscle's trigger points with an "x", as the manuals do. */
import { useMemo } from 'react';
import { MeshBasicMaterial } from 'three';
import { facing } from './surfaceFrame';
import { useSurfaceFrame } from './posedSurface';
import { useFacingCamera } from './useFacingCamera';
import { useSelectedPattern } from '../hooks/useDrawingLookup';

const ARM = 0.019;
const THICKNESS = 0.0036;
/** Lifted off the skin so the flat mark does not cut into curved skin. */
const LIFT = 0.004;

// Drawn over the skin (no depth test); marks on the far side are hidden by useFacingCamera.
const OUTLINE = new MeshBasicMaterial({ color: '#ffffff', depthTest: false, transparent: true });
const INK = new MeshBasicMaterial({ color: '#141a22', depthTest: false, transparent: true });

/** One "x" per trigger point, lying on the skin. */
export function TriggerPointMarkers() {
  const pattern = useSelectedPattern();
  const surface = useSurfaceFrame();
  const marks = useMemo(
    () =>
      (pattern?.triggerPoints ?? []).map((tp) => {
        const normal = surface.normal(tp.vertex);
        const position = surface.point(tp.vertex, tp.position).addScaledVector(normal, LIFT);
        return { id: tp.id, position, normal, quaternion: facing(normal) };
      }),
    [surface, pattern],
  );
  const { objectRef } = useFacingCamera(marks);
  if (surface.moving) return null;
  return (
    <group name="trigger-points">
      {marks.map((mark, i) => (
        <group key={mark.id} ref={objectRef(i)} position={mark.position} quaternion={mark.quaternion}>
          {[Math.PI / 4, -Math.PI / 4].map((angle) => (
            <group key={angle} rotation={[0, 0, angle]}>
              <mesh renderOrder={10} material={OUTLINE}>
                <boxGeometry args={[ARM + 0.004, THICKNESS + 0.003, 0.0005]} />
              </mesh>
            </group>
          ))}
          {[Math.PI / 4, -Math.PI / 4].map((angle) => (
            <group key={angle} rotation={[0, 0, angle]}>
              <mesh renderOrder={11} material={INK}>
                <boxGeometry args={[ARM, THICKNESS, 0.0005]} />
              </mesh>
            </group>
          ))}
        </group>
      ))}
    </group>
  );
}
