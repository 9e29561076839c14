/**
 * The bench's baseline: the smallest honest three.js page that shows the same body. It loads
 * body.glb with GLTFLoader and the bundled meshopt decoder, draws one frame with a plain renderer
 * (same canvas options and camera as the app's front view, no lights, no UI) and then sets
 * `data-atlas-ready` on the next animation frame, exactly when the app signals its own readiness.
 */
import { Color, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

const renderer = new WebGLRenderer({ antialias: true, powerPreference: 'high-performance' });
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);

const scene = new Scene();
scene.background = new Color('#eef1f4');
const camera = new PerspectiveCamera(30, window.innerWidth / window.innerHeight, 0.05, 30);
// The app's front view: 4.3 m from (0, 0.93, 0), slightly from above.
const len = Math.hypot(0, 0.08, 1);
camera.position.set(0, 0.93 + (0.08 / len) * 4.3, (1 / len) * 4.3);
camera.lookAt(0, 0.93, 0);

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const gltf = await loader.loadAsync(`${import.meta.env.BASE_URL}models/body.glb`);
scene.add(gltf.scene);
renderer.render(scene, camera);
requestAnimationFrame(() => {
  document.documentElement.dataset.atlasReady = 'true';
});
