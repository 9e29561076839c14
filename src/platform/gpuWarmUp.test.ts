import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's Worker: records what was started and lets the test answer. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: (() => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
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
    FakeWorker.started[0]!.onmessage?.();
    expect(await settled(gpuWarmedUp())).toBe(true);
    expect(FakeWorker.started[0]!.terminated).toBe(true);
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
