/**
 * Work written as steps: a generator that yields between its passes, so the same code runs to
 * completion in one go (the CLI, the tests, a lookup that cannot wait) or one pass per task in
 * the page (each pass of the body's larger builds is tens of milliseconds on a phone).
 */

/** Work that yields between passes and returns `T` at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every remaining step now and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
