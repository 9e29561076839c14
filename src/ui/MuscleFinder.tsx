/**
 * Find a muscle by name, synonym, body region or symptom ("tennis elbow"; a muscle found by a
 * symptom says which): a search box over the muscles grouped from head to foot. Keyboard: ArrowDown
 * from the box enters the list, ArrowUp/ArrowDown/Home/End move in it, Enter selects, Escape clears
 * the box (or, in the list, goes back to the box). A left column on wide screens; on phones it folds
 * behind a "Muscles" button so it does not cover the body.
 */
import type { MuscleId } from '../atlas/types';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { MUSCLES, searchableMuscles } from '../state/muscleCatalogue';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { findMuscles, fuzzySearchReady, groupByRegion, loadFuzzySearch, symptomWarning } from './muscleSearch';
import { pointAtMuscle, stopPointingAtMuscle } from './pointAtMuscle';
import './panels.css';

// Keys the finder handles itself; kept from the window so the camera does not turn as well.
const OWN_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Enter', ' ']);

/** Options of {@link MuscleFinder}. */
export interface MuscleFinderProps {
  /**
   * Flow inside a container the app lays out (a sidebar) instead of being the stage's own left
   * column. Either way it folds behind the "Muscles" button on phones.
   */
  embedded?: boolean;
}

