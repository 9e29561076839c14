/**
 * The rows of the list of painful areas, with their filter: a chunk of its own, loaded the first
 * time the list opens (see `PainAreaList`).
 */
import { useId, useState } from 'react';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { filterAreaGroups, type PainArea } from './painAreas';
import type { LandmarkId } from '../atlas/landmarkNames';

export default function PainAreaRows() {
  const points = useAtlasStore((s) => s.painPoints);
  const [filter, setFilter] = useState('');
  const groups = filterAreaGroups(filter);
  const chosen = new Set<string>(points.flatMap((p) => (p.kind === 'landmark' ? [p.id] : [])));
  const toggle = (landmark: LandmarkId) => {
    const store = atlasStore.getState();
    if (chosen.has(landmark)) store.setPainPoints(store.painPoints.filter((p) => !(p.kind === 'landmark' && p.id === landmark)));
    else store.addPainPoint({ kind: 'landmark', id: landmark });
  };
  return (
    <>
      <label className="pain-area-filter">
        <span className="visually-hidden">Filter the areas</span>
        <input
          type="search"
          data-testid="pain-area-filter"
          placeholder="Filter, e.g. knee, jaw"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
      </label>
      {groups.length === 0 && <p className="pain-area-none">No area matches “{filter}”.</p>}
      {groups.map((group) => (
        <fieldset key={group.region}>
          <legend>{group.region}</legend>
          <ul>
            {group.areas.map((area) => (
              <AreaRow key={area.kind === 'midline' ? area.id : area.base} area={area} chosen={chosen} toggle={toggle} />
            ))}
          </ul>
        </fieldset>
      ))}
    </>
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
