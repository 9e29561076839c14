/**
 * The handout's pictures, drawn from the 3D body itself: the muscle's trigger points and zones
 * from the side they face and close up, the patient's pain drawing, and the stretch. Drawn once
 * in the picture studio with a small offscreen renderer (the handout has no live 3D view, so this
 * is the page's only WebGL context) and kept as PNG data URLs for printing; the context is
 * released afterwards.
 */
import { BoxGeometry, CylinderGeometry, Mesh, MeshStandardMaterial, Quaternion, SphereGeometry, Vector3 } from 'three';
import type { AtlasResources } from './atlasResources';
import { musclePattern } from '../atlas/musclePattern';
import { framePattern, frameSpots, type FramedSpot, type Placement } from './frameRegion';
import { bodyRig } from './bodyRig';
import { poseSpecFor } from '../atlas/pose/musclePose';
import { solvePose } from '../atlas/pose/solvePose';
import { skinPositions } from '../atlas/pose/rig';
import { poseProps, type PropShape } from '../atlas/pose/props';
import type { Side, Vec3 } from '../atlas/types';
import type { HandoutPicture } from '../state/handout';
import { nearestVertex, openPictureStudio, releaseStillRenderer, stillRenderer } from './pictureStudio';

export type { HandoutPicture };

const WIDTH = 560;
const HEIGHT = 700;

/** Draws the pictures of `muscleId` on `side` (and of `painSpots`, rest-pose points, if any). */
export function drawHandoutPictures(body: AtlasResources, muscleId: string, side: Side, painSpots: readonly Vec3[], stretchTitle: string | null): HandoutPicture[] {
  const pattern = musclePattern(body.atlas, muscleId, side);
  if (!pattern) return [];
  const renderer = stillRenderer(WIDTH, HEIGHT);
  const aspect = WIDTH / HEIGHT;
  const studio = openPictureStudio(body, aspect);
  const { mesh } = body;
  const shoot = (placement: Placement | null): string => {
    studio.aim(placement);
    renderer.render(studio.scene, studio.camera);
    return renderer.domElement.toDataURL('image/png');
  };
  const pictures: HandoutPicture[] = [];
  try {
    studio.setZones(pattern);
    for (const tp of pattern.triggerPoints) studio.mark(tp.position, tp.vertex, '#141a22', 0.009);
    pictures.push({ id: 'pattern', caption: 'Where it hurts: main zone solid red, wider zone dotted; the dark dot is the trigger point.', url: shoot(framePattern(mesh, body.atlas.mesh.positions, pattern, { aspect })) });
    const tps: FramedSpot[] = pattern.triggerPoints.map((tp) => ({ vertex: tp.vertex, position: new Vector3(...tp.position), weight: 1 }));
    pictures.push({ id: 'close-up', caption: 'Where to find the trigger point (close up).', url: shoot(frameSpots(mesh, tps, { aspect, minRadius: 0.1 })) });
    studio.clearExtras();
    if (painSpots.length > 0) {
      studio.setZones(null);
      const spots: FramedSpot[] = painSpots.map((p) => {
        const vertex = nearestVertex(body.atlas.mesh.positions, p);
        studio.mark(p, vertex, '#1b5fa8', 0.012);
        return { vertex, position: new Vector3(...p), weight: 1 };
      });
      pictures.push({ id: 'drawing', caption: 'Your pain drawing (blue dots).', url: shoot(frameSpots(mesh, spots, { aspect, minRadius: 0.25 })) });
      studio.clearExtras();
    }
    const spec = poseSpecFor(muscleId, 'stretch');
    if (spec) {
      studio.setZones(pattern);
      const { rig } = bodyRig(mesh);
      const solved = solvePose(rig, body.atlas.mesh.positions, spec, side);
      const bones = mesh.skeleton.bones;
      const rootRest = bones[0]!.position.clone();
      bones.forEach((bone, i) => {
        const q = solved.pose.rotations[i]!;
        bone.quaternion.set(q[0], q[1], q[2], q[3]);
      });
      bones[0]!.position.set(rootRest.x + solved.pose.rootOffset[0], rootRest.y + solved.pose.rootOffset[1], rootRest.z + solved.pose.rootOffset[2]);
      const posed = skinPositions(rig, solved.matrices, body.atlas.mesh.positions);
      for (const shape of poseProps(rig, posed, spec, side, solved)) studio.add(propMesh(shape));
      const all: FramedSpot[] = [];
      for (let v = 0; v < posed.length / 3; v += 23) all.push({ vertex: v, position: new Vector3().fromArray(posed, v * 3), weight: 1 });
      const lying = ['supine', 'prone', 'side-lying', 'side-lying-down'].includes(spec.placement);
      const view = new Vector3(side === 'right' ? -0.45 : 0.45, lying ? 0.9 : 0.15, 1).normalize();
      pictures.push({ id: 'stretch', caption: `The stretch: ${stretchTitle ?? spec.title}.`, url: shoot(frameSpots(mesh, all, { aspect, minRadius: 0.3 }, () => view)) });
      studio.restPose();
      studio.clearExtras();
    }
  } finally {
    studio.close();
    releaseStillRenderer(renderer);
  }
  return pictures;
}

const PROP_COLOURS = { furniture: '#b9a58c', wall: '#dfe4ea', mat: '#7f9bb3', ball: '#d3c94a', strap: '#3f6f8f' } as const;

function propMesh(shape: PropShape): Mesh {
  const material = new MeshStandardMaterial({ color: PROP_COLOURS[shape.look], roughness: 0.9, transparent: shape.look === 'wall', opacity: shape.look === 'wall' ? 0.4 : 1 });
  if (shape.shape === 'sphere') {
    const m = new Mesh(new SphereGeometry(shape.radius, 20, 14), material);
    m.position.set(...shape.centre);
    return m;
  }
  if (shape.shape === 'box') {
    const m = new Mesh(new BoxGeometry(...shape.size), material);
    m.position.set(...shape.centre);
    m.rotation.y = (shape.yaw * Math.PI) / 180;
    return m;
  }
  const from = new Vector3(...shape.from);
  const to = new Vector3(...shape.to);
  const m = new Mesh(new CylinderGeometry(shape.radius, shape.radius, from.distanceTo(to), 8), material);
  m.position.copy(from.clone().lerp(to, 0.5));
  m.quaternion.copy(new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), to.clone().sub(from).normalize()));
  return m;
}
