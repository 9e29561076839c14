/** `atlas lookup --at P [--at P ...] [--top N] --json` and `atlas lookup --batch`: the reverse lookup. */
import { createInterface } from 'node:readline';
import { lookupDrawing } from '../atlas/lookupDrawing';
import type { OpenAtlas } from '../atlas/openAtlas';
import { loadOpenAtlas } from '../node/bakeZoneBytes';
import { UsageError, type ParsedArgs } from './args';
import type { Command } from './commands';
import { requireJson } from './output';
import { PainPointError, parseDrawingPoint } from '../atlas/painPoints';
import { roundMetres } from './landmarksCommand';

const DEFAULT_TOP = 10;

/** Answers one drawing in the contract's shape. */
export function answerDrawing(points: readonly string[], top: number, atlas: OpenAtlas) {
  const drawing = points.map((p) => {
    try {
      return parseDrawingPoint(p);
    } catch (error) {
      throw error instanceof PainPointError ? new UsageError(error.message) : error;
    }
  });
  const answer = lookupDrawing(drawing, atlas, { top }, (i) => points[i]);
  // On the command line every point must count: one that cannot be placed is the user's mistake.
  const [first] = answer.unplaced;
  if (first) throw new UsageError(first.reason);
  return {
    points: answer.placed.map((r) => ({ at: r.at, position: r.position.map(roundMetres) })),
    candidates: answer.candidates.map((c) => ({ muscle: c.muscle, side: c.side, score: c.score, explains: c.explains, why: c.why })),
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
  spec: { values: ['at', 'top'], flags: ['json', 'batch'] },
  async run(args, write) {
    requireJson(args);
    const top = parseTop(args);
    const at = args.options.get('at') ?? [];
    if (args.flags.has('batch')) {
      if (at.length > 0) throw new UsageError('--batch reads drawings from standard input: do not also give --at');
      const atlas = await loadOpenAtlas();
      await answerBatch(top, atlas, write);
      return;
    }
    if (at.length === 0) throw new UsageError('lookup needs at least one --at P (a landmark name or x,y,z), or --batch');
    // Check every point's form before loading anything, so mistakes answer fast.
    const atlas = await loadOpenAtlas();
    write(`${JSON.stringify(answerDrawing(at, top, atlas))}\n`);
  },
};

/** One drawing per input line, one JSON document per output line; a bad line answers with an error. */
async function answerBatch(top: number, atlas: OpenAtlas, write: (text: string) => void): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const points = line.trim().split(/\s+/).filter(Boolean);
    let answer: unknown;
    try {
      if (points.length === 0) throw new UsageError('empty line: no pain points');
      answer = answerDrawing(points, top, atlas);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      answer = { error: error.message };
    }
    write(`${JSON.stringify(answer)}\n`);
  }
}
