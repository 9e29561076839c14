/**
 * The page's one WebGL context, and whether the 3D view can draw at all.
 *
 * The context is made once, only when the 3D view is about to draw (the body has loaded), and
 * then handed to the renderer. On CPU-rendered WebGL, making a context while the browser's GPU
 * process is still busy with the page's first frames blocked the page for 150-700 ms; a second
 * later it takes a few milliseconds. Until then the app trusts the API's presence, and switches
 * to its list mode if the context is refused.
 */

/** The canvas the 3D view draws into, with its context. */
export interface WebGLSurface {
  readonly canvas: HTMLCanvasElement;
  readonly context: WebGL2RenderingContext;
}

let surface: WebGLSurface | null | undefined;

/**
 * Attributes the renderer needs, fixed when the context is made: antialiased edges and no
 * stencil, as three.js would ask for; a transparent canvas, so the page's own background shows
 * until the first frame rather than a black box.
 */
const ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
};

/**
 * The canvas and its WebGL 2 context, made on the first call; null where WebGL 2 is refused
 * (three.js needs WebGL 2).
 */
export function webglSurface(): WebGLSurface | null {
  if (surface !== undefined) return surface;
  try {
    const canvas = document.createElement('canvas');
    canvas.style.display = 'block';
    const context = canvas.getContext('webgl2', ATTRIBUTES);
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
