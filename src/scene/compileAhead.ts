/**
 * Compiling an object's shaders before it is first drawn, without blocking the page.
 *
 * The first frame with the skinned body used to wait 70-150 ms on the main thread for the GPU
 * process to compile and link its program (three asks for the program's uniforms right after
 * linking, a synchronous round trip). Here the program is linked ahead of the frame
 * (`renderer.compileAsync`, which polls KHR_parallel_shader_compile where the browser has it),
 * then a fence is polled between tasks until the GPU process has worked through the compile
 * (SwiftShader, as on this project's test machines, lacks the extension); the frame then finds
 * the program ready.
 */
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import { gpuCaughtUp } from '../platform/gpuFence';

/** How long to wait for the GPU process at most: past it the first frame simply waits itself. */
const MAX_WAIT_MS = 3000;

/** Resolves once `object` (to be drawn in `scene` by `camera`) can be drawn without a compile stall. */
export async function compileAhead(renderer: WebGLRenderer, object: Object3D, camera: Camera, scene: Scene): Promise<void> {
  await renderer.compileAsync(object, camera, scene);
  const gl = renderer.getContext();
  if ('fenceSync' in gl) await gpuCaughtUp(gl, MAX_WAIT_MS);
}
