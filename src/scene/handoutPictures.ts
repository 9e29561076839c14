/**
 * The handout's pictures, drawn from the 3D body itself: the muscle's trigger points and zones
 * from the side they face and close up, the patient's pain drawing, and the stretch. Drawn once
 * with a small offscreen renderer (the handout has no live 3D view, so this is the page's only
 * WebGL context) and kept as PNG data URLs for printing; the context is released afterwards.
 */
import {
  ACESFilmicToneMapping, AmbientLight, BoxGeometry, Color, CylinderGeometry, DirectionalLight, HemisphereLight, Mesh, MeshBasicMaterial, MeshStandardMaterial,
  PerspectiveCamera, Quaternion, Scene, SphereGeometry, Vector3, WebGLRenderer, type BufferAttribute, type Object3D,
} from 'three';
import type { AtlasResources } from './atlasResources';
import { musclePattern } from '../atlas/musclePattern';
import { ESSENTIAL_ATTRIBUTE, SPILLOVER_ATTRIBUTE } from './skinMaterial';
import { framePattern, frameSpots, type FramedSpot, type Placement } from './frameRegion';
import { vertexNormal } from './surfaceFrame';
import { bodyRig } from './bodyRig';
import { poseSpecFor } from '../atlas/pose/musclePose';
import { solvePose } from '../atlas/pose/solvePose';
import { skinPositions } from '../atlas/pose/rig';
import { poseProps, type PropShape } from '../atlas/pose/props';
import type { Side, Vec3 } from '../atlas/types';
import type { HandoutPicture } from '../state/handout';

export type { HandoutPicture };

const WIDTH = 560;
const HEIGHT = 700;
const FOV = 30;

/** Draws the pictures of `muscleId` on `side` (and of `painSpots`, rest-pose points, if any). */
export function drawHandoutPictures(body: AtlasResources, muscleId: string, side: Side, painSpots: readonly Vec3[], stretchTitle: string | null): HandoutPicture[] {
  const pattern = musclePattern(body.atlas, muscleId, side);
  if (!pattern) return [];
  const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  // The live view's look (R3F's default tone mapping), so the zones print as they show.
  renderer.toneMapping = ACESFilmicToneMapping;
  renderer.setPixelRatio(1);
  renderer.setSize(WIDTH, HEIGHT, false);
  const scene = new Scene();
  scene.background = new Color('#ffffff');
  scene.add(new HemisphereLight('#f4f6fa', '#b9ab9f', 0.9), new AmbientLight('#ffffff', 0.15));
  for (const [position, intensity, colour] of [[[2.2, 3.2, 3.0], 1.6, '#fff6ee'], [[-3.0, 1.8, 1.6], 0.55, '#e6eeff'], [[0.5, 2.8, -3.5], 0.9, '#ffffff']] as const) {
    const light = new DirectionalLight(colour, intensity);
    light.position.set(position[0], position[1], position[2]);
    scene.add(light);
  }
  const camera = new PerspectiveCamera(FOV, WIDTH / HEIGHT, 0.05, 30);
  const { mesh } = body;
  const parent = body.scene.parent;
  scene.add(body.scene);
  const extras: Object3D[] = [];
  const add = (o: Object3D) => {
    extras.push(o);
    scene.add(o);
  };
  const clearExtras = () => {
    for (const o of extras.splice(0)) scene.remove(o);
  };
  const essential = mesh.geometry.getAttribute(ESSENTIAL_ATTRIBUTE) as BufferAttribute;
  const spillover = mesh.geometry.getAttribute(SPILLOVER_ATTRIBUTE) as BufferAttribute;
  const setZones = (on: boolean) => {
    (essential.array as Float32Array).set(on ? pattern.essential : new Float32Array(pattern.essential.length));
    (spillover.array as Float32Array).set(on ? pattern.spillover : new Float32Array(pattern.spillover.length));
    essential.needsUpdate = true;
    spillover.needsUpdate = true;
  };
  const shoot = (placement: Placement | null): string => {
    if (placement) {
      camera.position.set(...placement.position);
      camera.lookAt(new Vector3(...placement.target));
    }
    camera.updateMatrixWorld();
    renderer.render(scene, camera);
    return renderer.domElement.toDataURL('image/png');
  };
  const mark = (position: Vec3, normal: Vector3, colour: string, radius: number) => {
    const m = new Mesh(new SphereGeometry(radius, 16, 12), new MeshBasicMaterial({ color: colour }));
    m.position.set(...position).addScaledVector(normal, radius * 0.6);
    add(m);
  };
  const pictures: HandoutPicture[] = [];
  try {
    setZones(true);
    for (const tp of pattern.triggerPoints) mark(tp.position, vertexNormal(mesh, tp.vertex), '#141a22', 0.009);
    const aspect = WIDTH / HEIGHT;
    pictures.push({ id: 'pattern', caption: 'Where it hurts: main zone solid red, wider zone dotted; the dark dot is the trigger point.', url: shoot(framePattern(mesh, body.atlas.mesh.positions, pattern, { aspect })) });
    const tps: FramedSpot[] = pattern.triggerPoints.map((tp) => ({ vertex: tp.vertex, position: new Vector3(...tp.position), weight: 1 }));
    pictures.push({ id: 'close-up', caption: 'Where to find the trigger point (close up).', url: shoot(frameSpots(mesh, tps, { aspect, minRadius: 0.1 })) });
    clearExtras();
    if (painSpots.length > 0) {
      setZones(false);
      const spots: FramedSpot[] = painSpots.map((p) => {
        const vertex = nearestVertex(body.atlas.mesh.positions, p);
        mark(p, vertexNormal(mesh, vertex), '#1b5fa8', 0.012);
        return { vertex, position: new Vector3(...p), weight: 1 };
      });
      pictures.push({ id: 'drawing', caption: 'Your pain drawing (blue dots).', url: shoot(frameSpots(mesh, spots, { aspect, minRadius: 0.25 })) });
      clearExtras();
    }
    const spec = poseSpecFor(muscleId, 'stretch');
    if (spec) {
      setZones(true);
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
      for (const shape of poseProps(rig, posed, spec, side, solved)) add(propMesh(shape));
      const all: FramedSpot[] = [];
      for (let v = 0; v < posed.length / 3; v += 23) all.push({ vertex: v, position: new Vector3().fromArray(posed, v * 3), weight: 1 });
      const lying = ['supine', 'prone', 'side-lying', 'side-lying-down'].includes(spec.placement);
      const view = new Vector3(side === 'right' ? -0.45 : 0.45, lying ? 0.9 : 0.15, 1).normalize();
      pictures.push({ id: 'stretch', caption: `The stretch: ${stretchTitle ?? spec.title}.`, url: shoot(frameSpots(mesh, all, { aspect, minRadius: 0.3 }, () => view)) });
      bones.forEach((bone) => bone.quaternion.identity());
      bones[0]!.position.copy(rootRest);
      clearExtras();
    }
  } finally {
    setZones(false);
    scene.remove(body.scene);
    if (parent) parent.add(body.scene);
    renderer.dispose();
    renderer.forceContextLoss();
  }
  return pictures;
}

function nearestVertex(positions: Float32Array, p: Vec3): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let v = 0; v < positions.length / 3; v++) {
    const d = (positions[v * 3]! - p[0]) ** 2 + (positions[v * 3 + 1]! - p[1]) ** 2 + (positions[v * 3 + 2]! - p[2]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = v;
    }
  }
  return best;
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
