/**
 * The pain panel's exports: the drawing as a picture (PNG, front and back), as a data file (JSON,
 * see `atlas/drawingExport.ts`), and printed for the patient's own clinician. All made in the
 * browser from what the panel shows; nothing is sent anywhere. The print layout is a chunk of its
 * own, loaded when first asked for.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { atlasStore } from '../../state/store';
import { getAtlasRuntime } from '../../state/atlasRuntime';
import { useAtlasStore } from '../../hooks/useAtlasStore';
import { useDrawingLookup } from '../../hooks/useDrawingLookup';
import { useWebGL } from '../../hooks/useWebGL';
import { findMuscleEntry } from '../../state/muscleCatalogue';
import { buildPainDrawingFile, drawingPointWords, exportFileName, type PainDrawingFile } from '../../atlas/drawingExport';
import { BODY_NAMES, BUILD_NAMES } from '../../atlas/bodies';
import type { DrawingLookup } from '../../atlas/lookupDrawing';
import type { DrawingPainter, DrawingPicture } from '../../state/drawingPictures';
import { atlasLink } from '../atlasLink';
import { downloadBlob, drawingSheet } from './drawingSheet';
import { drawingRedFlags, urgentRedFlags } from './drawingRedFlags';
import { URGENCY_WORDS } from '../../atlas/data/redFlags';
import { longDate } from '../longDate';
import './export.css';

const DrawingPrint = lazy(() => import('./DrawingPrint'));

/** The Export group; `draw` paints the pictures (from the scene, through AtlasStage). */
export function ExportControls({ draw }: { draw: DrawingPainter | undefined }) {
  const lookup = useDrawingLookup();
  const points = useAtlasStore((s) => s.painPoints);
  const webgl = useWebGL();
  const [busy, setBusy] = useState<'png' | null>(null);
  const [printing, setPrinting] = useState(false);
  const printButton = useRef<HTMLButtonElement>(null);
  const ready = lookup !== null && points.length > 0;
  const canDraw = webgl && draw !== undefined;

  const downloadPicture = async () => {
    if (!lookup || !draw) return;
    setBusy('png');
    try {
      const pictures = await drawPictures(draw, lookup);
      const now = new Date();
      const sheet = await drawingSheet(pictures, {
        title: 'Pain drawing',
        subtitle: `${dateWords(now)} · ${bodyWords()}`,
        spots: spotLines(lookup),
        redFlags: urgentRedFlags(redFlagsOf(lookup)).map((f) => `${URGENCY_WORDS[f.urgency]}: ${f.text}`),
      });
      downloadBlob(sheet, exportFileName(now, 'png'));
    } catch (error) {
      console.error('The picture could not be made:', error);
      atlasStore.getState().addNotice('The picture could not be made on this device; the data file and the print still work.');
    } finally {
      setBusy(null);
    }
  };

  const downloadData = () => {
    if (!lookup) return;
    const now = new Date();
    const file = drawingFile(lookup, now);
    downloadBlob(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }), exportFileName(now, 'json'));
  };

  return (
    <div className="pain-export" role="group" aria-label="Export this drawing">
      {/* Short words in the narrow panel; each button's name says the whole of it ("Download picture (PNG)"). */}
      <span className="pain-export-label" aria-hidden="true">
        Export
      </span>
      {canDraw && (
        <button
          type="button"
          data-testid="pain-export-png"
          aria-label="Download picture (PNG)"
          onClick={() => void downloadPicture()}
          disabled={!ready || busy !== null}
          aria-busy={busy === 'png'}
        >
          {busy === 'png' ? 'Drawing…' : 'Picture (PNG)'}
        </button>
      )}
      <button type="button" data-testid="pain-export-json" aria-label="Download data (JSON)" onClick={downloadData} disabled={!ready}>
        Data (JSON)
      </button>
      {/* Never disabled while printing: the dialog gives focus back to it when it closes. */}
      <button ref={printButton} type="button" data-testid="pain-print" onClick={() => setPrinting(true)} disabled={!ready} aria-busy={printing} aria-haspopup="dialog">
        Print for your clinician
      </button>
      {printing && lookup && (
        <Suspense fallback={null}>
          <DrawingPrint
            lookup={lookup}
            {...(canDraw ? { draw: () => drawPictures(draw, lookup) } : {})}
            dateWords={dateWords(new Date())}
            bodyWords={bodyWords()}
            spotLines={spotWords(lookup)}
            onClose={() => {
              setPrinting(false);
              printButton.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** The red flags of the drawing and its answers, as the pain panel shows them. */
function redFlagsOf(lookup: DrawingLookup) {
  const state = atlasStore.getState();
  return drawingRedFlags(lookup, state.answers, state.askBack?.questions ?? []);
}

/** The drawing's pictures on the body on screen. */
function drawPictures(draw: DrawingPainter, lookup: DrawingLookup): Promise<DrawingPicture[]> {
  const body = getAtlasRuntime().body;
  if (!body) return Promise.reject(new Error('No body is loaded.'));
  return draw(body, lookup.placed.map((p) => ({ number: p.index + 1, position: p.position, area: p.point.kind === 'area' })));
}

/** The data file of the current drawing. */
function drawingFile(lookup: DrawingLookup, now: Date): PainDrawingFile {
  const state = atlasStore.getState();
  const { atlas, choice } = getAtlasRuntime().body!;
  return buildPainDrawingFile({
    points: state.painPoints, lookup, answers: state.answers, body: choice, skinTone: state.skinTone, landmarks: atlas.landmarks,
    muscleName: (id) => findMuscleEntry(id)?.name ?? id, createdAt: now, link: atlasLink(),
    redFlags: redFlagsOf(lookup).map((f) => ({ id: f.id, urgency: f.urgency, text: f.text })),
  });
}

/** Each marked spot in words, in drawing order, with its number. */
function spotWords(lookup: DrawingLookup): { number: number; words: string }[] {
  const state = atlasStore.getState();
  const atlas = getAtlasRuntime().body?.atlas;
  const placedAt = new Map(lookup.placed.map((p) => [p.index, p.position]));
  return state.painPoints.map((point, i) => ({ number: i + 1, words: atlas ? drawingPointWords(point, atlas.landmarks, placedAt.get(i)) : '' }));
}

function spotLines(lookup: DrawingLookup): string[] {
  return spotWords(lookup).map((s) => `${s.number}  ${s.words}`);
}

const dateWords = longDate;

/** "Woman, slim build": the body drawn (the one the pictures show). */
function bodyWords(): string {
  const { body, build } = getAtlasRuntime().body?.choice ?? atlasStore.getState().bodyChoice;
  return `${BODY_NAMES[body]}, ${BUILD_NAMES[build].toLowerCase()} build`;
}
