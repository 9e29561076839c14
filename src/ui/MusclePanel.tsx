/**
 * The selected muscle's details, ordered for a patient first and a student second: where it hurts,
 * where the trigger points are and how to find them, causes, self-care, when to see a clinician,
 * look-alikes, then anatomy, notes and sources folded away. A right-hand column on wide screens,
 * a bottom sheet on phones (see panels.css).
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { loadedCitation as citation } from '../state/muscleCatalogue';
import { findMuscleEntry } from '../state/muscleCatalogue';
import { useMuscleText } from '../hooks/useMuscleText';
import { ZONE_WORDS } from '../atlas/zoneStyle';
import type { MuscleData, Prevalence, ReferralZone, TechniqueCaution, TriggerPointData } from '../atlas/muscleSchema';
import type { Side } from '../atlas/types';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import './panels.css';
import { cautionsFor, TechniqueCautions } from './techniqueCautions';
import { PoseControls } from './PoseControls';
import { PanelFoldButton } from './PanelFolds';
import { CROWDED_QUERY, makeRoomForMuscle } from '../state/panelRules';


/** Keys that scroll a focused panel; kept from the window's camera keys so the body does not turn too. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', ' ', '+', '-', '=', '_']);

const SIDES: readonly { side: Side; label: string }[] = [
  { side: 'left', label: 'Left' },
  { side: 'right', label: 'Right' },
];

/** The selected muscle's panel; renders nothing when no (known) muscle is selected. */
export function MusclePanel() {
  const id = useAtlasStore((s) => s.selectedMuscle);
  const side = useAtlasStore((s) => s.selectedSide);
  const folded = useAtlasStore((s) => s.panelFolded);
  // The entry (name) shows at once; the panel's text (synonyms and all) arrives on demand.
  const muscle = id === null ? undefined : findMuscleEntry(id);
  const text = useMuscleText(muscle ? muscle.id : null);
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus was before the panel took it, so closing the panel gives it back.
  const returnFocus = useRef<HTMLElement | null>(null);
  const muscleId = muscle?.id;

  useEffect(() => {
    const panel = panelRef.current;
    if (!muscleId || !panel) return;
    const active = document.activeElement;
    if (!panel.contains(active)) {
      // A pick on the body leaves focus nowhere in particular: then closing has nothing to give back.
      returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    panel.scrollTop = 0;
    headingRef.current?.focus({ preventScroll: true });
  }, [muscleId]);

  // Opened (from no muscle) on a crowded screen, the panel makes room: after it took the focus,
  // so the entry that opened it is still known, to be given the focus back on close.
  const opened = muscleId !== undefined;
  useEffect(() => {
    if (opened) makeRoomForMuscle(window.matchMedia(CROWDED_QUERY).matches);
  }, [opened]);

  if (!muscle) return null;

  const close = () => {
    const target = returnFocus.current;
    returnFocus.current = null;
    // Rendered at once: closing may unfold the finder (panelRules), and the place focus goes back
    // to must be shown before it can take focus.
    flushSync(() => atlasStore.getState().selectMuscle(null));
    if (target?.isConnected) target.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (SCROLL_KEYS.has(event.key)) {
      event.stopPropagation();
    }
  };

  return (
    <aside
      ref={panelRef}
      id="muscle-panel"
      className={folded ? 'muscle-panel is-folded' : 'muscle-panel'}
      data-testid="muscle-panel"
      data-muscle={muscle.id}
      data-side={side}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <header className="mp-header">
        <div className="mp-title">
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {muscle.name}
          </h2>
          {typeof text === 'object' && text.synonyms.length > 0 && <p className="mp-synonyms">Also called: {text.synonyms.join(', ')}</p>}
        </div>
        <PanelFoldButton name={muscle.name} controls="muscle-panel" />
        <button type="button" className="mp-close" aria-label={`Close ${muscle.name}`} title="Close (Esc)" onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
        <div className="mp-sides" role="group" aria-label="Side of the body shown">
          <span className="mp-sides-label" aria-hidden="true">
            Side
          </span>
          {SIDES.map(({ side: s, label }) => (
            <button
              key={s}
              type="button"
              data-testid={`side-${s}`}
              aria-pressed={side === s}
              title={`The person's own ${s} side`}
              onClick={() => atlasStore.getState().setSide(s)}
            >
              {label}
            </button>
          ))}
          <button type="button" className="mp-replay" data-testid="replay-paths" title="Play the arcs from the trigger points to their zones again" onClick={() => atlasStore.getState().replayPaths()}>
            Replay paths
          </button>
        </div>
      </header>
      {text === 'failed' ? (
        <p className="mp-loading" role="alert">
          The text of this muscle could not be loaded. Check the connection and choose the muscle again.
        </p>
      ) : text ? (
        <>
          <PoseControls muscle={text} />
          <MuscleDetails muscle={text} side={side} />
        </>
      ) : (
        <p className="mp-loading" aria-live="polite">
          Loading {muscle.name}…
        </p>
      )}
    </aside>
  );
}

function MuscleDetails({ muscle, side }: { muscle: MuscleData; side: Side }) {
  const { selfCare } = muscle;
  const single = muscle.triggerPoints.length === 1;
  return (
    <div className="mp-body">
      <Section title="Where it hurts">
        <p>{sideSentence(muscle, side)}</p>
        <ZoneLegend />
        {muscle.triggerPoints.map((tp) => (
          <div key={tp.id} className="mp-tp-zones">
            {!single && <h4>From {tp.name}</h4>}
            <ul className="mp-zones">
              {tp.zones.map((zone, i) => (
                <ZoneItem key={i} zone={zone} />
              ))}
            </ul>
          </div>
        ))}
      </Section>

      <Section title={single ? 'The trigger point' : 'Trigger points'}>
        {muscle.triggerPoints.map((tp) => (
          <TriggerPoint key={tp.id} tp={tp} cautions={cautionsFor(muscle, 'palpation', tp.id)} />
        ))}
      </Section>

      <Section title="Causes and what keeps it going">
        <h4>What sets it off</h4>
        <TextList items={muscle.activatingFactors} />
        {muscle.perpetuatingFactors.length > 0 && (
          <>
            <h4>What keeps it going</h4>
            <TextList items={muscle.perpetuatingFactors} />
          </>
        )}
      </Section>

      <Section title="What you can do">
        <h4>Pressure release</h4>
        <p>{selfCare.pressureRelease}</p>
        <TechniqueCautions cautions={cautionsFor(muscle, 'pressure-release')} />
        <h4>Stretch</h4>
        <p>{selfCare.stretch}</p>
        <TechniqueCautions cautions={cautionsFor(muscle, 'stretch')} />
        {selfCare.other.length > 0 && (
          <>
            <h4>Also helpful</h4>
            <TextList items={selfCare.other} />
          </>
        )}
        <TechniqueCautions cautions={cautionsFor(muscle, 'other')} />
      </Section>

      <ClinicianBox cautions={selfCare.cautions} />

      {muscle.mistakenFor.length > 0 && (
        <Section title="Often mistaken for">
          <TextList items={muscle.mistakenFor} />
        </Section>
      )}

      <Fold title="Anatomy">
        <dl className="mp-anatomy">
          <dt>Origin</dt>
          <dd>{muscle.anatomy.origin}</dd>
          <dt>Insertion</dt>
          <dd>{muscle.anatomy.insertion}</dd>
          <dt>Nerve supply</dt>
          <dd>{muscle.anatomy.innervation}</dd>
          <dt>Actions</dt>
          <dd>
            <TextList items={muscle.anatomy.actions} />
          </dd>
        </dl>
      </Fold>

      {muscle.notes.length > 0 && (
        <Fold title="Notes">
          <TextList items={muscle.notes} />
        </Fold>
      )}

      <Fold title={`Sources (${muscle.sources.length})`}>
        <ol className="mp-sources">
          {muscle.sources.map((id) => (
            <li key={id} data-source={id}>
              {citation(id)}
            </li>
          ))}
        </ol>
      </Fold>
    </div>
  );
}

/** Which side is drawn, and how pain relates to it (the data's own note when it has one). */
function sideSentence(muscle: MuscleData, side: Side): string {
  const shown = `Shown for the ${side}-side muscle (the person's own ${side}).`;
  const { referral, note } = muscle.sideBehaviour;
  if (note) return `${shown} ${note}`;
  return referral === 'ipsilateral'
    ? `${shown} The pain is felt on the same side as the trigger point.`
    : `${shown} The pain is mostly on the same side as the trigger point, and can reach both sides.`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="mp-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Fold({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="mp-fold">
      <summary>
        <h3>{title}</h3>
      </summary>
      {children}
    </details>
  );
}

