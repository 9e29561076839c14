/**
 * The page's one WebGL context, and whether the 3D view can draw at all.
 *
 * The context is made once, only when the 3D view is about to draw (the body has loaded), and
 * then handed to the renderer. On CPU-rendered WebGL, making a context while the browser's GPU
 * process is still busy with the page's first frames blocked the page for 150-700 ms; a second
 * later it takes a few milliseconds; gpuWarmUp.ts now pays that wait in a worker first. Until
 * then the app trusts the API's presence, and switches to its list mode if the context is refused.
 */
import { WEBGL_ATTRIBUTES } from './webglAttributes';

/** The canvas the 3D view draws into, with its context. */
export interface WebGLSurface {
  readonly canvas: HTMLCanvasElement;
  readonly context: WebGL2RenderingContext;
}

let surface: WebGLSurface | null | undefined;

/**
 * The canvas and its WebGL 2 context, made on the first call; null where WebGL 2 is refused
 * (three.js needs WebGL 2).
 */
export function webglSurface(): WebGLSurface | null {
  if (surface !== undefined) return surface;
  try {
    const canvas = document.createElement('canvas');
    canvas.style.display = 'block';
    const context = canvas.getContext('webgl2', WEBGL_ATTRIBUTES);
    surface = context ? { canvas, context } : null;
  } catch {
    surface = null;
  }
  return surface;
}

/** Forgets the surface after its view has gone (its context is lost then); the next call makes a new one. */
export function releaseWebglSurface(): void {
  surface = undefined;
}

/** Whether this browser has the WebGL 2 API at all (cheap; it may still refuse a context). */
export function hasWebGLApi(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}
