/**
 * Keyboard camera moves: arrows orbit, Shift+arrows pan, +/- zoom, anything else is not a camera
 * key. The view presets (F, B, L, R) are CameraRig's, so handleCameraKey must leave them alone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { PerspectiveCamera, Spherical, Vector3 } from 'three';
import { handleCameraKey } from './cameraKeys';

const STEP = Math.PI / 18;
const START = new Vector3(0, 0.93, 4.3);
const TARGET = new Vector3(0, 0.93, 0);

let camera: PerspectiveCamera;
let target: Vector3;

/** A key as the window gets it; only `key` and `shiftKey` matter here. */
function press(key: string, options: { shiftKey?: boolean } = {}): boolean {
  const handled = handleCameraKey({ key, shiftKey: false, ...options } as KeyboardEvent, camera, target);
  // The app renders after every handled key, which brings the camera's matrix up to date.
  camera.updateMatrix();
  camera.updateMatrixWorld();
  return handled;
}
const offset = () => camera.position.clone().sub(target);
const spherical = () => new Spherical().setFromVector3(offset());
/** The camera's right and up directions, as it sees them. */
const right = () => new Vector3().setFromMatrixColumn(camera.matrixWorld, 0);
const up = () => new Vector3().setFromMatrixColumn(camera.matrixWorld, 1);
/** The direction the camera looks. */
const looking = () => camera.getWorldDirection(new Vector3());

beforeEach(() => {
  camera = new PerspectiveCamera(30, 16 / 9, 0.01, 100);
  camera.position.copy(START);
  target = TARGET.clone();
  camera.lookAt(target);
  camera.updateMatrix();
  camera.updateMatrixWorld();
});

