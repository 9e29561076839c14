/**
 * Waiting for the GPU process without blocking the page: a fence is queued behind the commands
 * sent so far and its status polled between tasks (reading it never waits; the browser updates
 * it between tasks). Synchronous WebGL calls (getExtension, getParameter, a program's uniforms)
 * made while the GPU process is still busy wait for it on the main thread instead.
 */

const POLL_MS = 8;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the GPU process has worked through every command `gl` has sent, or after
 * `maxWaitMs` (the caller then simply goes on, and its next synchronous call waits itself).
 */
export async function gpuCaughtUp(gl: WebGL2RenderingContext, maxWaitMs: number, pollMs = POLL_MS): Promise<void> {
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!fence) return;
  gl.flush();
  try {
    for (const start = performance.now(); performance.now() - start < maxWaitMs; ) {
      if (gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED) return;
      await pause(pollMs);
    }
  } finally {
    gl.deleteSync(fence);
  }
}
