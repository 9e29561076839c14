import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's Worker: records what was started and lets the test answer. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  posted: { type: string; question?: number }[] = [];
  postMessage(message: { type: string; question?: number }) {
    this.posted.push(message);
  }
  /** The worker's answer to its latest question, delivered as a browser delivers messages. */
  answer() {
    const question = this.posted.filter((message) => message.type === 'caught-up?').at(-1)?.question;
    this.onmessage?.({ data: { type: 'caught-up', question } });
  }
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  terminate() {
    this.terminated = true;
  }
}

async function freshModule() {
  vi.resetModules();
  return import('./gpuWarmUp');
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('the GPU warm-up', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('OffscreenCanvas', class {});
    vi.stubGlobal('WebGL2RenderingContext', class {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts one module worker, once, and is done when it reports back', async () => {
    const { startGpuWarmUp, gpuWarmedUp } = await freshModule();
    startGpuWarmUp();
    startGpuWarmUp();
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]!.options.type).toBe('module');
    expect(await settled(gpuWarmedUp())).toBe(false);
    FakeWorker.started[0]!.onmessage?.({ data: { type: 'warm', ok: false } });
    expect(await settled(gpuWarmedUp())).toBe(true);
    // A worker that could make no context has nothing more to give.
    expect(FakeWorker.started[0]!.terminated).toBe(true);
  });

  it('keeps a warm worker until the page has its context, and asks it whether the GPU process has caught up', async () => {
    const { startGpuWarmUp, gpuWarmedUp, gpuCaughtUpForContext, endGpuWarmUp } = await freshModule();
    startGpuWarmUp();
    const worker = FakeWorker.started[0]!;
    worker.onmessage?.({ data: { type: 'warm', ok: true } });
    expect(await settled(gpuWarmedUp())).toBe(true);
    expect(worker.terminated).toBe(false);
    const caughtUp = gpuCaughtUpForContext();
    expect(worker.posted).toEqual([{ type: 'caught-up?', question: 0 }]);
    expect(await settled(caughtUp)).toBe(false);
    worker.answer();
    expect(await settled(caughtUp)).toBe(true);
    // The answer is not mistaken for the warm-up's report: the worker keeps its context.
    expect(worker.terminated).toBe(false);
    // A question still waiting when the warm-up ends is answered then.
    const waiting = gpuCaughtUpForContext();
    endGpuWarmUp();
    expect(await settled(waiting)).toBe(true);
    expect(worker.posted.at(-1)).toEqual({ type: 'end' });
    // Without the worker there is nothing to wait for.
    expect(await settled(gpuCaughtUpForContext())).toBe(true);
  });

  it('does not wait long for a worker that does not answer, nor keep its context for ever', async () => {
    const { startGpuWarmUp, gpuCaughtUpForContext } = await freshModule();
    startGpuWarmUp();
    const worker = FakeWorker.started[0]!;
    worker.onmessage?.({ data: { type: 'warm', ok: true } });
    const caughtUp = gpuCaughtUpForContext();
    await vi.advanceTimersByTimeAsync(650);
    expect(await settled(caughtUp)).toBe(true);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(worker.posted.at(-1)).toEqual({ type: 'end' });
  });

  it('is done when the worker fails', async () => {
    const { startGpuWarmUp, gpuWarmedUp } = await freshModule();
    startGpuWarmUp();
    FakeWorker.started[0]!.onerror?.();
    expect(await settled(gpuWarmedUp())).toBe(true);
  });

  it('never holds the page back longer than its time limit', async () => {
    const { startGpuWarmUp, gpuWarmedUp } = await freshModule();
    startGpuWarmUp();
    await vi.advanceTimersByTimeAsync(2000);
    expect(await settled(gpuWarmedUp())).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(await settled(gpuWarmedUp())).toBe(true);
    expect(FakeWorker.started[0]!.terminated).toBe(true);
  });

  it.each([
    ['workers cannot draw', 'OffscreenCanvas'],
    ['the page will make no WebGL 2 context', 'WebGL2RenderingContext'],
  ])('starts nothing, and waits for nothing, where %s', async (_, missing) => {
    vi.stubGlobal(missing, undefined);
    const { startGpuWarmUp, gpuWarmedUp } = await freshModule();
    startGpuWarmUp();
    expect(FakeWorker.started).toHaveLength(0);
    expect(await settled(gpuWarmedUp())).toBe(true);
  });

  it('waits for nothing when it was never started', async () => {
    const { gpuWarmedUp } = await freshModule();
    expect(await settled(gpuWarmedUp())).toBe(true);
  });
});
