/**
 * Save the pain drawing on this device (only when asked), reopen it, or delete it in one click;
 * or open a drawing file downloaded earlier (the pain panel's "Data (JSON)" export). Nothing is
 * stored otherwise, and nothing is ever sent anywhere.
 */
import { useEffect, useState } from 'react';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { deleteSavedDrawing, readSavedDrawing, saveDrawing, type SavedDrawing } from '../state/savedDrawing';
import { formatDrawingPoint, parseDrawingPoints } from '../atlas/painPoints';
import { parseUrlState } from '../state/urlState';
import { formatFound, formatQuestionAnswer } from '../atlas/askBack/answers';
import { BODY_NAMES, BUILD_NAMES, type BodyChoice } from '../atlas/bodies';
import { getAtlasRuntime, subscribeAtlasRuntime } from '../state/atlasRuntime';
import { MAX_PAIN_POINTS } from '../state/drawingSlice';
import type { DrawingFileContents } from '../atlas/readDrawingFile';
import { longDate } from './longDate';
import './savedDrawingControls.css';

/** The save / open / delete buttons. */
export function SavedDrawingControls() {
  const points = useAtlasStore((s) => s.painPoints);
  const [saved, setSaved] = useState<SavedDrawing | null>(null);
  useEffect(() => {
    const found = readSavedDrawing();
    if (found === 'corrupt') {
      deleteSavedDrawing();
      atlasStore.getState().addNotice('A pain drawing saved on this device could not be read, so it was removed.');
      setSaved(null);
    } else setSaved(found);
  }, []);
  const save = () => {
    const { answers } = atlasStore.getState();
    const kept = { found: answers.found.map(formatFound), answer: answers.questions.map(formatQuestionAnswer) };
    if (saveDrawing(points.map(formatDrawingPoint), undefined, kept)) setSaved(readSavedDrawing() as SavedDrawing | null);
    else atlasStore.getState().addNotice('This browser does not allow saving on this device.');
  };
  const remove = () => {
    deleteSavedDrawing();
    setSaved(null);
  };
  return (
    <div className="saved-drawing" aria-label="Keep this drawing on this device" role="group">
      {points.length > 0 && (
        <button type="button" data-testid="pain-save" onClick={save}>
          Save on this device
        </button>
      )}
      {saved && (
        <>
          <button type="button" data-testid="pain-open-saved" onClick={() => openSaved(saved)}>
            Open saved drawing ({longDate(saved.savedAt)})
          </button>
          <button type="button" data-testid="pain-delete-saved" onClick={remove}>
            Delete saved drawing
          </button>
        </>
      )}
      <label className="open-drawing-file">
        <input type="file" className="visually-hidden" accept=".json,application/json" data-testid="pain-open-file" onChange={(e) => void openFile(e.currentTarget)} />
        <span>Open a drawing file</span>
      </label>
      <p className="saved-note">Your drawing stays in this browser. It is stored only if you save it.</p>
    </div>
  );
}

/** Opens a saved drawing with its answers (read with the link's grammar). */
function openSaved(saved: { readonly points: readonly string[]; readonly found: readonly string[]; readonly answer: readonly string[] }): void {
  atlasStore.getState().openDrawing(parseDrawingPoints(saved.points).points);
  openAnswers(saved);
}

/** Sets the answers of a saved drawing or a file. */
function openAnswers(saved: { readonly found: readonly string[]; readonly answer: readonly string[] }): void {
  const store = atlasStore.getState();
  const params = new URLSearchParams();
  if (saved.found.length > 0) params.set('found', saved.found.join(';'));
  if (saved.answer.length > 0) params.set('answer', saved.answer.join(';'));
  const { state } = parseUrlState(params.toString());
  store.setAnswers({ found: state.found ?? [], questions: state.answer ?? [] });
}

/** Opens a downloaded drawing file (read on this device only), or says why it cannot. */
async function openFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const notice = atlasStore.getState().addNotice;
  // The reader arrives with the first file opened.
  const { readDrawingFile, MAX_DRAWING_FILE_BYTES } = await import('../atlas/readDrawingFile');
  if (file.size > MAX_DRAWING_FILE_BYTES) {
    notice('That file is too large to be a pain drawing saved by the atlas (over 1 MB), so it was not opened.');
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    notice('That file is not a pain drawing saved by the atlas (it is not JSON).');
    return;
  }
  const read = readDrawingFile(value);
  if (read.ok) await openDrawingFile(read.drawing);
  else notice(read.reason);
}

/**
 * Opens a file's drawing on the body it was drawn on (its points are that body's coordinates):
 * switches to it first if another is shown, then replaces the drawing undoably (the one before
 * goes onto the undo history), and says on which body it opened and what it left out.
 */
async function openDrawingFile(drawing: DrawingFileContents): Promise<void> {
  const store = atlasStore.getState();
  const shown = getAtlasRuntime().body?.choice ?? store.bodyChoice;
  let on = shown;
  if (drawing.body && !sameBody(drawing.body, shown)) {
    if (await showBody(drawing.body)) on = drawing.body;
    else {
      store.addNotice(`The drawing was made on the ${bodyWords(drawing.body)}, which could not be loaded, so it was not opened.`);
      return;
    }
  }
  const { points } = parseDrawingPoints(drawing.points);
  atlasStore.getState().setPainPoints(points);
  openAnswers(drawing);
  const left = points.length - MAX_PAIN_POINTS;
  const kept = left > 0 ? ` Only its first ${MAX_PAIN_POINTS} spots were opened (the atlas keeps ${MAX_PAIN_POINTS}); ${left} more were left out.` : '';
  atlasStore.getState().addNotice(`The drawing file opened on the ${bodyWords(on)}${sameBody(on, shown) ? '' : ', the body it was drawn on'}. Undo brings back the drawing before it.${kept}`);
}

/** Asks for `choice` and resolves once it is the body shown (true), or once the switch failed (false). */
function showBody(choice: BodyChoice): Promise<boolean> {
  atlasStore.getState().setBodyChoice(choice);
  return new Promise((resolve) => {
    const check = () => {
      if (sameBody(getAtlasRuntime().body?.choice ?? null, choice)) done(true);
      // A failed load puts the body shown back as the choice (atlasRuntime.ts).
      else if (!sameBody(atlasStore.getState().bodyChoice, choice)) done(false);
    };
    const stopRuntime = subscribeAtlasRuntime(check);
    const stopStore = atlasStore.subscribe(check);
    const done = (ok: boolean) => {
      stopRuntime();
      stopStore();
      resolve(ok);
    };
    check();
  });
}

function sameBody(a: BodyChoice | null, b: BodyChoice): boolean {
  return a !== null && a.body === b.body && a.build === b.build;
}

/** "woman's body (slim build)". */
function bodyWords({ body, build }: BodyChoice): string {
  return `${BODY_NAMES[body].toLowerCase()}'s body (${BUILD_NAMES[build].toLowerCase()} build)`;
}
