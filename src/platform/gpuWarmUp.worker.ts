/**
 * Makes one throwaway WebGL 2 context off the main thread, so the browser sets up its GPU side
 * (the renderer's GPU channel, the GPU process's first context) here rather than inside the
 * page's own `getContext`, which would block the page meanwhile. See gpuWarmUp.ts.
 */
import { WEBGL_ATTRIBUTES } from './webglAttributes';

function warmUp(): boolean {
  try {
    const context = new OffscreenCanvas(1, 1).getContext('webgl2', WEBGL_ATTRIBUTES);
    // Give the GPU its memory back now rather than when the worker is collected.
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return context !== null;
  } catch {
    return false;
  }
}

postMessage(warmUp());
close();
