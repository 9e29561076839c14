/**
 * Yielding to the browser between long steps, so input and painting can run in between (each
 * step then counts as a task of its own; a chain of promise callbacks would be one long task).
 */

/** Resolves in a new task, after whatever input or rendering the browser has waiting. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
