/**
 * Synchronous questions three.js's renderer asks its context as it sets up (the extensions it
 * enables, the shader precisions), asked ahead a group at a time, each group once the GPU process
 * has caught up. Each of them can wait for the GPU process on the main thread, and on
 * CPU-rendered WebGL that process is busy drawing the page's frames: asked together inside the
 * renderer's set-up they made one long task. The browser keeps these answers (an enabled
 * extension, a precision format), so the set-up then finds them answered.
 */
import { gpuCaughtUp } from './gpuFence';

/** Extensions three.js enables or checks while it sets up (WebGLExtensions.init, WebGLCapabilities). */
const RENDERER_EXTENSIONS = [
  'EXT_color_buffer_float',
  'WEBGL_clip_cull_distance',
  'OES_texture_float_linear',
  'EXT_color_buffer_half_float',
  'WEBGL_multisampled_render_to_texture',
  'WEBGL_render_shared_exponent',
  'EXT_texture_filter_anisotropic',
  'EXT_clip_control',
];

/** The longest wait for the GPU process over all the groups; past it the questions wait themselves. */
const GPU_WAIT_MAX_MS = 400;

/** The questions, in groups asked together (each answer is quick once the GPU process is free). */
function questionGroups(gl: WebGL2RenderingContext): (() => unknown)[][] {
  return [
    RENDERER_EXTENSIONS.map((name) => () => gl.getExtension(name)),
    [
      () => gl.getShaderPrecisionFormat(gl.VERTEX_SHADER, gl.HIGH_FLOAT),
      () => gl.getShaderPrecisionFormat(gl.FRAGMENT_SHADER, gl.HIGH_FLOAT),
      () => gl.getShaderPrecisionFormat(gl.VERTEX_SHADER, gl.MEDIUM_FLOAT),
      () => gl.getShaderPrecisionFormat(gl.FRAGMENT_SHADER, gl.MEDIUM_FLOAT),
    ],
  ];
}

/** Asks the renderer's questions of `gl` ahead, a group per task once the GPU has caught up. */
export async function askContextAhead(gl: WebGL2RenderingContext): Promise<void> {
  const deadline = performance.now() + GPU_WAIT_MAX_MS;
  for (const group of questionGroups(gl)) {
    await gpuCaughtUp(gl, Math.max(0, deadline - performance.now())).catch(() => undefined);
    if (gl.isContextLost()) return;
    for (const ask of group) ask();
  }
}
