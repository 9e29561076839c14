/** Marks the app ready once a frame with the body has actually been drawn, and says which body. */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { atlasStore } from '../state/store';
import { useBody } from './bodyContext';

/** Render inside the Suspense boundary, after the body, so it mounts only once the body has. */
export function ReadySignal() {
  const invalidate = useThree((s) => s.invalidate);
  const { choice } = useBody();
  // The body whose first frame has been drawn (a body switch draws a new one).
  const drawn = useRef<typeof choice | null>(null);
  useEffect(() => invalidate(), [invalidate, choice]);
  useFrame(() => {
    if (drawn.current === choice) return;
    drawn.current = choice;
    // useFrame runs just before this frame's render; the next animation frame comes after it.
    requestAnimationFrame(() => {
      atlasStore.getState().markReady();
      atlasStore.getState().markBodyDrawn(choice);
    });
  });
  return null;
}
