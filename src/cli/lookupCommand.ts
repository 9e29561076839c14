/**
 * `atlas lookup --at P [--at P ...] [--top N] [--found ...] [--answer ...] --json` and
 * `atlas lookup --batch`: the reverse lookup, with the checks, questions and spread it asks back.
 */
import { createInterface } from 'node:readline';
import { AnswerError, parseFound, parseQuestionAnswer, type Answers, type AnswerVocabulary } from '../atlas/askBack';
import { answerVocabulary, askBackData } from '../atlas/askBackData';
import { LOOKUP_QUESTIONS } from '../atlas/data/lookupQuestions';
import { lookupDrawing, type AskBackData } from '../atlas/lookupDrawing';
import { atlasMuscles } from '../atlas/muscles';
import type { OpenAtlas } from '../atlas/openAtlas';
import { loadOpenAtlas } from '../node/bakeZoneBytes';
import { BODY_OPTIONS, parseBodyChoice } from './bodyOption';
import { UsageError, type ParsedArgs } from './args';
import type { Command } from './commands';
import { requireJson } from './output';
import { PainPointError, parseDrawingPoint } from '../atlas/painPoints';
import { roundMetres } from './landmarksCommand';

const DEFAULT_TOP = 10;

/** The data asking back reads, from the whole atlas (built once). */
let askBack: { data: AskBackData; vocabulary: AnswerVocabulary } | undefined;
function askBackOfAtlas(): { data: AskBackData; vocabulary: AnswerVocabulary } {
  askBack ??= { data: askBackData(atlasMuscles(), LOOKUP_QUESTIONS), vocabulary: answerVocabulary(atlasMuscles(), LOOKUP_QUESTIONS) };
  return askBack;
}

/** Reads `--found` and `--answer` values (or `found=` / `answer=` batch tokens); a mistake is a UsageError. */
export function parseAnswers(found: readonly string[], answer: readonly string[]): Answers {
  const { vocabulary } = askBackOfAtlas();
  try {
    return { found: found.map((f) => parseFound(f, vocabulary)), questions: answer.map((a) => parseQuestionAnswer(a, vocabulary)) };
  } catch (error) {
    throw error instanceof AnswerError ? new UsageError(error.message) : error;
  }
}

/** Answers one drawing in the contract's shape. */
export function answerDrawing(points: readonly string[], top: number, atlas: OpenAtlas, answers: Answers = { found: [], questions: [] }) {
  const drawing = points.map((p) => {
    try {
      return parseDrawingPoint(p);
    } catch (error) {
      throw error instanceof PainPointError ? new UsageError(error.message) : error;
    }
  });
  const answer = lookupDrawing(drawing, atlas, { top, answers, askBack: askBackOfAtlas().data }, (i) => points[i]);
  // On the command line every point must count: one that cannot be placed is the user's mistake.
  const [first] = answer.unplaced;
  if (first) throw new UsageError(first.reason);
  return {
    points: answer.placed.map((r) => ({ at: r.at, position: r.position.map(roundMetres) })),
    candidates: answer.candidates.map((c) => ({
      muscle: c.muscle, side: c.side, score: c.score, baseScore: c.baseScore, explains: c.explains, why: c.why,
    })),
    checks: answer.checks.map((c) => ({ muscle: c.muscle, side: c.side, triggerPoint: c.triggerPoint, position: c.position.map(roundMetres), ask: c.ask })),
    questions: answer.questions.map((q) => ({ id: q.id, text: q.text, favours: q.favours.map((f) => ({ muscle: f.muscle, side: f.side })) })),
    spread: { areas: answer.spread.areas, regions: answer.spread.regions, count: answer.spread.count, widespread: answer.spread.widespread },
  };
}

function parseTop(args: ParsedArgs): number {
  const values = args.options.get('top');
  if (!values) return DEFAULT_TOP;
  const text = values[values.length - 1]!;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 1000) {
    throw new UsageError(`--top takes a whole number from 1 to 1000, not "${text}"`);
  }
  return Number(text);
}

/** The lookup command. */
export const lookupCommand: Command = {
  spec: { values: ['at', 'top', 'found', 'answer', ...BODY_OPTIONS], flags: ['json', 'batch'] },
  async run(args, write) {
    requireJson(args);
    const top = parseTop(args);
    const body = parseBodyChoice(args);
    const at = args.options.get('at') ?? [];
    if (args.flags.has('batch')) {
      if (at.length > 0) throw new UsageError('--batch reads drawings from standard input: do not also give --at');
      if (args.options.has('found') || args.options.has('answer')) {
        throw new UsageError('in --batch, give answers on each line as found=... and answer=... tokens, not as --found or --answer');
      }
      const atlas = await loadOpenAtlas(body);
      await answerBatch(top, atlas, write);
      return;
    }
    if (at.length === 0) throw new UsageError('lookup needs at least one --at P (a landmark name or x,y,z), or --batch');
    // Answers are checked before the atlas loads, so mistakes answer fast.
    const answers = parseAnswers(args.options.get('found') ?? [], args.options.get('answer') ?? []);
    const atlas = await loadOpenAtlas(body);
    write(`${JSON.stringify(answerDrawing(at, top, atlas, answers))}\n`);
  },
};

/** One drawing per input line, one JSON document per output line; a bad line answers with an error. */
async function answerBatch(top: number, atlas: OpenAtlas, write: (text: string) => void): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    let answer: unknown;
    try {
      // A line's answers are tokens after (or among) its points: found=... and answer=....
      const found = tokens.filter((t) => t.startsWith('found=')).map((t) => t.slice('found='.length));
      const answered = tokens.filter((t) => t.startsWith('answer=')).map((t) => t.slice('answer='.length));
      const points = tokens.filter((t) => !t.startsWith('found=') && !t.startsWith('answer='));
      if (points.length === 0) throw new UsageError('empty line: no pain points');
      answer = answerDrawing(points, top, atlas, parseAnswers(found, answered));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      answer = { error: error.message };
    }
    write(`${JSON.stringify(answer)}\n`);
  }
}
