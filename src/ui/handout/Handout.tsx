/**
 * The patient handout (`?handout=1&muscle=...[&pain=...]`): one muscle on one or two printed
 * pages, with pictures drawn from the 3D body (its zones and trigger point, close up, the pain
 * drawing, the stretch), how to find the trigger point, the self-care steps with their cautions,
 * when to see a clinician, the sources, and the link with its QR code. Made in the browser; the
 * print dialog's "Save as PDF" gives the document. `data-handout-ready` turns true once every
 * picture is drawn and shown.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAtlasStore } from '../../hooks/useAtlasStore';
import { useAtlasRuntime } from '../../hooks/useAtlasRuntime';
import { useMuscleText } from '../../hooks/useMuscleText';
import { loadedCitation } from '../../state/muscleCatalogue';
import { atlasStore } from '../../state/store';
import { resolveDrawingPoint } from '../../atlas/painPoints';
import { poseSpecFor } from '../../atlas/pose/musclePose';
import { hasWebGLApi } from '../../platform/webgl';
import type { HandoutPainter, HandoutPicture } from '../../state/handout';
import type { MuscleData } from '../../atlas/muscleSchema';
import { QrCode } from '../QrCode';
import { atlasLink } from '../atlasLink';
import './handout.css';


export function Handout({ draw }: { draw: HandoutPainter }) {
  const muscleId = useAtlasStore((s) => s.selectedMuscle);
  const side = useAtlasStore((s) => s.selectedSide);
  const painPoints = useAtlasStore((s) => s.painPoints);
  const body = useAtlasRuntime().body;
  const text = useMuscleText(muscleId);
  const [pictures, setPictures] = useState<HandoutPicture[] | null>(null);
  const [loadedImages, setLoadedImages] = useState(0);
  // The atlas's view of the muscle (and the drawing), not the handout.
  const link = useMemo(() => atlasLink(), []);
  const muscle = typeof text === 'object' ? text : null;

  useEffect(() => {
    if (!body || !muscle || !muscleId) return;
    if (!hasWebGLApi()) {
      setPictures([]);
      atlasStore.getState().markReady();
      return;
    }
    let live = true;
    const spots = painPoints.map((p) => resolveDrawingPoint(p, body.atlas).position);
    draw(body, muscleId, side, spots, poseSpecFor(muscleId, 'stretch')?.title ?? null).then(
      (drawn) => {
        if (!live) return;
        setPictures(drawn);
        // The handout's pictures are the body drawn: the contract's ready signal holds here too.
        atlasStore.getState().markReady();
        atlasStore.getState().markBodyDrawn(body.choice);
      },
      () => {
        if (!live) return;
        atlasStore.getState().addNotice('The pictures of the handout could not be drawn on this device; the text is complete.');
        setPictures([]);
      },
    );
    return () => {
      live = false;
    };
  }, [body, muscle, muscleId, side, painPoints, draw]);

  if (!muscleId) return null;
  const ready = pictures !== null && muscle !== null && loadedImages >= pictures.length;
  return (
    <article className="handout" data-testid="handout" data-handout-ready={ready ? 'true' : 'false'} aria-busy={!ready}>
      <div className="handout-actions no-print">
        <button type="button" onClick={() => window.print()} disabled={!ready}>
          Print or save as PDF
        </button>
        <a href={link}>Back to the atlas</a>
      </div>
      {!muscle ? (
        <p className="handout-loading">{text === 'failed' ? 'The text of this muscle could not be loaded.' : 'Preparing the handout…'}</p>
      ) : (
        <HandoutBody muscle={muscle} side={side} pictures={pictures} link={link} onImage={() => setLoadedImages((n) => n + 1)} />
      )}
    </article>
  );
}

function HandoutBody({ muscle, side, pictures, link, onImage }: { muscle: MuscleData; side: 'left' | 'right'; pictures: HandoutPicture[] | null; link: string; onImage: () => void }) {
  const cautions = (technique: string) => muscle.techniqueCautions.filter((c) => c.technique === technique).map((c) => c.caution);
  const stretch = poseSpecFor(muscle.id, 'stretch');
  return (
    <>
      <header className="handout-header">
        <h1>{muscle.name}</h1>
        <p>
          Trigger points and self-care, {side} side. Education only, not a diagnosis: referral maps are clinical consensus drawings and
          vary between people.
        </p>
      </header>
      <div className="handout-grid">
        <div className="handout-pictures">
          {pictures === null && <p className="handout-loading">Drawing the pictures…</p>}
          {pictures?.map((picture) => (
            <figure key={picture.id} className={`handout-picture handout-picture--${picture.id}`}>
              <img src={picture.url} alt={picture.caption} onLoad={onImage} onError={onImage} />
              <figcaption>{picture.caption}</figcaption>
            </figure>
          ))}
        </div>
        <div className="handout-text">
          <h2>Where it hurts</h2>
          <ul>
            {muscle.triggerPoints.flatMap((tp) =>
              tp.zones.filter((z) => z.kind === 'essential').map((zone, i) => (
                <li key={`${tp.id}-${i}`}>
                  {muscle.triggerPoints.length > 1 && <strong>{tp.name}: </strong>}
                  {zone.description}
                </li>
              )),
            )}
          </ul>
          <h2>How to find the trigger point</h2>
          {muscle.triggerPoints.map((tp) => (
            <p key={tp.id}>
              {muscle.triggerPoints.length > 1 && <strong>{tp.name}: </strong>}
              {tp.description} {tp.palpation}
            </p>
          ))}
          <Cautions items={cautions('palpation')} />
          <h2>What you can do</h2>
          <h3>Pressure release</h3>
          <p>{muscle.selfCare.pressureRelease}</p>
          <Cautions items={cautions('pressure-release')} />
          <h3>Stretch{stretch ? ` (pictured: ${stretch.title.toLowerCase()})` : ''}</h3>
          <p>{muscle.selfCare.stretch}</p>
          <Cautions items={cautions('stretch')} />
          {muscle.selfCare.other.length > 0 && (
            <>
              <h3>Also helpful</h3>
              <ul>
                {muscle.selfCare.other.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
          <h3>How often</h3>
          <p>
            Use the holds and timings in the steps above where the sources give them, gently and never forced; otherwise ask your clinician
            how often. Stop any step that makes the pain spread, brings tingling or numbness, or makes it worse.
          </p>
        </div>
      </div>
      <section className="handout-clinician" aria-labelledby="handout-clinician">
        <h2 id="handout-clinician">See a clinician first, or stop and get help, if</h2>
        <ul>
          {muscle.selfCare.cautions.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <footer className="handout-footer">
        <div className="handout-sources">
          <h2>Sources</h2>
          <ol>
            {muscle.sources.map((id) => (
              <li key={id}>{loadedCitation(id)}</li>
            ))}
          </ol>
        </div>
        <div className="handout-link">
          <QrCode text={link} size={110} label="QR code of the link to this muscle in the atlas" testId="handout-qr" />
          <p>
            Open this view again: <span className="handout-url">{link}</span>
          </p>
        </div>
      </footer>
    </>
  );
}

function Cautions({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="handout-cautions">
      {items.map((item) => (
        <li key={item}>
          <strong>Caution: </strong>
          {item}
        </li>
      ))}
    </ul>
  );
}
