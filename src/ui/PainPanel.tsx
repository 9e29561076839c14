/**
 * "Where does it hurt?": marking mode, undo and clear, the ranked candidate muscles with their
 * reasons, and the red flags that need a clinician. Choosing a candidate shows its pattern over
 * the drawing.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { findMuscleEntry, prefetchMuscleTexts } from '../state/muscleCatalogue';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { useDrawingLookup } from '../hooks/useDrawingLookup';
import { RedFlags } from './RedFlags';
import { PainAreaList } from './PainAreaList';
import { hasSavedDrawing } from '../state/savedDrawingKey';
import { useWebGL } from '../hooks/useWebGL';
import { loadAskBack } from '../state/askBackLoader';
import type { BrushSize } from '../atlas/painPoints';
import type { MarkTool } from '../state/drawingSlice';
import type { DrawingPainter } from '../state/drawingPictures';
import { pointAtMuscle, stopPointingAtMuscle } from './pointAtMuscle';

// The checks, questions and spread note arrive with the first drawing, with the questions' data.
const AskBack = lazy(() => import('./AskBack'));
// Saving and opening a file arrive when the panel opens, or at once when a drawing is stored on this device.
const SavedDrawingControls = lazy(() => import('./SavedDrawingControls').then((m) => ({ default: m.SavedDrawingControls })));
const SpreadNote = lazy(() => import('./AskBack').then((m) => ({ default: m.SpreadNote })));
// The exports (picture, data file, print) arrive with the first spot.
const ExportControls = lazy(() => import('./export/ExportControls').then((m) => ({ default: m.ExportControls })));

/**
 * The pain-drawing panel; `drawPictures` draws the drawing's pictures for the exports (the
 * scene's painter, handed down by AtlasStage; without it the picture export is not offered).
 */
