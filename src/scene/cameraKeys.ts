/** Keyboard camera moves: arrows orbit, Shift+arrows pan, +/- zoom. */
import { Spherical, Vector3, type Camera } from 'three';

const ORBIT_STEP = Math.PI / 18;
const PAN_STEP = 0.05;
const ZOOM_FACTOR = 0.85;
const MIN_DISTANCE = 0.35;
const MAX_DISTANCE = 7;

/** Applies one key to the camera around `target`; returns whether the key was a camera key. */
export function handleCameraKey(event: KeyboardEvent, camera: Camera, target: Vector3): boolean {
  const offset = camera.position.clone().sub(target);
  const spherical = new Spherical().setFromVector3(offset);
  const right = new Vector3().setFromMatrixColumn(camera.matrix, 0);
  const up = new Vector3().setFromMatrixColumn(camera.matrix, 1);
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const sign = event.key === 'ArrowLeft' ? -1 : 1;
      if (event.shiftKey) {
        const pan = right.multiplyScalar(sign * PAN_STEP);
        target.add(pan);
        camera.position.add(pan);
        return true;
      }
      spherical.theta += sign * ORBIT_STEP;
      break;
    }
    case 'ArrowUp':
    case 'ArrowDown': {
      const sign = event.key === 'ArrowUp' ? 1 : -1;
      if (event.shiftKey) {
        const pan = up.multiplyScalar(sign * PAN_STEP);
        target.add(pan);
        camera.position.add(pan);
        return true;
      }
      spherical.phi = Math.min(Math.PI - 0.15, Math.max(0.15, spherical.phi - sign * ORBIT_STEP));
      break;
    }
    case '+':
    case '=':
      spherical.radius = Math.max(MIN_DISTANCE, spherical.radius * ZOOM_FACTOR);
      break;
    case '-':
    case '_':
      spherical.radius = Math.min(MAX_DISTANCE, spherical.radius / ZOOM_FACTOR);
      break;
    default:
      return false;
  }
  camera.position.copy(target).add(new Vector3().setFromSpherical(spherical));
  camera.lookAt(target);
  return true;
}
