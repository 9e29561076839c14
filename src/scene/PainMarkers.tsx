/**
 * The pain drawing on the body: a numbered pin on each painful spot (a painted area's pin at its
 * first stroke centre; its band is drawn on the skin by `PaintedAreas`), and the eraser's ring
 * while it wipes.
 */
import { Html } from '@react-three/drei';
import { useMemo, useSyncExternalStore } from 'react';
import { MeshBasicMaterial } from 'three';
import { nearestCorner, nearestSkinPoint } from '../atlas/mesh';
import type { Vec3 } from '../atlas/types';
import { useDrawingLookup } from '../hooks/useDrawingLookup';
import { useBody } from './bodyContext';
import { useSurfaceFrame } from './posedSurface';
import { getLiveStroke, subscribeLiveStroke } from './liveStroke';
import { facing } from './surfaceFrame';
import { useFacingCamera } from './useFacingCamera';

const ERASER_MATERIAL = new MeshBasicMaterial({ color: '#39424d', transparent: true, opacity: 0.55, depthWrite: false });

/** Pins for the pain points, and the eraser's ring. */
export function PainMarkers() {
  const { atlas } = useBody();
  const surface = useSurfaceFrame();
  const placed = useDrawingLookup()?.placed;
  const stroke = useSyncExternalStore(subscribeLiveStroke, getLiveStroke);
  const onSkin = useMemo(
    () => (position: Vec3, vertex: number) => {
      const normal = surface.normal(vertex);
      return { normal, position: surface.point(vertex, position).addScaledVector(normal, 0.0015), quaternion: facing(normal) };
    },
    [surface],
  );
  // Brush centres are model points off the mesh's exact surface: each is snapped once here.
  const snap = useMemo(
    () => (p: Vec3) => {
      const near = nearestSkinPoint(atlas.mesh, p);
      return onSkin(near.position, nearestCorner(atlas.mesh, near.surface));
    },
    [atlas, onSkin],
  );
  const pins = useMemo(
    () =>
      (placed ?? []).map(({ index, position, spot }) => ({
        index,
        ...('surface' in spot ? onSkin(position, nearestCorner(atlas.mesh, spot.surface)) : snap(position)),
      })),
    [placed, atlas, onSkin, snap],
  );
  const eraser = useMemo(() => {
    const last = stroke?.tool === 'erase' ? stroke.centres[stroke.centres.length - 1] : undefined;
    return last && stroke ? { ...onSkin(last.position, nearestCorner(atlas.mesh, last.surface)), radius: stroke.radius } : null;
  }, [stroke, atlas, onSkin]);
  const { objectRef, labelRef } = useFacingCamera(pins);
  if (surface.moving) return null;
  return (
    <group name="pain-markers">
      {eraser && (
        <mesh name="eraser-ring" position={eraser.position} quaternion={eraser.quaternion} material={ERASER_MATERIAL} renderOrder={4}>
          <ringGeometry args={[eraser.radius * 0.85, eraser.radius, 32]} />
        </mesh>
      )}
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
          <Html ref={labelRef(i) as (el: HTMLDivElement | null) => void} center zIndexRange={[1, 0]} style={{ pointerEvents: 'none' }}>
            <span className="pain-pin-label">{pin.index + 1}</span>
          </Html>
        </group>
      ))}
    </group>
  );
}