function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul className="mp-list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** Uncertain source data is always shown, marked, never hidden. */
function Uncertain({ text }: { text: string }) {
  return (
    <p className="mp-uncertain" data-testid="uncertain">
      <strong className="mp-uncertain-badge">Uncertain:</strong> {text}
    </p>
  );
}

function ZoneLegend() {
  return (
    // The key to the body's marks: the floating legend gives way to it while this panel is open.
    <ul className="mp-legend" data-testid="legend" aria-label="Key to the referral zones on the body">
      <li>
        <span className="mp-swatch mp-swatch-essential" aria-hidden="true" />
        <span>
          <strong>{ZONE_WORDS.essential.label}</strong> ({ZONE_WORDS.essential.term}): {ZONE_WORDS.essential.meaning}
        </span>
      </li>
      <li>
        <span className="mp-swatch mp-swatch-spillover" aria-hidden="true" />
        <span>
          <strong>{ZONE_WORDS.spillover.label}</strong> ({ZONE_WORDS.spillover.term}): {ZONE_WORDS.spillover.meaning}
        </span>
      </li>
      <li>
        <span className="mp-swatch mp-swatch-x" aria-hidden="true">×</span>
        <span>Trigger point</span>
      </li>
    </ul>
  );
}

function ZoneItem({ zone }: { zone: ReferralZone }) {
  return (
    <li className={`mp-zone mp-zone-${zone.kind}`} data-zone-kind={zone.kind}>
      <span className={`mp-swatch mp-swatch-${zone.kind}`} aria-hidden="true" />
      <div>
        <p>
          <strong>{ZONE_WORDS[zone.kind].label}:</strong> {zone.description}
        </p>
        {zone.uncertain && <Uncertain text={zone.uncertain} />}
      </div>
    </li>
  );
}

