/**
 * The live 3D view's renderer, scene and camera, for pictures drawn with the page's one WebGL
 * context (the drawing's exports) instead of a second one.
 */
import { useThree, type RootState } from '@react-three/fiber';
import { useEffect } from 'react';

let readLive: (() => RootState) | null = null;

/** The live view's state, or null while no view is mounted. */
export function liveView(): RootState | null {
  return readLive?.() ?? null;
}

/** Registers the view it is mounted in as the live one (render once, inside the Canvas). */
export function LiveViewHandle(): null {
  const get = useThree((s) => s.get);
  useEffect(() => {
    readLive = get;
    return () => {
      if (readLive === get) readLive = null;
    };
  }, [get]);
  return null;
}
