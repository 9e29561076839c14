/**
 * A small in-page API for end-to-end tests, the bench and screenshot scripts (tldraw-style): it
 * drives what a pointer would, without pixel-hunting. It exposes nothing private and changes
 * nothing by itself, and it ships only in the probes chunk (see TestProbes.tsx).
 */
type Vec3 = [number, number, number];

/** Hooks the app registers for tests. */
export interface AtlasTestApi {
  /** Places the camera at `position` looking at `target` (metres, model frame). */
  setCamera?: (position: Vec3, target: Vec3) => void;
  /** Where the camera was last asked to go (a framing or `setCamera`), or null. */
  cameraPlacement?: () => { position: Vec3; target: Vec3 } | null;
  /** Number of frames rendered so far (to check the on-demand loop idles). */
  frames?: () => number;
  /** Milliseconds since the last frame: the view is idle once this grows. */
  idleMs?: () => number;
  /** Frames in which the camera moved so far, and milliseconds since it last moved. */
  camera?: () => { changes: number; restMs: number };
  /** How often the drawing's lookup and the selected pattern have been computed. */
  lookupCounts?: () => { lookups: number; patterns: number };
  /**
   * Bench: median time (ms) of one raycast against the body, made the way a tap on the canvas
   * makes it, over `samples` seeded random screen rays inside the body's on-screen bounds that hit
   * the skin (`hits` of them were found); the median of rays there that miss it; and the time of
   * the page's first such raycast (which may build acceleration structures).
   */
  raycastTime?: (samples: number) => { medianMs: number; missMedianMs: number; hits: number; firstMs: number };
  /**
   * Where (client pixels) a landmark's vertex is drawn now, in the rest pose or a reached
   * self-care pose, and whether the skin there faces the camera.
   */
  landmarkScreenPoint?: (name: string) => { x: number; y: number; facing: boolean } | null;
  /** Bench: landmarks visible from the current camera, as client (CSS pixel) coordinates on the canvas. */
  visibleLandmarks?: () => { name: string; x: number; y: number }[];
  /** Bench: selects a muscle and side through the store, as a click in the UI would. */
  selectMuscle?: (id: string | null, side?: 'left' | 'right') => void;
  /** Bench: replaces the pain drawing through the store, as taps and undo would. */
  setPainPoints?: (points: string[]) => void;
  /**
   * Where (client pixels) a muscle side is the front-most muscle under the pointer (or, with
   * `covered`, where it lies behind another muscle); null if there is no such place on screen.
   */
  muscleScreenPoint?: (id: string, side: 'left' | 'right', covered?: boolean) => { x: number; y: number } | null;
  /** The muscles (x-ray) under a client-pixel point, nearest first. */
  musclesAt?: (x: number, y: number) => { id: string; side: 'left' | 'right' }[];
  /** How a muscle side is drawn now. */
  muscleLook?: (id: string, side: 'left' | 'right') => 'hidden' | 'normal' | 'dimmed' | 'hovered' | 'selected';
  /** The muscle under the pointer (hover highlight), or null. */
  hoveredMuscle?: () => string | null;
  /** Muscle meshes built so far (of `total`), their triangles and the time spent building them (ms). */
  muscleStats?: () => { built: number; total: number; triangles: number; buildMs: number };
}

declare global {
  interface Window {
    __atlasTest?: AtlasTestApi;
    /** Set by tests before the app starts, to load the probes (see TestProbes.tsx). */
    __atlasProbes?: boolean;
  }
}

/** Registers a hook on the test API; returns a function that removes it. */
export function registerTestHook<K extends keyof AtlasTestApi>(key: K, hook: NonNullable<AtlasTestApi[K]>): () => void {
  const api = (window.__atlasTest ??= {});
  api[key] = hook;
  return () => {
    if (api[key] === hook) delete api[key];
  };
}
