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
            Open saved drawing ({savedDate(saved.savedAt)})
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
  const store = atlasStore.getState();
  store.openDrawing(parseDrawingPoints(saved.points).points);
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
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    notice('That file is not a pain drawing saved by the atlas (it is not JSON).');
    return;
  }
  // The reader arrives with the first file opened.
  const { readDrawingFile } = await import('../atlas/readDrawingFile');
  const read = readDrawingFile(value);
  if (read.ok) openSaved(read.drawing);
  else notice(read.reason);
}

/** "1 December 2026": a date no reader can take for another (12/1 is 1 December or 12 January). */
function savedDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}
