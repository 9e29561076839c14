/**
 * Makes one WebGL 2 context off the main thread, so the browser sets up its GPU side (the
 * renderer's GPU channel, the GPU process's first context) here rather than inside the page's
 * own `getContext`, which would block the page meanwhile. The context then stays until the page
 * has made its own: asked, it tells when the GPU process has caught up (a fence behind what it
 * has been sent), so the page makes its context while that process is free. See gpuWarmUp.ts.
 */
import { WEBGL_ATTRIBUTES } from './webglAttributes';
import { gpuCaughtUp } from './gpuFence';

const POLL_MS = 4;
const FENCE_WAIT_MAX_MS = 500;

let context: WebGL2RenderingContext | null = null;
try {
  context = new OffscreenCanvas(1, 1).getContext('webgl2', WEBGL_ATTRIBUTES);
} catch {
  context = null;
}
postMessage({ type: 'warm', ok: context !== null });

onmessage = async (event: MessageEvent<{ type: 'caught-up?'; question: number } | { type: 'end' }>) => {
  const message = event.data;
  if (message.type === 'caught-up?') {
    if (context && !context.isContextLost()) await gpuCaughtUp(context, FENCE_WAIT_MAX_MS, POLL_MS).catch(() => undefined);
    postMessage({ type: 'caught-up', question: message.question });
    return;
  }
  // Give the GPU its memory back now rather than when the worker is collected.
  context?.getExtension('WEBGL_lose_context')?.loseContext();
  close();
};
