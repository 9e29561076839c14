/**
 * The one canvas of the app, hosting an R3F root on the page's WebGL surface.
 *
 * R3F's <Canvas> would make its own canvas and context and register all of three.js; this host
 * mounts the page's one WebGL surface (made by the atlas runtime, see platform/webgl.ts), registers only the classes the scene
 * uses, and turns a renderer or scene failure into the app's readable error instead of an
 * unmounted page.
 */
import { createRoot, events, extend, type ReconcilerRoot, type RenderProps, type RootState, type RootStore, type Size } from '@react-three/fiber';
import { Component, startTransition, useInsertionEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { atlasStore } from '../state/store';
import { RENDER_FAILED } from '../state/statusSlice';
import type { WebGLSurface } from '../platform/webgl';
import { releaseAtlasSurface } from '../state/atlasRuntime';
import { THREE_CATALOGUE } from './threeCatalogue';
import { afterNextFrame, nextTask } from '../platform/nextTask';
import { gpuCaughtUp } from '../platform/gpuFence';
import { askContextAhead } from '../platform/askContextAhead';

extend(THREE_CATALOGUE);

/** The longest wait for the GPU process before the renderer's set-up; past it the set-up just waits itself. */
const GPU_WAIT_MAX_MS = 1000;

/** What the scene needs from the root: everything R3F's props offer except the renderer's own. */
export type SceneSettings = Omit<RenderProps<HTMLCanvasElement>, 'gl' | 'size' | 'events' | 'onCreated'>;

interface SceneCanvasProps {
  surface: WebGLSurface;
  settings: SceneSettings;
  className: string;
  label: string;
  children: ReactNode;
}

/** Reports an error thrown while building or drawing the scene, then draws nothing. */
class SceneFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    console.error('3D view failed:', error);
    atlasStore.getState().fail(RENDER_FAILED);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/** Measures an element's box (in CSS pixels) and follows its changes. */
function useBoxSize(ref: React.RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current!;
    const measure = () => {
      const box = element.getBoundingClientRect();
      setSize((old) =>
        old && old.width === box.width && old.height === box.height && old.top === box.top && old.left === box.left
          ? old
          : { width: box.width, height: box.height, top: box.top, left: box.left },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** Hosts the scene; `children` are R3F elements. */
export function SceneCanvas({ surface, settings, className, label, children }: SceneCanvasProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const store = useRef<RootStore | null>(null);
  const started = useRef<Promise<void> | null>(null);
  const size = useBoxSize(hostRef);

  // The root ends with the host. An insertion effect, as in R3F's own canvas, because React's
  // development replay of layout effects must not tear the renderer down and rebuild it.
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
      // Unmounting loses the context on purpose (browsers cap live contexts): a later view makes
      // a new surface.
      releaseAtlasSurface();
    },
    [],
  );

  // The surface's canvas lives outside React; it joins the host for as long as the host exists.
  useLayoutEffect(() => {
    const { canvas } = surface;
    hostRef.current!.appendChild(canvas);
    // Telling the browser we will restore a lost context; three rebuilds its GPU state then, and
    // one new frame redraws the body.
    const onLost = (event: Event) => event.preventDefault();
    const onRestored = () => store.current?.getState().invalidate();
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      canvas.remove();
    };
  }, [surface]);

  useLayoutEffect(() => {
    if (!size || size.width === 0 || size.height === 0) return;
    // The first configuration makes the renderer: a task of its own, after the commit that
    // mounted this host. Every configuration waits for that task, so they stay in order.
    // Three's set-up makes synchronous WebGL calls, each of which waits for the GPU process to
    // finish what it is doing: on CPU-rendered WebGL, drawing the frame that showed this host
    // and setting the new context up (50-300 ms). So the set-up starts once that frame is out,
    // the renderer's questions have been asked ahead (platform/askContextAhead.ts) and the GPU
    // process has caught up, each waited for between tasks.
    // The wait only spares the main thread: if it fails, the set-up simply goes ahead.
    started.current ??= afterNextFrame()
      .then(() => askContextAhead(surface.context))
      .then(() => gpuCaughtUp(surface.context, GPU_WAIT_MAX_MS))
      .catch(() => undefined);
    root.current ??= createRoot(surface.canvas);
    const current = root.current;
    // A root unmounted meanwhile (the host went while waiting) is left alone.
    const live = () => root.current === current;
    started.current
      .then(async () => {
        if (!live()) return;
        await current.configure({
          ...settings,
          gl: { canvas: surface.canvas, context: surface.context, antialias: true, powerPreference: 'high-performance' },
          size,
          events,
          onCreated: (state: RootState) => {
            // Pointer events are read on the host, as R3F's own canvas does, so overlays inside
            // it (labels) share them.
            state.events.connect?.(hostRef.current!);
          },
        });
      })
      // The renderer's set-up and the scene's first mount are each long on CPU-rendered WebGL:
      // separate tasks keep the page responsive between them. R3F mounts a root's first content
      // synchronously, in one task however large; so the root first mounts an empty scene, and
      // the scene itself comes as an update in a transition, which React renders in slices with
      // the browser free in between.
      .then(nextTask)
      .then(() => {
        if (!live()) return;
        // The same boundary element both times, so React keeps its instance (and R3F runs
        // onCreated, connecting the events, on the empty mount).
        store.current ??= current.render(<SceneFailure>{null}</SceneFailure>);
        startTransition(() => {
          store.current = current.render(<SceneFailure>{children}</SceneFailure>);
        });
      })
      .catch((error: unknown) => {
        console.error('3D view could not start:', error);
        atlasStore.getState().fail(RENDER_FAILED);
      });
  });

  // Focusable, so a keyboard user can reach the view and turn it (the camera keys work from
  // anywhere outside text fields; here they also have a place to start from).
  return <div ref={hostRef} className={className} role="application" aria-roledescription="3D view" aria-label={label} tabIndex={0} style={{ overflow: 'hidden' }} />;
}
