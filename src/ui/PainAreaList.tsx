/**
 * "Choose from a list": pain areas by region with left/right checkboxes, synced with the drawing.
 * The rows (about 140 areas) exist only while the list is open: a closed list costs nothing to
 * render each time the drawing changes.
 */
import { useEffect, useId, useState } from 'react';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { PAIN_AREA_GROUPS, type PainArea } from './painAreas';
import type { LandmarkId } from '../atlas/landmarkNames';

/** The list; opened by default when there is no 3D view. */
export function PainAreaList({ open }: { open: boolean }) {
  const points = useAtlasStore((s) => s.painPoints);
  const [shown, setShown] = useState(open);
  useEffect(() => {
    if (open) setShown(true);
  }, [open]);
  const chosen = new Set<string>(points.flatMap((p) => (p.kind === 'landmark' ? [p.id] : [])));
  const toggle = (landmark: LandmarkId) => {
    const store = atlasStore.getState();
    if (chosen.has(landmark)) store.setPainPoints(store.painPoints.filter((p) => !(p.kind === 'landmark' && p.id === landmark)));
    else store.addPainPoint({ kind: 'landmark', id: landmark });
  };
  return (
    <details className="pain-areas" open={shown} onToggle={(e) => setShown(e.currentTarget.open)} data-testid="pain-areas">
      <summary>Choose painful areas from a list</summary>
      {shown && PAIN_AREA_GROUPS.map((group) => (
        <fieldset key={group.region}>
          <legend>{group.region}</legend>
          <ul>
            {group.areas.map((area) => (
              <AreaRow key={area.kind === 'midline' ? area.id : area.base} area={area} chosen={chosen} toggle={toggle} />
            ))}
          </ul>
        </fieldset>
      ))}
    </details>
  );
}

function AreaRow({ area, chosen, toggle }: { area: PainArea; chosen: Set<string>; toggle: (id: LandmarkId) => void }) {
  const id = useId();
  if (area.kind === 'midline') {
    return (
      <li>
        <input id={id} type="checkbox" data-landmark={area.id} checked={chosen.has(area.id)} onChange={() => toggle(area.id)} />
        <label htmlFor={id}>{area.label}</label>
      </li>
    );
  }
  return (
    <li className="sided" role="group" aria-labelledby={`${id}-name`}>
      <span id={`${id}-name`}>{area.label}</span>
      {(['r', 'l'] as const).map((s) => {
        const landmark: LandmarkId = `${area.base}_${s}`;
        return (
          <span key={s} className="side-choice">
            <input id={`${id}-${s}`} type="checkbox" data-landmark={landmark} checked={chosen.has(landmark)} onChange={() => toggle(landmark)} />
            <label htmlFor={`${id}-${s}`}>
              {s === 'r' ? 'Right' : 'Left'}
              <span className="visually-hidden"> {area.label.toLowerCase()}</span>
            </label>
          </span>
        );
      })}
    </li>
  );
}