describe('handleCameraKey', () => {
  describe('arrows orbit around the target', () => {
    it('ArrowRight moves the camera to its right by 10°, keeping distance and height', () => {
      const rightBefore = right();
      expect(press('ArrowRight')).toBe(true);
      expect(offset().length()).toBeCloseTo(4.3, 9);
      expect(camera.position.y).toBeCloseTo(START.y, 9);
      expect(camera.position.clone().sub(START).dot(rightBefore)).toBeGreaterThan(0);
      expect(offset().angleTo(START.clone().sub(TARGET))).toBeCloseTo(STEP, 9);
      expect(target).toEqual(TARGET);
    });

    it('ArrowLeft moves it to its left, and undoes ArrowRight', () => {
      const rightBefore = right();
      press('ArrowLeft');
      expect(camera.position.clone().sub(START).dot(rightBefore)).toBeLessThan(0);
      press('ArrowRight');
      expect(camera.position.distanceTo(START)).toBeLessThan(1e-9);
    });

    it('comes back round after 36 steps', () => {
      for (let i = 0; i < 18; i++) press('ArrowRight');
      // Half way: behind the body.
      expect(camera.position.z).toBeCloseTo(-4.3, 9);
      for (let i = 0; i < 18; i++) press('ArrowRight');
      expect(camera.position.distanceTo(START)).toBeLessThan(1e-9);
    });

    it('ArrowUp looks from higher, ArrowDown from lower, by 10° each', () => {
      const phi = spherical().phi;
      expect(press('ArrowUp')).toBe(true);
      expect(spherical().phi).toBeCloseTo(phi - STEP, 9);
      expect(camera.position.y).toBeGreaterThan(START.y);
      expect(offset().length()).toBeCloseTo(4.3, 9);
      press('ArrowDown');
      press('ArrowDown');
      expect(spherical().phi).toBeCloseTo(phi + STEP, 9);
      expect(camera.position.y).toBeLessThan(START.y);
    });

    it('never goes over the top or under the feet', () => {
      for (let i = 0; i < 40; i++) press('ArrowUp');
      expect(spherical().phi).toBeCloseTo(0.15, 9);
      expect(camera.position.z).toBeGreaterThan(0);
      for (let i = 0; i < 40; i++) press('ArrowDown');
      expect(spherical().phi).toBeCloseTo(Math.PI - 0.15, 9);
      expect(camera.position.z).toBeGreaterThan(0);
    });

    it('keeps looking at the target', () => {
      for (const key of ['ArrowRight', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        press(key);
        expect(looking().angleTo(target.clone().sub(camera.position))).toBeLessThan(1e-6);
      }
    });

    it('orbits around a moved target', () => {
      target.set(0.3, 1.5, 0.1);
      camera.position.set(0.3, 1.5, 1.1);
      camera.lookAt(target);
      press('ArrowRight');
      expect(camera.position.distanceTo(target)).toBeCloseTo(1, 9);
      expect(camera.position.y).toBeCloseTo(1.5, 9);
      expect(target.toArray()).toEqual([0.3, 1.5, 0.1]);
    });
  });

  describe('Shift+arrows pan', () => {
    it.each([
      ['ArrowRight', 'right', 1],
      ['ArrowLeft', 'right', -1],
      ['ArrowUp', 'up', 1],
      ['ArrowDown', 'up', -1],
    ] as const)('Shift+%s moves camera and target 5 cm along the camera\'s %s (sign %d)', (key, axis, sign) => {
      const along = axis === 'right' ? right() : up();
      const before = offset();
      expect(press(key, { shiftKey: true })).toBe(true);
      const moved = target.clone().sub(TARGET);
      expect(moved.length()).toBeCloseTo(0.05, 9);
      expect(moved.dot(along)).toBeCloseTo(sign * 0.05, 9);
      // The view does not turn or zoom: the camera keeps its offset from the target.
      expect(offset().distanceTo(before)).toBeLessThan(1e-9);
    });

    it('pans in the camera\'s own directions after an orbit', () => {
      for (let i = 0; i < 9; i++) press('ArrowRight');
      // Now looking from the subject's left (+X): the camera's right is toward the back (-Z).
      press('ArrowRight', { shiftKey: true });
      expect(target.z).toBeCloseTo(-0.05, 6);
      expect(target.x).toBeCloseTo(0, 6);
    });

    it('pans back where it started', () => {
      press('ArrowUp', { shiftKey: true });
      press('ArrowRight', { shiftKey: true });
      press('ArrowDown', { shiftKey: true });
      press('ArrowLeft', { shiftKey: true });
      expect(target.distanceTo(TARGET)).toBeLessThan(1e-9);
      expect(camera.position.distanceTo(START)).toBeLessThan(1e-9);
    });
  });

  describe('+ and - zoom', () => {
    it.each(['+', '='])('%s comes 15% nearer along the line of sight', (key) => {
      expect(press(key)).toBe(true);
      expect(offset().length()).toBeCloseTo(4.3 * 0.85, 9);
      expect(offset().normalize().distanceTo(START.clone().sub(TARGET).normalize())).toBeLessThan(1e-9);
      expect(target).toEqual(TARGET);
    });

    it.each(['-', '_'])('%s goes back by the same factor', (key) => {
      expect(press(key)).toBe(true);
      expect(offset().length()).toBeCloseTo(4.3 / 0.85, 9);
      press('+');
      expect(camera.position.distanceTo(START)).toBeLessThan(1e-9);
    });

    it('zooms with Shift held, as + needs it on many keyboards', () => {
      expect(press('+', { shiftKey: true })).toBe(true);
      expect(offset().length()).toBeCloseTo(4.3 * 0.85, 9);
    });

    it('stops at 0.35 m in front and 7 m away', () => {
      for (let i = 0; i < 40; i++) press('+');
      expect(offset().length()).toBeCloseTo(0.35, 9);
      for (let i = 0; i < 40; i++) press('-');
      expect(offset().length()).toBeCloseTo(7, 9);
    });
  });

  describe('other keys', () => {
    const others = ['a', 'f', 'b', 'l', 'r', 'F', 'x', 'Enter', 'Escape', ' ', 'Tab', 'Home', 'End', 'PageUp', 'PageDown', '0', 'Shift', 'Dead', 'Unidentified', ''];
    it.each(others)('%j is not a camera key and changes nothing', (key) => {
      const position = camera.position.clone();
      const quaternion = camera.quaternion.clone();
      expect(press(key)).toBe(false);
      expect(press(key, { shiftKey: true })).toBe(false);
      expect(camera.position).toEqual(position);
      expect(camera.quaternion.toArray()).toEqual(quaternion.toArray());
      expect(target).toEqual(TARGET);
    });

    it('is case-sensitive about arrow names', () => {
      expect(press('arrowleft')).toBe(false);
      expect(camera.position).toEqual(START);
    });
  });
});
