/**
 * The one lookup pipeline, from a pain drawing to its answer, shared by the command line and the
 * app: each point placed on the skin (or set aside with the reason it could not be), the ranked
 * candidates with `explains` in the drawing's own numbering (re-ranked by the patient's answers),
 * the checks and questions to ask next, the drawing's spread, and the body areas it touches (for
 * the red flags).
 */
import {
  baseCandidates, latestAnswers, NO_ANSWERS, rerank, spreadOfLandmarks,
  type Answers, type AskedQuestion, type Check, type DrawingSpread, type LookupQuestion,
} from './askBack';
import type { nextChecks, nextQuestions } from './askBack';
import { landmarksOfDrawing, placesOfDrawing, type BodyArea, type RedFlagPlace } from './bodyAreas';
import { explainCandidate, FIND_CANDIDATES_DEFAULTS, rankCandidates, type Candidate, type FindCandidatesOptions } from './lookup';
import type { MuscleId, TriggerPointId } from './types';
import type { OpenAtlas } from './openAtlas';
import { PainPointError, resolveDrawingPoint, type DrawingPoint, type ResolvedPainPoint } from './painPoints';

/** A drawing point placed on the skin, with its index in the drawing. */
export interface PlacedPoint extends ResolvedPainPoint {
  readonly index: number;
  readonly point: DrawingPoint;
}

/** A drawing point that could not be placed, and why (one line). */
export interface UnplacedPoint {
  readonly index: number;
  readonly point: DrawingPoint;
  readonly reason: string;
}

/** A candidate of the answer: its score after the patient's answers, and before them. */
export interface AnsweredLookupCandidate extends Candidate {
  /** The score before any answer. */
  readonly baseScore: number;
}

/** What asking back needs from the atlas's data: the questions, and who may press where. */
export interface AskBackData {
  readonly questions: readonly LookupQuestion[];
  /**
   * True when this trigger point is never offered as a check: only a clinician should palpate
   * it, or a patient pressing alone should not (the front of the neck, the belly, the calf...).
   */
  clinicianOnly(muscle: MuscleId, triggerPoint: TriggerPointId): boolean;
  /** What to say beside a check of this muscle, if anything (what a "yes" does not rule out). */
  checkCaution?(muscle: MuscleId): string | undefined;
  /**
   * The choosers of the next checks and questions. They come with the data (`askBackData`), so
   * the app loads them with the questions, when a drawing first exists, not in its first view.
   */
  readonly nextChecks: typeof nextChecks;
  readonly nextQuestions: typeof nextQuestions;
}

/** Options of {@link lookupDrawing}. */
export interface LookupOptions extends Partial<FindCandidatesOptions> {
  /** The patient's answers so far (none by default). */
  readonly answers?: Answers;
  /** Without it, no checks or questions are offered (and question answers count for nothing). */
  readonly askBack?: AskBackData;
}

/** The answer to one drawing. */
export interface DrawingLookup {
  /** The points placed on the skin, in drawing order. */
  readonly placed: readonly PlacedPoint[];
  readonly unplaced: readonly UnplacedPoint[];
  /** Best first, after the answers; `explains` holds indices into the drawing (not into `placed`). */
  readonly candidates: readonly AnsweredLookupCandidate[];
  /** Trigger points to press next, best first (at most 3). */
  readonly checks: readonly Check[];
  /** Questions whose answer would change the top three (at most 3). */
  readonly questions: readonly AskedQuestion[];
  /** The drawing's areas of the Widespread Pain Index and regions of the 2016 criterion. */
  readonly spread: DrawingSpread;
  /** Indices (into the drawing) of placed spots that no muscle of the atlas refers pain to. */
  readonly unexplained: readonly number[];
  /** The body areas the placed points lie in. */
  readonly areas: readonly BodyArea[];
  /** Every place the placed points touch (areas, regions, the jaw): what picks the red flags. */
  readonly places: readonly RedFlagPlace[];
}

/** Answers a drawing on `atlas`; `at` gives each point's text (default: its canonical form). */
export function lookupDrawing(
  points: readonly DrawingPoint[],
  atlas: OpenAtlas,
  options: LookupOptions = {},
  at: (index: number) => string | undefined = () => undefined,
): DrawingLookup {
  const placed: PlacedPoint[] = [];
  const unplaced: UnplacedPoint[] = [];
  points.forEach((point, index) => {
    try {
      placed.push({ ...resolveDrawingPoint(point, atlas, at(index)), index, point });
    } catch (error) {
      if (!(error instanceof PainPointError)) throw error;
      unplaced.push({ index, point, reason: error.message });
    }
  });
  const drawing = placed.map((p) => p.spot);
  const { index } = atlas;
  const { top } = { ...FIND_CANDIDATES_DEFAULTS, ...options };
  const answers = latestAnswers(options.answers ?? NO_ANSWERS);
  const questionList = options.askBack?.questions ?? [];
  const questionsById = new Map(questionList.map((q) => [q.id, q]));
  const bases = drawing.length === 0 ? [] : baseCandidates(rankCandidates(drawing, index, options), index, drawing.length);
  const answered = rerank(bases, index, drawing.length, answers, questionsById);
  const candidates = answered.slice(0, Math.max(0, top)).map((a): AnsweredLookupCandidate => {
    const c = explainCandidate(a.candidate, a.scored, drawing, index);
    return {
      ...c,
      score: a.score,
      baseScore: a.baseScore,
      explains: c.explains.map((i) => placed[i]!.index),
      details: c.details.map((d) => ({ ...d, spot: placed[d.spot]!.index })),
      why: [c.why, ...a.notes].join(' '),
    };
  });
  const askBack = options.askBack;
  const checks = askBack
    ? askBack.nextChecks(bases, answered, {
      index, spots: drawing.length, answers, questions: questionsById, landmarks: atlas.landmarks,
      clinicianOnly: (m, t) => askBack.clinicianOnly(m, t),
      ...(askBack.checkCaution ? { checkCaution: (m: MuscleId) => askBack.checkCaution!(m) } : {}),
    })
    : [];
  const questions = askBack ? askBack.nextQuestions(bases, answered, index, drawing.length, answers, questionList, questionsById) : [];
  const located = placed.map((p) => (p.point.kind === 'landmark' ? { landmark: p.point.id, position: p.position } : { position: p.position }));
  const spread = spreadOfLandmarks(landmarksOfDrawing(located, atlas.landmarks));
  const explained = new Set(bases.flatMap((b) => b.hits.map((h) => h.spot)));
  const unexplained = placed.flatMap((p, i) => (explained.has(i) ? [] : [p.index]));
  return { placed, unplaced, candidates, checks, questions, spread, unexplained, ...placesOfDrawing(located, atlas.landmarks) };
}