const PREVALENCE_WORDS: Readonly<Record<Prevalence, string>> = {
  common: 'Common',
  occasional: 'Found now and then',
  rare: 'Rare',
};

function TriggerPoint({ tp, cautions }: { tp: TriggerPointData; cautions: readonly TechniqueCaution[] }) {
  return (
    <div className="mp-tp" data-trigger-point={tp.id} data-prevalence={tp.prevalence}>
      <h4>
        {tp.name} <span className={`mp-prevalence mp-prevalence-${tp.prevalence}`}>{PREVALENCE_WORDS[tp.prevalence]}</span>
      </h4>
      <p>{tp.description}</p>
      {tp.clinicianOnly ? (
        <div className="mp-clinician-only" data-testid="clinician-only">
          <p>
            <strong>For a clinician's examination only: do not press here yourself.</strong> {tp.clinicianOnly}
          </p>
          <p>
            <strong>How a clinician finds it:</strong> {tp.palpation}
          </p>
        </div>
      ) : (
        <p>
          <strong>How to find it:</strong> {tp.palpation}
        </p>
      )}
      <TechniqueCautions cautions={cautions} />
      {tp.prevalenceNote && <p className="mp-note">{tp.prevalenceNote}</p>}
      {tp.uncertain && <Uncertain text={tp.uncertain} />}
    </div>
  );
}

function ClinicianBox({ cautions }: { cautions: readonly string[] }) {
  const id = useId();
  return (
    <section className="mp-clinician" role="note" aria-labelledby={id} data-testid="clinician-note">
      <h3 id={id}>
        <span aria-hidden="true">⚠ </span>See a clinician if
      </h3>
      {cautions.length > 0 ? (
        <TextList items={cautions} />
      ) : (
        <p>The pain is severe, keeps getting worse, or does not ease with self-care.</p>
      )}
    </section>
  );
}
