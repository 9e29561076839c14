/**
 * A studio for still pictures of the loaded body, drawn away from the live view (the handout's
 * pictures, the pain drawing's exports): a white scene lit as the live view is, the body borrowed
 * into it in its rest pose with the zone layer cleared, markers added on the skin, and a camera.
 * Closing puts everything back as it was (the body's place, pose and zones), so the live view
 * never sees the visit. The renderer is the caller's: `stillRenderer` for a page with no live
 * view, or the live one.
 */
import {
  ACESFilmicToneMapping, AmbientLight, Color, DirectionalLight, HemisphereLight, Mesh, MeshBasicMaterial, PerspectiveCamera, Scene,
  SphereGeometry, Vector3, WebGLRenderer, type BufferAttribute, type Material, type Object3D,
} from 'three';
import type { AtlasResources } from './atlasResources';
import { ESSENTIAL_ATTRIBUTE, SPILLOVER_ATTRIBUTE } from './skinMaterial';
import { vertexNormal } from './surfaceFrame';
import type { Placement } from './frameRegion';
import type { Vec3 } from '../atlas/types';

/** The zone layer to show: a pattern's per-vertex weights. */
export interface StudioZones {
  readonly essential: Float32Array;
  readonly spillover: Float32Array;
}

/** An open studio: add markers, aim, render with your renderer, then close. */
export interface PictureStudio {
  readonly scene: Scene;
  readonly camera: PerspectiveCamera;
  /** Adds an object to the scene until `clearExtras` or `close`. */
  add(object: Object3D): void;
  /** Removes (and disposes) the objects added so far. */
  clearExtras(): void;
  /** Paints a pattern's zones on the skin (null: none). */
  setZones(zones: StudioZones | null): void;
  /** A dot on the skin at `position` (rest pose), lifted off it along the normal at `vertex`. */
  mark(position: Vec3, vertex: number, colour: string, radius: number): void;
  /** Places the camera (null: where it is). */
  aim(placement: Placement | null): void;
  /** Puts every bone back in its rest orientation (after a pose picture). */
  restPose(): void;
  /** Gives the body back to where it was, with its pose and zones. */
  close(): void;
}

/** The skin as it is outside x-ray. */
const OPAQUE_SKIN = { transparent: false, opacity: 1, depthWrite: true };

/** The live view's lights (Lights.tsx), with a little ambient light so shadows print grey, not black. */
function addLights(scene: Scene): void {
  scene.add(new HemisphereLight('#f4f6fa', '#b9ab9f', 0.9), new AmbientLight('#ffffff', 0.15));
  for (const [position, intensity, colour] of [[[2.2, 3.2, 3.0], 1.6, '#fff6ee'], [[-3.0, 1.8, 1.6], 0.55, '#e6eeff'], [[0.5, 2.8, -3.5], 0.9, '#ffffff']] as const) {
    const light = new DirectionalLight(colour, intensity);
    light.position.set(position[0], position[1], position[2]);
    scene.add(light);
  }
}