export function PainPanel({ drawPictures }: { drawPictures?: DrawingPainter } = {}) {
  const painMode = useAtlasStore((s) => s.painMode);
  const tool = useAtlasStore((s) => s.markTool);
  const brushSize = useAtlasStore((s) => s.brushSize);
  const points = useAtlasStore((s) => s.painPoints);
  const canUndo = useAtlasStore((s) => s.painHistory.length > 0);
  const selected = useAtlasStore((s) => s.selectedMuscle);
  const selectedSide = useAtlasStore((s) => s.selectedSide);
  const lookup = useDrawingLookup();
  const ready = lookup !== null;
  const candidates = lookup?.candidates ?? [];
  const areas = lookup?.areas ?? [];
  const places = lookup?.places ?? [];
  const unplaced = lookup?.unplaced.length ?? 0;
  const unexplained = lookup?.unexplained ?? [];
  const hasDrawing = points.length > 0;
  useEffect(() => {
    if (hasDrawing) loadAskBack().catch(() => atlasStore.getState().addNotice('The checks and questions could not be loaded; the list below still answers.'));
  }, [hasDrawing]);
  // The top candidates' panels are the likeliest to be opened next: fetch their text now.
  useEffect(() => prefetchMuscleTexts(candidates.slice(0, 3).map((c) => c.muscle)), [candidates]);
  useEffect(() => {
    // Points that cannot be placed on the body (a coordinate far off it) stay in the drawing, so
    // undo still works on them, but count for nothing: say so.
    if (unplaced > 0) atlasStore.getState().addNotice(`${unplaced} pain point(s) are not on the body and were left out of the answer.`);
  }, [unplaced]);
  const store = atlasStore.getState();
  const webgl = useWebGL();
  const open = painMode || points.length > 0 || !webgl;
  // On phones the open panel is a bottom sheet the patient drags between peek, half and full.
  const [sheet, setSheet] = useState<SheetSize>('half');
  return (
    <section className={`pain-panel${open ? ' open' : ''}`} aria-label="Where does it hurt?" data-sheet={sheet}>
      {open && webgl && <SheetHandle size={sheet} onSize={setSheet} />}
      <div className="pain-toolbar">
        {webgl && (
        <button
          type="button"
          data-testid="pain-mode"
          aria-pressed={painMode}
          onClick={() => store.setPainMode(!painMode)}
          className="primary"
        >
          {painMode ? 'Done marking' : points.length > 0 ? 'Mark more' : 'Where does it hurt?'}
        </button>
        )}
        {!webgl && <h2 className="pain-heading">Where does it hurt?</h2>}
        {open && webgl && painMode && (
          <div className="brush-switch" role="group" aria-label="How to mark">
            <button type="button" data-testid="pain-tap" aria-pressed={tool === 'tap'} onClick={() => store.setMarkTool('tap')}>
              Tap spots
            </button>
            <button type="button" data-testid="pain-brush" aria-pressed={tool === 'paint'} onClick={() => store.setMarkTool('paint')}>
              Paint an area
            </button>
            <button type="button" data-testid="pain-erase" aria-pressed={tool === 'erase'} onClick={() => store.setMarkTool('erase')}>
              Erase
            </button>
          </div>
        )}
        {open && webgl && painMode && tool !== 'tap' && (
          <div className="brush-switch brush-sizes" role="group" aria-label={tool === 'erase' ? 'Eraser size' : 'Brush size'}>
            {BRUSH_SIZE_NAMES.map(([size, label]) => (
              <button key={size} type="button" data-testid="brush-size" data-size={size} aria-pressed={brushSize === size} onClick={() => store.setBrushSize(size)}>
                {label}
              </button>
            ))}
          </div>
        )}
        {open && (
          <>
            <button type="button" data-testid="pain-undo" onClick={() => store.undoPain()} disabled={!canUndo}>
              Undo
            </button>
            <button type="button" data-testid="pain-clear" onClick={() => store.clearPain()} disabled={points.length === 0}>
              Clear
            </button>
            {webgl && points.length > 0 && (
              <button type="button" data-testid="pain-focus" title="Turn and zoom to show every painful spot" onClick={() => store.frameDrawing()}>
                Show my spots
              </button>
            )}
          </>
        )}
      </div>
      {(open || hasSavedDrawing()) && (
        <Suspense fallback={null}>
          <SavedDrawingControls />
        </Suspense>
      )}
      {hasDrawing && (
        <Suspense fallback={null}>
          <ExportControls draw={drawPictures} />
        </Suspense>
      )}
      {open && (
        <div className="pain-body">
          <p className="pain-hint">
            {painHint(points, webgl, painMode ? tool : 'tap')}
          </p>
          <div aria-live="polite" data-testid="candidate-summary" className="visually-hidden">
            {points.length === 0 || !ready
              ? ''
              : candidates.length === 0
                ? 'No muscle in the atlas refers pain to these spots.'
                : `${candidates.length} candidate muscles. Best match: ${findMuscleEntry(candidates[0]!.muscle)?.name ?? candidates[0]!.muscle}, ${candidates[0]!.side} side.`}
          </div>
          {points.length > 0 && ready && candidates.length === 0 && (
            <p className="pain-empty">No muscle in the atlas refers pain to these spots. Muscles are not the only cause of pain.</p>
          )}
          {lookup && points.length > 0 && (
            <Suspense fallback={null}>
              <SpreadNote spread={lookup.spread} />
            </Suspense>
          )}
          {candidates.length > 0 && unexplained.length > 0 && (
            <ul className="pain-unexplained" data-testid="unexplained-spots">
              {unexplained.map((i) => (
                <li key={i} data-spot={i}>
                  Spot {i + 1}: no muscle in the atlas refers pain here.
                </li>
              ))}
            </ul>
          )}
          {candidates.length > 0 && (
            <>
              <h2 className="pain-heading">Muscles that may explain it</h2>
              <ol className="candidates" data-testid="candidate-list">
                {candidates.map((c) => {
                  const muscle = findMuscleEntry(c.muscle);
                  const isSelected = selected === c.muscle && selectedSide === c.side;
                  return (
                    <li key={`${c.muscle}-${c.side}`}>
                      <button
                        type="button"
                        className="candidate"
                        data-testid="candidate"
                        data-muscle={c.muscle}
                        data-side={c.side}
                        aria-pressed={isSelected}
                        onClick={() => store.selectMuscle(c.muscle, c.side)}
                        onFocus={() => pointAtMuscle(c.muscle, c.side)}
                        onBlur={() => stopPointingAtMuscle(c.muscle)}
                        onMouseEnter={() => pointAtMuscle(c.muscle, c.side)}
                        onMouseLeave={() => stopPointingAtMuscle(c.muscle)}
                      >
                        <span className="candidate-name">
                          {muscle?.name ?? c.muscle} <span className="candidate-side">({c.side})</span>
                        </span>
                        <span className="candidate-score" aria-label={`match ${Math.round(c.score * 100)} percent`}>
                          <span className="bar" style={{ width: `${Math.round(c.score * 100)}%` }} />
                        </span>
                        <span className="candidate-why">{c.why}</span>
                      </button>
                    </li>
                  );
                })}
              </ol>
              <Suspense fallback={null}>
                <AskBack checks={lookup?.checks ?? []} questions={lookup?.questions ?? []} />
              </Suspense>
            </>
          )}
          <PainAreaList open={!webgl} />
          <RedFlags areas={areas} places={places} />
        </div>
      )}
    </section>
  );
}

