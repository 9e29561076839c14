/**
 * "Print for your clinician": one printed page (two at most) of the pain drawing: the front and
 * back pictures, the marked spots in words, the answers, the ranked candidate muscles with the
 * app's own reasons, the red flags for the places marked, the disclaimer, the date and the link
 * with its QR code. Shown on screen as a dialog (a preview with Print and Close), printed alone:
 * while it is open, print media hides the app. `data-print-ready` turns true once its pictures
 * are in, and the print dialog opens then, once.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { EXPORT_DISCLAIMER } from '../../atlas/drawingExport';
import { URGENCY_WORDS } from '../../atlas/data/redFlags';
import { describeTriggerPoint } from '../../atlas/lookup/describeSpot';
import { drawingRedFlags } from './drawingRedFlags';
import { pngOf } from './drawingSheet';
import type { DrawingLookup } from '../../atlas/lookupDrawing';
import type { FoundKind } from '../../atlas/askBack/answers';
import { useAtlasStore } from '../../hooks/useAtlasStore';
import { findMuscleEntry, loadedMuscleText } from '../../state/muscleCatalogue';
import { atlasStore } from '../../state/store';
import type { DrawingPicture } from '../../state/drawingPictures';
import { atlasLink } from '../atlasLink';
import { listWords } from '../listWords';
import { QrCode } from '../QrCode';
import { SpreadNote } from '../AskBack';
import './export.css';

/** What a check's answer was, as a clinician reads it. */
const FOUND_WORDS: Readonly<Record<FoundKind, string>> = {
  reproduces: 'brought on the usual pain',
  tender: 'tender, but not the usual pain',
  nothing: 'nothing',
};

interface DrawingPrintProps {
  lookup: DrawingLookup;
  /** Draws the pictures; absent where the body cannot be drawn (the list mode). */
  draw?: () => Promise<DrawingPicture[]>;
  dateWords: string;
  bodyWords: string;
  spotLines: readonly { number: number; words: string }[];
  onClose: () => void;
}

/** A picture as the page shows it: an object URL of its PNG. */
interface ShownPicture {
  readonly view: string;
  readonly caption: string;
  readonly url: string;
}

export default function DrawingPrint({ lookup, draw, dateWords, bodyWords, spotLines, onClose }: DrawingPrintProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pictures, setPictures] = useState<ShownPicture[] | null>(draw ? null : []);
  const [loaded, setLoaded] = useState(0);
  const [link] = useState(atlasLink);
  const printed = useRef(false);
  const ready = pictures !== null && loaded >= pictures.length;

  useEffect(() => {
    dialog.current?.showModal();
    // Print media shows this page alone while it is open.
    document.documentElement.dataset.print = 'drawing';
    // Its page margins too, only while it is open (an @page rule cannot be scoped by a selector):
    // the handout and any other print keep their own.
    const margins = document.createElement('style');
    margins.dataset.drawingPrintPage = '';
    margins.textContent = '@page { margin: 10mm; }';
    document.head.append(margins);
    return () => {
      delete document.documentElement.dataset.print;
      margins.remove();
    };
  }, []);

  // Drawn once, for the drawing as it was when the dialog opened (it is modal: nothing changes).
  const drawOnce = useRef(draw);
  useEffect(() => {
    const paint = drawOnce.current;
    if (!paint) return;
    let live = true;
    const urls: string[] = [];
    paint()
      .then((drawn) => Promise.all(drawn.map(async (p) => ({ view: p.view, caption: p.caption, url: URL.createObjectURL(await pngOf(p.canvas)) }))))
      .then(
        (shown) => {
          urls.push(...shown.map((s) => s.url));
          if (live) setPictures(shown);
          else urls.forEach((u) => URL.revokeObjectURL(u));
        },
        (error: unknown) => {
          console.error('The pictures could not be drawn:', error);
          atlasStore.getState().addNotice('The pictures of the drawing could not be drawn on this device; the printed text is complete.');
          if (live) setPictures([]);
        },
      );
    return () => {
      live = false;
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
  }, []);

  useEffect(() => {
    if (!ready || printed.current) return;
    printed.current = true;
    window.print();
  }, [ready]);

  return createPortal(
    <dialog
      ref={dialog}
      className="drawing-print"
      data-testid="drawing-print"
      data-print-ready={ready ? 'true' : 'false'}
      aria-labelledby="drawing-print-title"
      aria-busy={!ready}
      onClose={onClose}
    >
      <div className="drawing-print-actions no-print">
        <button type="button" className="primary" onClick={() => window.print()} disabled={!ready}>
          Print or save as PDF
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <article className="drawing-print-page">
        <PrintHeader dateWords={dateWords} bodyWords={bodyWords} />
        <div className="drawing-print-top">
          {pictures === null && <p className="drawing-print-loading">Drawing the pictures…</p>}
          {pictures && pictures.length > 0 && (
            <div className="drawing-print-pictures">
              {pictures.map((p) => (
                <figure key={p.view}>
                  <img src={p.url} alt={p.caption} onLoad={() => setLoaded((n) => n + 1)} onError={() => setLoaded((n) => n + 1)} />
                </figure>
              ))}
            </div>
          )}
          <WhereAndAnswers lookup={lookup} spotLines={spotLines} />
        </div>
        <Candidates lookup={lookup} />
        <Flags lookup={lookup} />
        <footer className="drawing-print-footer">
          <QrCode text={link} size={96} label="QR code of the link to this drawing in the atlas" testId="drawing-print-qr" />
          <p>
            Open this drawing in the Trigger Point Atlas: <span className="drawing-print-url">{link}</span>
          </p>
        </footer>
      </article>
    </dialog>,
    document.body,
  );
}

