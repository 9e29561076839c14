/**
 * The pain drawing on the body: a numbered pin on each painful spot, a translucent band over each
 * painted area (and over the stroke being painted).
 */
import { Html } from '@react-three/drei';
import { useMemo, useSyncExternalStore } from 'react';
import { MeshBasicMaterial, Vector3 } from 'three';
import { nearestCorner, nearestSkinPoint } from '../atlas/mesh';
import { BRUSH_RADIUS } from '../atlas/painPoints';
import type { Vec3 } from '../atlas/types';
import { useDrawingLookup } from '../hooks/useDrawingLookup';
import { useBody } from './bodyContext';
import { getLiveStroke, subscribeLiveStroke } from './liveStroke';
import { facing, vertexNormal } from './surfaceFrame';
import { useFacingCamera } from './useFacingCamera';

const AREA_MATERIAL = new MeshBasicMaterial({ color: '#1b5fa8', transparent: true, opacity: 0.28, depthWrite: false });

/** Pins for the pain points and bands for painted areas. */
export function PainMarkers() {
  const { mesh, atlas } = useBody();
  const placed = useDrawingLookup()?.placed;
  const stroke = useSyncExternalStore(subscribeLiveStroke, getLiveStroke);
  const onSkin = useMemo(
    () => (position: Vec3, vertex: number) => {
      const normal = vertexNormal(mesh, vertex);
      return { normal, position: new Vector3(...position).addScaledVector(normal, 0.0015), quaternion: facing(normal) };
    },
    [mesh],
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
      (placed ?? []).map(({ index, point, position, spot }) => ({
        index,
        ...('surface' in spot ? onSkin(position, nearestCorner(atlas.mesh, spot.surface)) : snap(position)),
        discs: point.kind === 'area' ? point.samples.map(snap) : [],
      })),
    [placed, atlas, onSkin, snap],
  );
  const live = useMemo(() => (stroke ?? []).map(snap), [stroke, snap]);
  const { objectRef, labelRef } = useFacingCamera(pins);
  return (
    <group name="pain-markers">
      {[...pins.flatMap((pin) => pin.discs), ...live].map((disc, i) => (
        <mesh key={`disc-${i}`} position={disc.position} quaternion={disc.quaternion} material={AREA_MATERIAL} renderOrder={4}>
          <circleGeometry args={[BRUSH_RADIUS * 0.9, 24]} />
        </mesh>
      ))}
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
