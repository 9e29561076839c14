/** Camera preset buttons (also keys F, B, L, R); the one the camera now looks from is highlighted. */
import type { ReactNode } from 'react';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { VIEW_PRESETS } from '../state/viewSlice';

const LABELS = { front: 'Front', back: 'Back', left: 'Left side', right: 'Right side' } as const;
const KEYS = { front: 'F', back: 'B', left: 'L', right: 'R' } as const;

/** The view toolbar. */
export function ViewButtons({ children }: { children?: ReactNode }) {
  const facing = useAtlasStore((s) => s.facing);
  return (
    <nav className="view-buttons" aria-label="Camera view">
      {VIEW_PRESETS.map((preset) => (
        <button
          key={preset}
          type="button"
          data-testid={`view-${preset}`}
          aria-pressed={facing === preset}
          aria-keyshortcuts={KEYS[preset]}
          title={`${LABELS[preset]} (${KEYS[preset]})`}
          onClick={() => atlasStore.getState().setView(preset)}
        >
          {LABELS[preset]}
        </button>
      ))}
      {children}
    </nav>
  );
}