/** Opens a studio around `body` for pictures of aspect `aspect` (width / height). */
export function openPictureStudio(body: AtlasResources, aspect: number, fov = 30): PictureStudio {
  const scene = new Scene();
  scene.background = new Color('#ffffff');
  addLights(scene);
  const camera = new PerspectiveCamera(fov, aspect, 0.05, 30);
  const { mesh } = body;
  const parent = body.scene.parent;
  const essential = mesh.geometry.getAttribute(ESSENTIAL_ATTRIBUTE) as BufferAttribute;
  const spillover = mesh.geometry.getAttribute(SPILLOVER_ATTRIBUTE) as BufferAttribute;
  const zonesBefore = { essential: (essential.array as Float32Array).slice(), spillover: (spillover.array as Float32Array).slice() };
  const bones = mesh.skeleton.bones;
  const poseBefore = bones.map((bone) => ({ quaternion: bone.quaternion.clone(), position: bone.position.clone() }));
  const extras: Object3D[] = [];
  // The live view may be in x-ray (useXray.ts: translucent skin, no depth writes); a still
  // picture always shows the opaque skin, and closing gives x-ray its material back.
  const skins: Material[] = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
  const skinBefore = skins.map((m) => ({ transparent: m.transparent, opacity: m.opacity, depthWrite: m.depthWrite }));
  const setSkin = (look: (typeof skinBefore)[number], i: number) => {
    const m = skins[i]!;
    if (m.transparent === look.transparent && m.opacity === look.opacity && m.depthWrite === look.depthWrite) return;
    Object.assign(m, look);
    m.needsUpdate = true;
  };

  const writeZones = (zones: StudioZones | null) => {
    (essential.array as Float32Array).set(zones ? zones.essential : new Float32Array(essential.count));
    (spillover.array as Float32Array).set(zones ? zones.spillover : new Float32Array(spillover.count));
    essential.needsUpdate = true;
    spillover.needsUpdate = true;
  };
  const restPose = () => {
    bones.forEach((bone) => bone.quaternion.identity());
    // With every joint at rest the body is its rest shape moved by the root's offset (a pose
    // may lift or lay it down): measure that offset on one vertex and take it back.
    const root = bones[0];
    if (!root) return;
    body.scene.updateMatrixWorld(true);
    const now = mesh.getVertexPosition(0, new Vector3());
    const rest = new Vector3().fromArray(body.atlas.mesh.positions, 0);
    root.position.sub(now.sub(rest));
  };
  const clearExtras = () => {
    for (const object of extras.splice(0)) {
      scene.remove(object);
      object.traverse((o) => {
        if (o instanceof Mesh) {
          o.geometry.dispose();
          (o.material as MeshBasicMaterial).dispose();
        }
      });
    }
  };

  scene.add(body.scene);
  skins.forEach((_m, i) => setSkin(OPAQUE_SKIN, i));
  writeZones(null);
  restPose();
  return {
    scene,
    camera,
    add: (object) => {
      extras.push(object);
      scene.add(object);
    },
    clearExtras,
    setZones: writeZones,
    mark: (position, vertex, colour, radius) => {
      const dot = new Mesh(new SphereGeometry(radius, 16, 12), new MeshBasicMaterial({ color: colour }));
      dot.position.set(...position).addScaledVector(vertexNormal(mesh, vertex), radius * 0.6);
      extras.push(dot);
      scene.add(dot);
    },
    aim: (placement) => {
      if (placement) {
        camera.position.set(...placement.position);
        camera.lookAt(new Vector3(...placement.target));
      }
      camera.updateMatrixWorld();
    },
    restPose,
    close: () => {
      clearExtras();
      (essential.array as Float32Array).set(zonesBefore.essential);
      (spillover.array as Float32Array).set(zonesBefore.spillover);
      essential.needsUpdate = true;
      spillover.needsUpdate = true;
      bones.forEach((bone, i) => {
        bone.quaternion.copy(poseBefore[i]!.quaternion);
        bone.position.copy(poseBefore[i]!.position);
      });
      skinBefore.forEach((look, i) => setSkin(look, i));
      scene.remove(body.scene);
      if (parent) parent.add(body.scene);
    },
  };
}

/** The vertex nearest to a point (straight-line, rest pose). */
export function nearestVertex(positions: Float32Array, p: Vec3): number {
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

/**
 * A small renderer of its own, for a page with no live 3D view (so still the page's only WebGL
 * context); release it with {@link releaseStillRenderer} as soon as the pictures are taken.
 */
export function stillRenderer(width: number, height: number): WebGLRenderer {
  const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  // The live view's look (R3F's default tone mapping), so the zones print as they show.
  renderer.toneMapping = ACESFilmicToneMapping;
  renderer.setPixelRatio(1);
  renderer.setSize(width, height, false);
  return renderer;
}

/** Frees a still renderer and its WebGL context at once (browsers cap live contexts). */
export function releaseStillRenderer(renderer: WebGLRenderer): void {
  renderer.dispose();
  renderer.forceContextLoss();
}
