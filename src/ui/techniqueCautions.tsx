/**
 * Cautions shown right under the technique they belong to (in a muscle's panel, beside a check),
 * so they are read before it is tried.
 */
import type { MuscleData, Technique, TechniqueCaution } from '../atlas/muscleSchema';
import { listWords } from './listWords';

/** The cautions tied to one technique (for palpation, those of one trigger point or of all). */
export function cautionsFor(muscle: MuscleData, technique: Technique, triggerPoint?: string): TechniqueCaution[] {
  return muscle.techniqueCautions.filter(
    (c) => c.technique === technique && (triggerPoint === undefined || !c.triggerPoints || c.triggerPoints.includes(triggerPoint)),
  );
}

/** Cautions shown right under the technique they belong to, so they are read before it is tried. */
export function TechniqueCautions({ cautions }: { cautions: readonly TechniqueCaution[] }) {
  if (cautions.length === 0) return null;
  return (
    <ul className="mp-technique-cautions" data-testid="technique-caution">
      {cautions.map((c, i) => (
        <li key={i} data-near={c.near.join('; ')}>
          <strong>
            <span aria-hidden="true">⚠ </span>Careful near the {listWords(c.near)}:
          </strong>{' '}
          {c.caution}
        </li>
      ))}
    </ul>
  );
}
