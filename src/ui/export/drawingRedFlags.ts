/**
 * The red flags every export of a drawing carries, chosen as the pain panel chooses them: those of
 * the places the drawing touches (none: the few RedFlagList shows before a drawing), and those a
 * "yes" to a question may be a sign of (AskBack's question flags), most urgent first, each once.
 */
import type { Answers } from '../../atlas/askBack/answers';
import type { LookupQuestion } from '../../atlas/askBack/questionSchema';
import { RED_FLAGS, redFlagsFor, redFlagsWithIds, type RedFlag, type Urgency } from '../../atlas/data/redFlags';
import type { DrawingLookup } from '../../atlas/lookupDrawing';
import { BEFORE_DRAWING } from '../RedFlagList';

const ORDER: Readonly<Record<Urgency, number>> = { emergency: 0, 'same-day': 1, soon: 2 };

/** The drawing's red flags: the answered questions' ones first within each urgency. */
export function drawingRedFlags(lookup: Pick<DrawingLookup, 'areas' | 'places'>, answers: Answers, questions: readonly LookupQuestion[]): RedFlag[] {
  const yes = answers.questions.filter((q) => q.yes).flatMap((q) => questions.find((d) => d.id === q.question)?.redFlags ?? []);
  const byPlace = lookup.areas.length > 0 ? redFlagsFor(lookup.places) : BEFORE_DRAWING.flatMap((id) => RED_FLAGS.find((f) => f.id === id) ?? []);
  const seen = new Set<string>();
  return [...redFlagsWithIds(yes), ...byPlace]
    .filter((f) => !seen.has(f.id) && seen.add(f.id))
    .map((flag, i) => ({ flag, i }))
    .sort((a, b) => ORDER[a.flag.urgency] - ORDER[b.flag.urgency] || a.i - b.i)
    .map(({ flag }) => flag);
}

/** Only those that cannot wait for a visit (the PNG sheet has room for few). */
export function urgentRedFlags(flags: readonly RedFlag[]): RedFlag[] {
  return flags.filter((f) => f.urgency !== 'soon');
}
