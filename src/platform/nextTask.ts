/**
 * Yielding to the browser between long steps, so input and painting can run in between (each
 * step then counts as a task of its own; a chain of promise callbacks would be one long task).
 */
import type { Steps } from '../atlas/steps';

/** Resolves in a new task, after whatever input or rendering the browser has waiting. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs work written as steps (atlas/steps.ts) one step per task; resolves with its result. */
export async function runStepsInTasks<T>(steps: Steps<T>): Promise<T> {
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
export function afterNextFrame(maxMs = 200): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cancelAnimationFrame(frame);
      resolve();
    }, maxMs);
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
