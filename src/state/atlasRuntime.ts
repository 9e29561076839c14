/**
 * The one owner of the loaded atlas. It loads the body and its zones (through a loader the app
 * hands it, so this module stays free of three.js), makes the page's one WebGL surface once they
 * have arrived, publishes the opened atlas, and loads again when the user retries. The scene and
 * the lists read what it publishes; nothing else loads or holds the atlas.
 */
import type { OpenAtlas } from '../atlas/openAtlas';
import { bodyFileName, type BodyChoice } from '../atlas/bodies';
import { rebaseDrawing } from '../atlas/rebaseDrawing';
import { needsSkinSearch } from '../atlas/painPoints';
import { prepareNearestSkinPointSlice } from '../atlas/mesh';
import { nextTask } from '../platform/nextTask';
import { endGpuWarmUp, gpuCaughtUpForContext, gpuWarmedUp } from '../platform/gpuWarmUp';
import { hasWebGLApi, releaseWebglSurface, webglSurface, type WebGLSurface } from '../platform/webgl';
import { atlasStore } from './store';
import { MODEL_LOAD_FAILED, WEBGL_UNAVAILABLE } from './statusSlice';

/** What loading the body gives: which body, the opened atlas, plus whatever the 3D view draws it with. */
export interface LoadedBody {
  readonly choice: BodyChoice;
  readonly atlas: OpenAtlas;
}

/** Loads a body and the zones; `onProgress` gets the loaded fraction. */
export type BodyLoader = (choice: BodyChoice, onProgress: (fraction: number) => void) => Promise<LoadedBody>;

/** What the runtime publishes. */
export interface AtlasRuntimeState {
  /** The loaded body (with its opened atlas) once it has arrived, else null. */
  readonly body: LoadedBody | null;
  /** The page's WebGL surface, once made; null while loading and where WebGL is refused. */
  readonly surface: WebGLSurface | null;
}

/** Longest slice of preparing a new body's nearest-point search, ms. */
const SEARCH_SLICE_MS = 8;

let state: AtlasRuntimeState = { body: null, surface: null };
const listeners = new Set<() => void>();
let loader: BodyLoader | null = null;
let attempt = -1;
/** The body file the current run loads. */
let loading = '';

function publish(next: AtlasRuntimeState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/** The runtime's state now. */
export function getAtlasRuntime(): AtlasRuntimeState {
  return state;
}

/** The opened atlas now, or null while none is loaded. */
export function getOpenAtlas(): OpenAtlas | null {
  return state.body?.atlas ?? null;
}

/** Calls `listener` whenever the runtime publishes; returns the unsubscribe. */
export function subscribeAtlasRuntime(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Progress in quarters: every repaint during loading costs the page a frame, and on CPU-rendered
 * WebGL each frame keeps the browser's GPU process busy for a while.
 */
function reportProgress(fraction: number): void {
  atlasStore.getState().setProgress(Math.floor(fraction * 4) / 4);
}

/**
 * Starts loading with `load` (once; a later call with the same attempt does nothing) and again
 * on every retry of the store (`loadAttempt`) and every change of body (`bodyChoice`). Returns a
 * function that stops following them.
 */
export function startAtlasRuntime(load: BodyLoader): () => void {
  loader = load;
  const follow = () => {
    const { loadAttempt, bodyChoice } = atlasStore.getState();
    if (loadAttempt !== attempt || bodyFileName(bodyChoice) !== loading) void run(loadAttempt, bodyChoice);
  };
  follow();
  return atlasStore.subscribe(follow);
}

async function run(wanted: number, choice: BodyChoice): Promise<void> {
  attempt = wanted;
  loading = bodyFileName(choice);
  const load = loader!;
  const current = () => attempt === wanted && loading === bodyFileName(choice);
  try {
    // While another body loads, the one on screen stays (and keeps answering).
    const body = await load(choice, reportProgress);
    if (!current()) return;
    // The WebGL context first, in a task of its own while the page is still: making it waits
    // for the browser to finish presenting the current frame, and publishing the atlas repaints
    // every list. It waits for the GPU warm-up (platform/gpuWarmUp.ts), which pays the GPU
    // process's set-up off the main thread.
    let surface: WebGLSurface | null = state.surface;
    if (hasWebGLApi() && !surface) {
      await gpuWarmedUp();
      if (!current()) return;
      await gpuCaughtUpForContext();
      if (!current()) return;
      await nextTask();
      surface = webglSurface();
      endGpuWarmUp();
      if (!surface) atlasStore.getState().fail(WEBGL_UNAVAILABLE);
    }
    await nextTask();
    if (!current()) return;
    const previous = state.body;
    if (previous && previous.atlas.mesh !== body.atlas.mesh && atlasStore.getState().painPoints.some(needsSkinSearch)) {
      // Painted areas (and bare coordinates) are found on the new body by nearest-point searches
      // as soon as it is shown: its search grid is prepared first, a slice per task, rather than
      // built in one long task then (100-200 ms on this project's machines).
      while (!prepareNearestSkinPointSlice(body.atlas.mesh, SEARCH_SLICE_MS)) {
        await nextTask();
        if (!current()) return;
      }
    }
    if (previous && previous.atlas.mesh !== body.atlas.mesh) {
      // Each spot keeps its place on the mesh; its coordinates are read on the new body (just
      // before it is shown, so a drawing is never on a body other than the one published).
      atlasStore.getState().rebasePainPoints((points) => rebaseDrawing(points, previous.atlas.mesh, body.atlas.mesh));
    }
    publish({ body, surface });
    // Without a 3D view the lists answer on this body: it counts as the one shown.
    if (!surface) atlasStore.getState().markBodyDrawn(body.choice);
  } catch (error) {
    console.error('Atlas failed to load:', error);
    if (!current()) return;
    const shown = state.body;
    if (shown) {
      // A body switch that failed: the body on screen stays, and says so.
      loading = bodyFileName(shown.choice);
      atlasStore.getState().addNotice('That body could not be loaded (is the network down?); the body shown stays.');
      atlasStore.getState().setBodyChoice(shown.choice);
    } else atlasStore.getState().fail(MODEL_LOAD_FAILED);
  }
}

/**
 * Forgets the surface after its view has gone (unmounting loses the context on purpose: browsers
 * cap live contexts); {@link ensureAtlasSurface} makes a new one for the next view.
 */
export function releaseAtlasSurface(): void {
  releaseWebglSurface();
  if (state.surface) publish({ ...state, surface: null });
}

/** Makes the surface again, in a task of its own, for a view that mounts after one was released. */
export function ensureAtlasSurface(): void {
  if (state.surface || !state.body || !hasWebGLApi()) return;
  setTimeout(() => {
    if (state.surface || !state.body) return;
    const surface = webglSurface();
    if (surface) publish({ ...state, surface });
    else atlasStore.getState().fail(WEBGL_UNAVAILABLE);
  }, 0);
}
