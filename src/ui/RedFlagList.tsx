/**
 * Signs that need a clinician, shown wherever a patient looks for the cause of their pain: the red
 * flags of the body areas the drawing touches (see `atlas/data/redFlags.ts`), most urgent first,
 * with the general ones; before anything is drawn, the few that matter anywhere. A chunk of its
 * own with the flags' citations (see `RedFlags.tsx`): only a pain drawing needs them.
 */
import { RED_FLAG_CITATIONS } from 'virtual:red-flag-citations';
import type { BodyArea, RedFlagPlace } from '../atlas/bodyAreas';
import { RED_FLAGS, redFlagsFor, URGENCY_WORDS, type RedFlag } from '../atlas/data/redFlags';
import { listWords } from './listWords';

const AREA_WORDS: Readonly<Record<BodyArea, string>> = {
  head: 'head', neck: 'neck', chest: 'chest', abdomen: 'belly and groin', back: 'back',
  'upper-limb': 'shoulder and arm', 'lower-limb': 'hip and leg',
};
/** Before a drawing exists (or where no body area has flags): the flags a patient anywhere on the body must not miss. */
export const BEFORE_DRAWING = ['cardiac-chest-pain', 'thunderclap-headache', 'cauda-equina', 'aortic-aneurysm', 'deep-vein-thrombosis', 'systemic'];

/**
 * The red flags for the places the drawing touches (none drawn yet: the few that matter
 * anywhere); `areas` name them in the heading.
 */
export default function RedFlagList({ areas, places }: { areas: readonly BodyArea[]; places: readonly RedFlagPlace[] }) {
  const flags: readonly RedFlag[] = areas.length > 0
    ? redFlagsFor(places)
    : BEFORE_DRAWING.map((id) => RED_FLAGS.find((f) => f.id === id)!);
  const where = areas.length > 0 ? ` for pain in the ${listWords(areas.map((a) => AREA_WORDS[a]), 'or')}` : '';
  return (
    <div className="red-flags" role="note" data-testid="red-flags" data-areas={areas.join(' ')}>
      <h3>See a clinician first{where} if</h3>
      <ul>
        {flags.map((flag) => (
          <li key={flag.id} data-red-flag={flag.id} data-urgency={flag.urgency}>
            <strong className={`urgency urgency-${flag.urgency}`}>{URGENCY_WORDS[flag.urgency]}:</strong> {flag.text}
          </li>
        ))}
      </ul>
      <p>This list ranks muscles whose trigger points can refer pain to the spots you marked. It is not a diagnosis.</p>
      <details className="red-flag-sources">
        <summary>Where these signs come from</summary>
        <ol>
          {[...new Set(flags.flatMap((f) => f.sources))].map((id) => (
            <li key={id} data-source={id}>
              {RED_FLAG_CITATIONS[id] ?? id}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
