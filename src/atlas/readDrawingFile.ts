/**
 * Reading a downloaded pain drawing back into the atlas: only what reopening it needs (its points
 * and areas in drawing order, and the answers, in the link's syntax), checked by hand because zod
 * stays out of the browser. Anything else in the file (candidates, words) is recomputed on
 * opening, so a file edited by hand cannot show candidates the atlas would not give.
 */
import { FOUND_TEXT, QUESTION_ANSWER_TEXT } from './askBack/answers';
import { PAIN_DRAWING_FORMAT, PAIN_DRAWING_VERSION } from './drawingExport';
import { isPainPointText } from './painPoints';
import { isBodyId, isBuildId, type BodyChoice } from './bodies';

/** The drawing a file holds, in the link's syntax. */
export interface DrawingFileContents {
  readonly points: readonly string[];
  readonly found: readonly string[];
  readonly answer: readonly string[];
  /** The body it was drawn on (its points are that body's coordinates), when the file names one. */
  readonly body?: BodyChoice;
}

/** Largest file the app reads (a drawing of the app's own is a few tens of kB). */
export const MAX_DRAWING_FILE_BYTES = 1_000_000;

/** Most points and answers a file may hold (the app keeps fewer points; more is surely not ours). */
const MAX_ITEMS = 100;
/** Longest text an item may hold (a painted area of the app's own is well under it). */
const MAX_TEXT = 4000;

/** The drawing in a parsed file, or a one-line reason it cannot be read. */
export function readDrawingFile(value: unknown): { ok: true; drawing: DrawingFileContents } | { ok: false; reason: string } {
  if (!isRecord(value) || value.format !== PAIN_DRAWING_FORMAT) return { ok: false, reason: 'This is not a pain drawing saved by the atlas.' };
  if (value.version !== PAIN_DRAWING_VERSION) return { ok: false, reason: `This pain drawing was saved by another version of the atlas (file version ${String(value.version)}).` };
  const spots = [...listOf(value.points), ...listOf(value.paintedAreas)];
  if (spots.length === 0 || spots.length > MAX_ITEMS) return { ok: false, reason: 'This pain drawing has no points the atlas can read.' };
  const ordered: { index: number; text: string }[] = [];
  for (const spot of spots) {
    if (!isRecord(spot) || !Number.isInteger(spot.index) || typeof spot.text !== 'string' || spot.text.length > MAX_TEXT || !isPainPointText(spot.text)) {
      return { ok: false, reason: 'A point of this pain drawing cannot be read.' };
    }
    ordered.push({ index: spot.index as number, text: spot.text });
  }
  ordered.sort((a, b) => a.index - b.index);
  // Every spot in its place once: 0, 1, 2, ... with none twice and none missing.
  if (ordered.some((s, i) => s.index !== i)) return { ok: false, reason: 'The points of this pain drawing are not numbered in order (one is missing or twice).' };
  if (!isRecord(value.answers)) return { ok: false, reason: 'This pain drawing has no answers part (the atlas always writes one).' };
  const answers = value.answers;
  const found = texts(answers.found, FOUND_TEXT);
  const answer = texts(answers.questions, QUESTION_ANSWER_TEXT);
  if (!found || !answer) return { ok: false, reason: 'An answer in this pain drawing cannot be read.' };
  const body = bodyOf(value.body);
  return { ok: true, drawing: { points: ordered.map((s) => s.text), found, answer, ...(body ? { body } : {}) } };
}

function texts(list: unknown, form: RegExp): string[] | null {
  if (list === undefined) return [];
  if (!Array.isArray(list) || list.length > MAX_ITEMS) return null;
  const out: string[] = [];
  for (const item of list) {
    if (!isRecord(item) || typeof item.text !== 'string' || item.text.length > MAX_TEXT || !form.test(item.text)) return null;
    out.push(item.text);
  }
  return out;
}

function bodyOf(value: unknown): BodyChoice | null {
  if (!isRecord(value) || typeof value.sex !== 'string' || typeof value.build !== 'string') return null;
  return isBodyId(value.sex) && isBuildId(value.build) ? { body: value.sex, build: value.build } : null;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
