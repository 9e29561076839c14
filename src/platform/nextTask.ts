/**
 * Yielding to the browser between long steps, so input and painting can run in between (each
 * step then counts as a task of its own; a chain of promise callbacks would be one long task).
 */

/** Resolves in a new task, after whatever input or rendering the browser has waiting. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs work written as steps (atlas/steps.ts) one step per task; resolves with its result. */
export async function runStepsInTasks<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTask();
  }
}

/**
 * Resolves in a task after the browser has produced its next frame (or after `maxMs`, as a
 * hidden page produces none), so work started then does not race that frame's drawing.
 */
export function afterNextFrame(maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
