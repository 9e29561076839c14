/**
 * Reading a downloaded pain drawing back into the atlas: only what reopening it needs (its points
 * and areas in drawing order, and the answers, in the link's syntax), checked by hand because zod
 * stays out of the browser. Anything else in the file (candidates, words) is recomputed on
 * opening, so a file edited by hand cannot show candidates the atlas would not give.
 */
import { FOUND_TEXT, QUESTION_ANSWER_TEXT } from './askBack/answers';
import { PAIN_DRAWING_FORMAT, PAIN_DRAWING_VERSION } from './drawingExport';
import { isPainPointText } from './painPoints';

/** The drawing a file holds, in the link's syntax. */
export interface DrawingFileContents {
  readonly points: readonly string[];
  readonly found: readonly string[];
  readonly answer: readonly string[];
}

/** Most points and answers a file may hold (the app keeps fewer points; more is surely not ours). */
const MAX_ITEMS = 100;

/** The drawing in a parsed file, or a one-line reason it cannot be read. */
export function readDrawingFile(value: unknown): { ok: true; drawing: DrawingFileContents } | { ok: false; reason: string } {
  if (!isRecord(value) || value.format !== PAIN_DRAWING_FORMAT) return { ok: false, reason: 'This is not a pain drawing saved by the atlas.' };
  if (value.version !== PAIN_DRAWING_VERSION) return { ok: false, reason: `This pain drawing was saved by another version of the atlas (file version ${String(value.version)}).` };
  const spots = [...listOf(value.points), ...listOf(value.paintedAreas)];
  if (spots.length === 0 || spots.length > MAX_ITEMS) return { ok: false, reason: 'This pain drawing has no points the atlas can read.' };
  const ordered: { index: number; text: string }[] = [];
  for (const spot of spots) {
    if (!isRecord(spot) || !Number.isInteger(spot.index) || typeof spot.text !== 'string' || !isPainPointText(spot.text)) {
      return { ok: false, reason: 'A point of this pain drawing cannot be read.' };
    }
    ordered.push({ index: spot.index as number, text: spot.text });
  }
  ordered.sort((a, b) => a.index - b.index);
  const answers = isRecord(value.answers) ? value.answers : {};
  const found = texts(answers.found, FOUND_TEXT);
  const answer = texts(answers.questions, QUESTION_ANSWER_TEXT);
  if (!found || !answer) return { ok: false, reason: 'An answer in this pain drawing cannot be read.' };
  return { ok: true, drawing: { points: ordered.map((s) => s.text), found, answer } };
}

function texts(list: unknown, form: RegExp): string[] | null {
  if (list === undefined) return [];
  if (!Array.isArray(list) || list.length > MAX_ITEMS) return null;
  const out: string[] = [];
  for (const item of list) {
    if (!isRecord(item) || typeof item.text !== 'string' || !form.test(item.text)) return null;
    out.push(item.text);
  }
  return out;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
