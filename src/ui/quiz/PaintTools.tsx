/** The brush for a "paint the zone" question: paint or erase, three sizes, Undo and Clear. */
import type { BrushSize } from '../../atlas/painPoints';
import { useAtlasStore } from '../../hooks/useAtlasStore';
import { atlasStore } from '../../state/store';

const SIZES: readonly (readonly [BrushSize, string])[] = [
  ['small', 'Small'],
  ['medium', 'Medium'],
  ['large', 'Large'],
];

/** The painting tools, writing the store's tool, brush size and drawing as the pain panel does. */
export function PaintTools() {
  const tool = useAtlasStore((s) => s.markTool);
  const size = useAtlasStore((s) => s.brushSize);
  const canUndo = useAtlasStore((s) => s.painHistory.length > 0);
  const painted = useAtlasStore((s) => s.painPoints.length > 0);
  const store = atlasStore.getState();
  return (
    <div className="quiz-tools">
      <div className="quiz-switch" role="group" aria-label="Brush or eraser">
        <button type="button" data-testid="quiz-tool" data-tool="paint" aria-pressed={tool === 'paint'} onClick={() => store.setMarkTool('paint')}>
          Paint
        </button>
        <button type="button" data-testid="quiz-tool" data-tool="erase" aria-pressed={tool === 'erase'} onClick={() => store.setMarkTool('erase')}>
          Erase
        </button>
      </div>
      <div className="quiz-switch" role="group" aria-label={tool === 'erase' ? 'Eraser size' : 'Brush size'}>
        {SIZES.map(([id, label]) => (
          <button key={id} type="button" data-testid="quiz-brush-size" data-size={id} aria-pressed={size === id} onClick={() => store.setBrushSize(id)}>
            {label}
          </button>
        ))}
      </div>
      <div className="quiz-switch">
        <button type="button" onClick={() => store.undoPain()} disabled={!canUndo}>
          Undo
        </button>
        <button type="button" onClick={() => store.clearPain()} disabled={!painted}>
          Clear
        </button>
      </div>
    </div>
  );
}
