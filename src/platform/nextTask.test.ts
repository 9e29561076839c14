import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, runStepsInTasks } from './nextTask';

/** Whether `promise` has settled once the microtasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe('running steps between tasks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs one step per task and resolves with the result', async () => {
    const ran: number[] = [];
    function* work() {
      ran.push(1);
      yield;
      ran.push(2);
      yield;
      ran.push(3);
      return 'done';
    }
    const result = runStepsInTasks(work());
    expect(ran).toEqual([1]);
    await vi.runOnlyPendingTimersAsync();
    expect(ran).toEqual([1, 2]);
    expect(await settled(result)).toBe(false);
    await vi.runOnlyPendingTimersAsync();
    expect(ran).toEqual([1, 2, 3]);
    await expect(result).resolves.toBe('done');
  });

  it('rejects with the error of the step that throws', async () => {
    function* work(): Generator<void, never, void> {
      yield;
      throw new Error('bad pass');
    }
    const result = runStepsInTasks(work());
    const caught = result.catch((error: Error) => error.message);
    await vi.runOnlyPendingTimersAsync();
    expect(await caught).toBe('bad pass');
  });
});

describe('waiting for the next frame', () => {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('resolves in a task after the frame, not in the frame itself', async () => {
    const waited = afterNextFrame(200);
    expect(await settled(waited)).toBe(false);
    frames[0]!();
    expect(await settled(waited)).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(await settled(waited)).toBe(true);
  });

  it('gives up after its limit where no frame comes (a hidden page), and drops the frame it asked for', async () => {
    const waited = afterNextFrame(200);
    await vi.advanceTimersByTimeAsync(199);
    expect(await settled(waited)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waited)).toBe(true);
    expect(frames).toHaveLength(1);
  });
});