function PrintHeader({ dateWords, bodyWords }: { dateWords: string; bodyWords: string }) {
  const [first, ...rest] = EXPORT_DISCLAIMER.split('. ');
  return (
    <header className="drawing-print-header">
      <h1 id="drawing-print-title">Pain drawing for your clinician</h1>
      <p className="drawing-print-meta">
        {dateWords} · drawn on the atlas&apos;s body: {bodyWords}
      </p>
      <p className="drawing-print-disclaimer">
        <strong>{first}.</strong> {rest.join('. ')}
      </p>
    </header>
  );
}

const muscleName = (id: string) => findMuscleEntry(id)?.name ?? id;

/** "the upper trigger point of Temporalis", as the candidates' reasons word it (never a raw id). */
function triggerPointWords(muscle: string, triggerPoint: string): string {
  const name = loadedMuscleText(muscle)?.triggerPoints.find((tp) => tp.id === triggerPoint)?.name;
  return name ? describeTriggerPoint(name, muscleName(muscle)) : `a trigger point of ${muscleName(muscle)}`;
}

/** The marked spots in words, the Widespread Pain Index areas, and the answers. */
function WhereAndAnswers({ lookup, spotLines }: { lookup: DrawingLookup; spotLines: readonly { number: number; words: string }[] }) {
  const answers = useAtlasStore((s) => s.answers);
  const questions = useAtlasStore((s) => s.askBack?.questions ?? []);
  const unexplained = new Set(lookup.unexplained);
  const unplaced = new Set(lookup.unplaced.map((u) => u.index));
  const { spread } = lookup;
  return (
    <section className="drawing-print-where">
      <h2>Where it hurts</h2>
      <ol className="drawing-print-spots">
        {spotLines.map((s) => (
          <li key={s.number} value={s.number}>
            {s.words}
            {unexplained.has(s.number - 1) && <em> (no muscle in the atlas refers pain here)</em>}
            {unplaced.has(s.number - 1) && <em> (not on the body: left out)</em>}
          </li>
        ))}
      </ol>
      <p className="drawing-print-spread">
        Widespread Pain Index areas: {spread.count === 0 ? 'none' : listWords(spread.areas.map((a) => a.replace(/-/g, ' ')), 'and')} ({spread.count} of 19); regions of
        the 2016 criterion: {spread.regions.length === 0 ? 'none' : listWords(spread.regions.map((r) => r.replace(/-/g, ' ')), 'and')} ({spread.regions.length} of 5).
      </p>
      {/* The pain panel's own caveat (AskBack's SpreadNote), not a bare "widespread". */}
      {spread.widespread && <SpreadNote spread={spread} />}
      <h2>Answers</h2>
      {answers.found.length === 0 && answers.questions.length === 0 ? (
        <p>No checks or questions answered.</p>
      ) : (
        <ul>
          {answers.found.map((f) => (
            <li key={`${f.muscle}:${f.side}:${f.triggerPoint ?? ''}`}>
              Pressing {f.triggerPoint ? triggerPointWords(f.muscle, f.triggerPoint) : muscleName(f.muscle)} ({f.side}): {FOUND_WORDS[f.answer]}.
            </li>
          ))}
          {answers.questions.map((q) => (
            <li key={q.question}>
              {questions.find((d) => d.id === q.question)?.text ?? q.question} <strong>{q.yes ? 'Yes' : 'No'}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The ranked candidates with the app's own reasons. */
function Candidates({ lookup }: { lookup: DrawingLookup }) {
  return (
    <section className="drawing-print-candidates">
      <h2>Muscles that may explain it</h2>
      {lookup.candidates.length === 0 ? (
        <p>No muscle in the atlas refers pain to these spots. Muscles are not the only cause of pain.</p>
      ) : (
        <ol>
          {lookup.candidates.map((c) => (
            <li key={`${c.muscle}-${c.side}`} data-muscle={c.muscle} data-side={c.side}>
              <strong>{muscleName(c.muscle)}</strong> ({c.side}), match {Math.round(c.score * 100)} %. <span className="drawing-print-why">{c.why}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The red flags for the places the drawing touches, as the pain panel lists them. */
function Flags({ lookup }: { lookup: DrawingLookup }) {
  const answers = useAtlasStore((s) => s.answers);
  const questions = useAtlasStore((s) => s.askBack?.questions ?? []);
  return (
    <section className="drawing-print-flags">
      <h2>See a clinician first if</h2>
      <ul>
        {drawingRedFlags(lookup, answers, questions).map((flag) => (
          <li key={flag.id} data-red-flag={flag.id}>
            <strong>{URGENCY_WORDS[flag.urgency]}:</strong> {flag.text}
          </li>
        ))}
      </ul>
      <p>This list ranks muscles whose trigger points can refer pain to the spots marked. It is not a diagnosis.</p>
    </section>
  );
}

