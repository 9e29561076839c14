/** A muscle's full text for a component: loaded on demand, re-rendering when it arrives. */
import { useEffect, useState } from 'react';
import type { MuscleData } from '../atlas/muscleSchema';
import { loadedMuscleText, loadMuscleText } from '../state/muscleCatalogue';

/** The text, `undefined` while it loads (or for no muscle), `'failed'` when it could not be loaded. */
export function useMuscleText(id: string | null): MuscleData | undefined | 'failed' {
  const [, rerender] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);
  const text = id === null ? undefined : loadedMuscleText(id);
  useEffect(() => {
    if (id === null || loadedMuscleText(id)) return;
    let live = true;
    loadMuscleText(id).then(
      () => live && rerender((n) => n + 1),
      () => live && setFailed(id),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (id !== null && failed === id && !text) return 'failed';
  return text;
}
