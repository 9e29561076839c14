/** Marks the app ready once a frame with the body has actually been drawn. */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { atlasStore } from '../state/store';

/** Render inside the Suspense boundary, after the body, so it mounts only once the body has. */
export function ReadySignal() {
  const invalidate = useThree((s) => s.invalidate);
  const drawn = useRef(false);
  useEffect(() => invalidate(), [invalidate]);
  useFrame(() => {
    if (drawn.current) return;
    drawn.current = true;
    // useFrame runs just before this frame's render; the next animation frame comes after it.
    requestAnimationFrame(() => atlasStore.getState().markReady());
  });
  return null;
}
