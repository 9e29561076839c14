/**
 * The props of the reached pose (chair, mat, bed, ball, wall, door frame, table, strap) as simple,
 * calm shapes; shown once the body has arrived, so nothing floats while it moves. They are placed
 * by the pose controller on the posed skin (atlas/pose/props.ts).
 */
import { MeshStandardMaterial, Quaternion, Vector3 } from 'three';
import { useAtlasStore } from '../hooks/useAtlasStore';
import type { PropLook, PropShape } from '../atlas/pose/props';

const LOOKS: Record<PropLook, MeshStandardMaterial> = {
  furniture: new MeshStandardMaterial({ color: '#b9a58c', roughness: 0.9 }),
  wall: new MeshStandardMaterial({ color: '#dfe4ea', roughness: 1, transparent: true, opacity: 0.4, depthWrite: false }),
  mat: new MeshStandardMaterial({ color: '#7f9bb3', roughness: 1 }),
  ball: new MeshStandardMaterial({ color: '#d3c94a', roughness: 0.7 }),
  strap: new MeshStandardMaterial({ color: '#3f6f8f', roughness: 0.8 }),
};
const UP = new Vector3(0, 1, 0);

/** Draws the reached pose's props. */
export function PoseProps() {
  const shapes = useAtlasStore((s) => s.posedSkin?.props);
  return (
    <group name="pose-props">
      {(shapes ?? []).map((shape, i) => (
        <PropMesh key={i} shape={shape} />
      ))}
    </group>
  );
}

function PropMesh({ shape }: { shape: PropShape }) {
  const material = LOOKS[shape.look];
  if (shape.shape === 'sphere') {
    return (
      <mesh position={shape.centre as [number, number, number]} material={material}>
        <sphereGeometry args={[shape.radius, 24, 16]} />
      </mesh>
    );
  }
  if (shape.shape === 'box') {
    return (
      <mesh position={shape.centre as [number, number, number]} rotation={[0, (shape.yaw * Math.PI) / 180, 0]} material={material} renderOrder={shape.look === 'wall' ? 2 : 0}>
        <boxGeometry args={shape.size as [number, number, number]} />
      </mesh>
    );
  }
  const from = new Vector3(...shape.from);
  const to = new Vector3(...shape.to);
  const length = from.distanceTo(to);
  const quaternion = new Quaternion().setFromUnitVectors(UP, to.clone().sub(from).normalize());
  return (
    <mesh position={from.clone().lerp(to, 0.5)} quaternion={quaternion} material={material}>
      <cylinderGeometry args={[shape.radius, shape.radius, length, 8]} />
    </mesh>
  );
}
