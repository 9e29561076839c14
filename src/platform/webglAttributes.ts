/**
 * Attributes the renderer needs, fixed when the context is made: antialiased edges and no
 * stencil, as three.js would ask for; a transparent canvas, so the page's own background shows
 * until the first frame rather than a black box. Shared by the page's context and the warm-up
 * one (gpuWarmUp.worker.ts), so the warm-up prepares the same kind of context.
 */
export const WEBGL_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
};
