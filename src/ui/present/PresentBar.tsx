/**
 * Presentation mode (`?mode=present`), for showing a patient during a visit: the body fills the
 * screen; a slim bar names the muscle in large type, steps through its trigger points one at a
 * time (the on-screen arrows or the keyboard's left and right arrows), replays the referral paths,
 * compares a second muscle (its main zones in blue), and carries a QR code of this view for the
 * patient's phone. A drag still turns the body. Leaving returns to where the user was.
 */
import { useEffect, useMemo, useState } from 'react';
import { atlasStore } from '../../state/store';
import { useAtlasStore } from '../../hooks/useAtlasStore';
import { findMuscleEntry, MUSCLES } from '../../state/muscleCatalogue';
import { BODY_REGIONS, REGION_LABELS } from '../../atlas/regionNames';
import { QrCode } from '../QrCode';
import { parseUrlState } from '../../state/urlState';
import './present.css';

/** The current link as the patient should open it: the same view, not in presentation. */
export function shareLink(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('mode');
  const query = params.toString().replace(/%3B/gi, ';').replace(/%2C/gi, ',').replace(/%7E/gi, '~').replace(/%3A/gi, ':');
  return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
}

function MuscleSelect({ id, label, value, onChange, none }: { id: string; label: string; value: string | null; onChange: (id: string | null) => void; none: string }) {
  return (
    <label className="present-select" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{none}</option>
        {BODY_REGIONS.map((region) => (
          <optgroup key={region} label={REGION_LABELS[region]}>
            {MUSCLES.filter((m) => m.region === region).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

export function PresentBar() {
  const muscleId = useAtlasStore((s) => s.selectedMuscle);
  const side = useAtlasStore((s) => s.selectedSide);
  const only = useAtlasStore((s) => s.presentTrigger);
  const compare = useAtlasStore((s) => s.compareMuscle);
  const returnTo = useAtlasStore((s) => s.modeReturn);
  // On a phone the extra controls fold away, so the body keeps the screen.
  const [more, setMore] = useState(false);
  // The link follows the store (urlSync writes it); re-read it whenever what it shows changes.
  const search = useAtlasStore((s) => `${s.selectedMuscle}|${s.selectedSide}|${s.painPoints.length}|${s.view}|${s.facing}|${s.bodyChoice.body}|${s.pose}`);
  const link = useMemo(() => (void search, shareLink(window.location.search)), [search]);
  const muscle = muscleId ? findMuscleEntry(muscleId) : undefined;
  const points = muscle?.triggerPoints ?? [];
  const index = only ? points.findIndex((tp) => tp.id === only) : -1;

  const step = (delta: number) => {
    if (points.length === 0) return;
    // -1 is "all trigger points"; stepping runs all, 1, 2, ... and round again.
    const next = ((index + 1 + delta + points.length + 1) % (points.length + 1)) - 1;
    atlasStore.getState().setPresentTrigger(next < 0 ? null : points[next]!.id);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'SELECT' || target.tagName === 'INPUT' || target.isContentEditable)) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      // In presentation the arrows step through the trigger points (a drag still turns the body).
      event.preventDefault();
      event.stopPropagation();
      step(event.key === 'ArrowRight' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  });

  const leave = () => {
    const state = atlasStore.getState();
    state.setPresentTrigger(null);
    state.setCompareMuscle(null);
    // Back to the explorer as it was when presentation began (its muscle, side and view).
    const before = returnTo === null ? null : parseUrlState(returnTo).state;
    state.setMode('explore');
    if (before) {
      const entry = before.muscle ? findMuscleEntry(before.muscle) : undefined;
      state.selectMuscle(entry ? entry.id : null, before.side ?? 'right');
      if (before.view) state.setView(before.view);
    }
  };

  return (
    <div className="present" data-testid="present">
      <section className="present-bar" aria-label="Presentation controls">
        <div className={more ? 'present-controls present-controls--open' : 'present-controls'}>
          <button type="button" className="present-step" aria-label="Previous trigger point" disabled={!muscle} onClick={() => step(-1)}>
            ◀
          </button>
          <button type="button" className="present-step" aria-label="Next trigger point" disabled={!muscle} onClick={() => step(1)}>
            ▶
          </button>
          <button type="button" onClick={() => atlasStore.getState().replayPaths()} disabled={!muscle}>
            Replay the paths
          </button>
          <button type="button" className="present-more" aria-expanded={more} aria-controls="present-extra" onClick={() => setMore(!more)}>
            {more ? 'Fewer' : 'More'}
          </button>
          <div className="present-extra" id="present-extra">
          <div className="present-sides" role="group" aria-label="Side of the body shown">
            {(['left', 'right'] as const).map((s) => (
              <button key={s} type="button" aria-pressed={side === s} onClick={() => atlasStore.getState().setSide(s)} disabled={!muscle}>
                {s === 'left' ? 'Left' : 'Right'}
              </button>
            ))}
          </div>
          <MuscleSelect id="present-muscle" label="Muscle" value={muscleId} none="None" onChange={(id) => atlasStore.getState().selectMuscle(id === null ? null : (findMuscleEntry(id)?.id ?? null), side)} />
          <MuscleSelect id="present-compare" label="Compare with" value={compare} none="No second muscle" onChange={(id) => atlasStore.getState().setCompareMuscle(id)} />
          <button type="button" className="present-leave" data-testid="present-leave" onClick={leave}>
            Leave presentation
          </button>
          </div>
        </div>
      </section>
      <div className="present-title" aria-live="polite">
        <h2>{muscle ? muscle.name : 'Choose a muscle to show'}</h2>
        {muscle && (
          <p>
            {side === 'left' ? 'Left' : 'Right'} side ·{' '}
            {index < 0 ? `all ${points.length} trigger point${points.length === 1 ? '' : 's'}` : `trigger point ${index + 1} of ${points.length}`}
            {compare && ` · compared with ${findMuscleEntry(compare)?.name ?? compare} (blue)`}
          </p>
        )}
        <p className="present-legend">
          <span className="present-swatch present-swatch--main" aria-hidden="true" /> main zone · <span className="present-swatch present-swatch--wide" aria-hidden="true" /> wider zone · × trigger point. Education only, not a diagnosis.
        </p>
      </div>
      <figure className="present-share">
        <QrCode text={link} size={112} label="QR code: open this view on your phone" testId="share-qr" />
        <figcaption>Scan to open this view on your phone</figcaption>
      </figure>
    </div>
  );
}