/** The muscle finder: search box plus the grouped results. */
export function MuscleFinder({ embedded = false }: MuscleFinderProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // The option that Tab lands on (roving tabindex): the last one focused, else the selected one, else the first.
  const [activeId, setActiveId] = useState<MuscleId | null>(null);
  const selected = useAtlasStore((s) => s.selectedMuscle);
  const inputId = useId();
  const bodyId = useId();
  const countId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const optionRefs = useRef(new Map<string, HTMLButtonElement>());

  // Typo-tolerant matching arrives with the first keystroke (or focus); plain matching answers until then.
  const [fuzzy, setFuzzy] = useState(fuzzySearchReady);
  const wantFuzzy = () => {
    if (!fuzzy) void loadFuzzySearch().then(() => setFuzzy(true));
  };
  useEffect(() => {
    if (query !== '' && !fuzzy) void loadFuzzySearch().then(() => setFuzzy(true));
  }, [query, fuzzy]);
  const matches = useMemo(() => findMuscles(query, searchableMuscles()), [query, fuzzy]);
  const groups = useMemo(() => groupByRegion(matches.map((m) => m.muscle)), [matches]);
  // Why a muscle is listed, when a symptom word found it ("for: tennis elbow").
  const symptomOf = useMemo(() => new Map(matches.flatMap((m) => (m.symptom ? [[m.muscle.id, m.symptom] as const] : []))), [matches]);
  const order = useMemo(() => groups.flatMap((g) => g.muscles.map((m) => m.id)), [groups]);
  // An entry that leaves the list (the search narrowed it) sends no blur or leave: its pointing ends here.
  useEffect(() => {
    const { hoveredMuscle } = atlasStore.getState();
    if (hoveredMuscle !== null && !order.includes(hoveredMuscle)) stopPointingAtMuscle(hoveredMuscle);
  }, [order]);
  // A complaint with a sign that needs a clinician first ("chest pain") says so above its muscles.
  const warnings = useMemo(() => [...new Set([...symptomOf.values()].flatMap((term) => symptomWarning(term) ?? []))], [symptomOf]);
  const tabStop = [activeId, selected, order[0]].find((id) => id != null && order.includes(id)) ?? null;

  // A muscle picked elsewhere (on the body, from a link) is scrolled into view in the list, without taking focus.
  useEffect(() => {
    const list = listRef.current;
    const option = selected ? optionRefs.current.get(selected) : undefined;
    if (!list || !option || list.contains(document.activeElement)) return;
    const top = option.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + option.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top - list.clientHeight / 2;
    }
  }, [selected]);

  // On phones the open list covers the body: a tap anywhere else folds it.
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const focusOption = (index: number) => {
    const id = order[Math.max(0, Math.min(order.length - 1, index))];
    if (id === undefined) return;
    setActiveId(id);
    optionRefs.current.get(id)?.focus();
  };

  const choose = (id: MuscleId) => {
    setActiveId(id);
    // On phones the list folds away so the body and the muscle panel can be seen.
    setOpen(false);
    atlasStore.getState().selectMuscle(id);
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusOption(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = order[0];
      if (first !== undefined) choose(first);
    } else if (event.key === 'Escape') {
      // Clear first; a second Escape on an empty box folds the list on phones.
      event.preventDefault();
      if (query !== '') setQuery('');
      else setOpen(false);
    }
  };

  const onOptionKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (OWN_KEYS.has(event.key)) event.stopPropagation();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusOption(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (index === 0) inputRef.current?.focus();
        else focusOption(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusOption(0);
        break;
      case 'End':
        event.preventDefault();
        focusOption(order.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        inputRef.current?.focus();
        break;
    }
  };

  const count = order.length;
  const all = MUSCLES.length;

  return (
    <nav ref={rootRef} className={`muscle-finder${embedded ? ' muscle-finder--embedded' : ''}${open ? ' is-open' : ''}`} aria-label="Muscles" data-testid="muscle-finder">
      <button
        type="button"
        className="mf-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        data-testid="muscle-finder-toggle"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="mf-toggle-icon">
          {open ? '▴' : '▾'}
        </span>{' '}
        Muscles
      </button>
      <div className="mf-body" id={bodyId}>
        <div className="mf-search">
          <label htmlFor={inputId}>Find a muscle</label>
          <input
            ref={inputRef}
            id={inputId}
            type="search"
            data-testid="muscle-search"
            placeholder="e.g. trapezius, neck, headache"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={countId}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActiveId(null);
            }}
            onKeyDown={onInputKeyDown}
            onFocus={wantFuzzy}
          />
          <p id={countId} className="mf-count" aria-live="polite">
            {count === 0
              ? `No muscle matches "${query.trim()}".`
              : count === all
                ? `${all} muscles, head to foot. Arrow down to browse.`
                : `${count} of ${all} muscles match.`}
          </p>
        </div>
        <div className="mf-results" ref={listRef}>
          {warnings.map((warning) => (
            <p key={warning} className="mf-warning" role="note" data-testid="symptom-warning">
              <strong>See a clinician first:</strong> {warning}
            </p>
          ))}
          {groups.map((group) => (
            <section key={group.region} className="mf-group" aria-labelledby={`${bodyId}-${group.region}`}>
              <h3 id={`${bodyId}-${group.region}`}>{group.label}</h3>
              <ul>
                {group.muscles.map((muscle) => {
                  const index = order.indexOf(muscle.id);
                  const isSelected = muscle.id === selected;
                  return (
                    <li key={muscle.id}>
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) optionRefs.current.set(muscle.id, el);
                          else optionRefs.current.delete(muscle.id);
                        }}
                        className="mf-option"
                        data-testid="muscle-option"
                        data-muscle={muscle.id}
                        aria-current={isSelected ? 'true' : undefined}
                        tabIndex={muscle.id === tabStop ? 0 : -1}
                        onFocus={() => {
                          setActiveId(muscle.id);
                          pointAtMuscle(muscle.id);
                        }}
                        onBlur={() => stopPointingAtMuscle(muscle.id)}
                        onMouseEnter={() => pointAtMuscle(muscle.id)}
                        onMouseLeave={() => stopPointingAtMuscle(muscle.id)}
                        onKeyDown={(e) => onOptionKeyDown(e, index)}
                        onClick={() => choose(muscle.id)}
                      >
                        {muscle.name}
                        {symptomOf.has(muscle.id) && (
                          <span className="mf-symptom">
                            for: {symptomOf.get(muscle.id)}
                          </span>
                        )}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </nav>
  );
}
