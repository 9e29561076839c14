/**
 * Save the pain drawing on this device (only when asked), reopen it, or delete it in one click.
 * Nothing is stored otherwise, and nothing is ever sent anywhere.
 */
import { useEffect, useState } from 'react';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { deleteSavedDrawing, readSavedDrawing, saveDrawing, type SavedDrawing } from '../state/savedDrawing';
import { formatDrawingPoint, parseDrawingPoints } from '../atlas/painPoints';

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
    if (saveDrawing(points.map(formatDrawingPoint))) setSaved(readSavedDrawing() as SavedDrawing | null);
    else atlasStore.getState().addNotice('This browser does not allow saving on this device.');
  };
  const remove = () => {
    deleteSavedDrawing();
    setSaved(null);
  };
  if (points.length === 0 && !saved) return null;
  return (
    <div className="saved-drawing" aria-label="Keep this drawing on this device" role="group">
      {points.length > 0 && (
        <button type="button" data-testid="pain-save" onClick={save}>
          Save on this device
        </button>
      )}
      {saved && (
        <>
          <button type="button" data-testid="pain-open-saved" onClick={() => atlasStore.getState().setPainPoints(parseDrawingPoints(saved.points).points)}>
            Open saved drawing ({new Date(saved.savedAt).toLocaleDateString()})
          </button>
          <button type="button" data-testid="pain-delete-saved" onClick={remove}>
            Delete saved drawing
          </button>
        </>
      )}
      <p className="saved-note">Your drawing stays in this browser. It is stored only if you save it.</p>
    </div>
  );
}