const BRUSH_SIZE_NAMES: readonly (readonly [BrushSize, string])[] = [
  ['small', 'Small'],
  ['medium', 'Medium'],
  ['large', 'Large'],
];

/** The line under the tools: what to do next with the tool in hand, or what is marked. */
function painHint(points: readonly { kind: string }[], webgl: boolean, tool: MarkTool): string {
  if (points.length > 0) return tool === 'erase' ? `${spotsWords(points)} Drag over a spot or a painted band to wipe it; Undo brings it back.` : spotsWords(points);
  if (!webgl) return 'Choose every painful area from the list below.';
  if (tool === 'erase') return 'Nothing to erase yet: choose Tap spots or Paint an area to mark where it hurts.';
  if (tool === 'paint') return 'Drag a finger or the mouse over the skin where it hurts to paint the area; drag beside the body to turn it.';
  return 'Tap the body where it hurts (or choose from the list below). Add every painful spot. Drag to turn the body, pinch or scroll to zoom where you point, drag with two fingers to move it.';
}

/** "2 painful spots and 1 area marked." */
function spotsWords(points: readonly { kind: string }[]): string {
  const areas = points.filter((p) => p.kind === 'area').length;
  const spots = points.length - areas;
  const parts = [
    ...(spots > 0 ? [`${spots} painful spot${spots === 1 ? '' : 's'}`] : []),
    ...(areas > 0 ? [`${areas} painted area${areas === 1 ? '' : 's'}`] : []),
  ];
  return `${parts.join(' and ')} marked.`;
}

/** How far the phone's bottom sheet is pulled up. */
type SheetSize = 'peek' | 'half' | 'full';
const SHEET_SIZES: readonly SheetSize[] = ['peek', 'half', 'full'];

/**
 * The grip of the phone's bottom sheet: drag it up or down to the next size, or tap it to step
 * through them (also with the keyboard). Hidden on wider screens, where the panel is a sidebar.
 */
function SheetHandle({ size, onSize }: { size: SheetSize; onSize: (size: SheetSize) => void }) {
  const start = useRef<number | null>(null);
  const at = SHEET_SIZES.indexOf(size);
  const step = (by: number) => onSize(SHEET_SIZES[Math.max(0, Math.min(SHEET_SIZES.length - 1, at + by))]!);
  return (
    <button
      type="button"
      className="sheet-handle"
      data-testid="sheet-handle"
      aria-label={`Panel size: ${size}. Drag or press to resize.`}
      onPointerDown={(e) => {
        start.current = e.clientY;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerUp={(e) => {
        const from = start.current;
        start.current = null;
        if (from === null) return;
        const moved = e.clientY - from;
        if (Math.abs(moved) < 12) step(at === SHEET_SIZES.length - 1 ? -(SHEET_SIZES.length - 1) : 1);
        else step(moved < 0 ? (moved < -160 ? 2 : 1) : moved > 160 ? -2 : -1);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') step(1);
        else if (e.key === 'ArrowDown') step(-1);
        else return;
        e.preventDefault();
      }}
      onClick={(e) => {
        // A pointer tap was handled on pointer up; Enter and Space arrive as a click with no pointer.
        if (e.detail === 0) step(at === SHEET_SIZES.length - 1 ? -(SHEET_SIZES.length - 1) : 1);
      }}
    >
      <span aria-hidden="true" />
    </button>
  );
}
