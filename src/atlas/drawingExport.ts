/**
 * A pain drawing as a file the patient downloads and takes to their own clinician: the points and
 * painted areas (in the contract's frame and in words), the answers to the checks and questions,
 * the drawing's Widespread Pain Index areas, and the ranked candidate muscles with why each is
 * one. Versioned (`format` + `version`), so a later atlas can read an older file. Built here,
 * purely, from the app's own lookup; `drawingExportSchema.ts` validates it (in Node: zod stays
 * out of the browser) and `readDrawingFile.ts` reads its drawing back in the app.
 */
import { formatFound, formatQuestionAnswer, type Answers } from './askBack/answers';
import type { DrawingSpread } from './askBack/spread';
import type { BodyChoice } from './bodies';
import { nearestLandmark } from './bodyAreas';
import type { LandmarkId } from './landmarkNames';
import { describeSpot } from './lookup/describeSpot';
import type { DrawingLookup } from './lookupDrawing';
import { areaRadius, formatDrawingPoint, type DrawingPoint } from './painPoints';
import type { SkinToneId } from './skinTones';
import type { MuscleId, Side, Vec3 } from './types';

/** What every pain-drawing file says it is. */
export const PAIN_DRAWING_FORMAT = 'trigger-point-atlas/pain-drawing';
/** The version of the file's shape; a change that old readers cannot follow raises it. */
export const PAIN_DRAWING_VERSION = 1;
/** The frame of every position in the file (the contract's). */
export const PAIN_DRAWING_FRAME = "metres, rest pose, +Y up, feet on y = 0, facing +Z, the subject's left is +X";
/**
 * The atlas's disclaimer (as the app's footer words it), carried by every export, so a picture,
 * a file or a printed page never travels without it.
 */
export const EXPORT_DISCLAIMER =
  'Education only, not a diagnosis. Referral maps are clinical consensus drawings and vary between people. See a clinician for severe, new or unexplained pain; call emergency services for chest pain with breathlessness or sweating, sudden weakness or numbness.';

/** A tapped spot or a chosen landmark, as the file holds it. */
export interface ExportedPoint {
  /** Its place in the drawing, from 0 (the contract's `explains` numbering). */
  readonly index: number;
  /** The number on the body's pin and in the words ("Spot 2"): index + 1. */
  readonly number: number;
  readonly kind: 'landmark' | 'point';
  /** The point in the link's and the CLI's syntax (`temple_r`, `x,y,z`). */
  readonly text: string;
  readonly landmark?: LandmarkId;
  /** Where it lies on the skin (metres, see `frame`); absent for a landmark not placed on the body. */
  readonly position?: Vec3;
  /** Where it is, in the patient's words ("Your right temple"). */
  readonly words: string;
  /** False when it could not be placed on the body (and counted for nothing). */
  readonly placed: boolean;
}

/** A painted area: the brush's centres and radius, as the link writes it. */
export interface ExportedArea {
  readonly index: number;
  readonly number: number;
  /** `area~x,y,z~...` (see painPoints.ts). */
  readonly text: string;
  /** The brush radius, metres. */
  readonly radius: number;
  readonly samples: readonly Vec3[];
  readonly words: string;
  readonly placed: boolean;
}

/** One ranked candidate muscle, with the app's own reasons. */
export interface ExportedCandidate {
  /** 1 is the best match. */
  readonly rank: number;
  readonly muscle: MuscleId;
  readonly name: string;
  readonly side: Side;
  /** After the answers, in (0, 1]. */
  readonly score: number;
  /** Before any answer. */
  readonly baseScore: number;
  /** Indexes of the points and areas it explains. */
  readonly explains: readonly number[];
  /** For each explained spot, the trigger point and the zone that reach it. */
  readonly reasons: readonly { readonly spot: number; readonly triggerPoint: string; readonly zone: 'essential' | 'spillover'; readonly weight: number }[];
  /** The explanation the app shows, in words. */
  readonly why: string;
}

/** The answers in the file: structured, and in the link's syntax (`text`). */
export interface ExportedAnswers {
  readonly found: readonly { readonly muscle: MuscleId; readonly side: Side; readonly triggerPoint?: string; readonly answer: 'reproduces' | 'tender' | 'nothing'; readonly text: string }[];
  readonly questions: readonly { readonly question: string; readonly answer: 'yes' | 'no'; readonly text: string }[];
}

/** A downloaded pain drawing (version 1). */
export interface PainDrawingFile {
  readonly format: typeof PAIN_DRAWING_FORMAT;
  readonly version: typeof PAIN_DRAWING_VERSION;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly disclaimer: string;
  /** The atlas link that opens this drawing again. */
  readonly link: string;
  readonly body: { readonly sex: BodyChoice['body']; readonly build: BodyChoice['build']; readonly skinTone: SkinToneId };
  readonly frame: string;
  readonly points: readonly ExportedPoint[];
  readonly paintedAreas: readonly ExportedArea[];
  readonly answers: ExportedAnswers;
  /** The drawing's areas among the 19 of the Widespread Pain Index, and the 2016 criterion's regions. */
  readonly widespreadPainIndex: DrawingSpread;
  readonly candidates: readonly ExportedCandidate[];
  /** Indexes of placed points and areas no muscle of the atlas refers pain to. */
  readonly unexplained: readonly number[];
  /**
   * The red flags the pain panel shows for this drawing and its answers, most urgent first.
   * Optional (added within version 1: older files lack it; the app's reader ignores it).
   */
  readonly redFlags?: readonly ExportedRedFlag[];
}

/** A red flag as the file carries it (see `data/redFlags.ts`). */
export interface ExportedRedFlag {
  readonly id: string;
  readonly urgency: 'emergency' | 'same-day' | 'soon';
  readonly text: string;
}

/** What {@link buildPainDrawingFile} needs: the drawing, its lookup, and where it was drawn. */
export interface PainDrawingInput {
  readonly points: readonly DrawingPoint[];
  readonly lookup: DrawingLookup;
  readonly answers: Answers;
  readonly body: BodyChoice;
  readonly skinTone: SkinToneId;
  readonly landmarks: ReadonlyMap<LandmarkId, { readonly position: Vec3 }>;
  /** The display name of a muscle. */
  readonly muscleName: (id: MuscleId) => string;
  readonly createdAt: Date;
  readonly link: string;
  /** The red flags to carry (the UI picks them as the panel does). */
  readonly redFlags?: readonly ExportedRedFlag[];
}

/** The file of a drawing: every point and area in drawing order, the answers and the candidates. */
export function buildPainDrawingFile(input: PainDrawingInput): PainDrawingFile {
  const { lookup, landmarks } = input;
  const placedAt = new Map(lookup.placed.map((p) => [p.index, p.position]));
  const points: ExportedPoint[] = [];
  const paintedAreas: ExportedArea[] = [];
  input.points.forEach((point, index) => {
    const at = placedAt.get(index);
    const common = { index, number: index + 1, text: formatDrawingPoint(point), words: drawingPointWords(point, landmarks, at), placed: at !== undefined };
    if (point.kind === 'area') paintedAreas.push({ ...common, radius: areaRadius(point), samples: point.samples.map(copy) });
    else {
      // A landmark the body could not place has no position: never a made-up [0, 0, 0].
      const position = at ?? (point.kind === 'point' ? point.position : undefined);
      points.push({ ...common, kind: point.kind, ...(point.kind === 'landmark' ? { landmark: point.id } : {}), ...(position ? { position: copy(position) } : {}) });
    }
  });
  return {
    format: PAIN_DRAWING_FORMAT,
    version: PAIN_DRAWING_VERSION,
    createdAt: input.createdAt.toISOString(),
    disclaimer: EXPORT_DISCLAIMER,
    link: input.link,
    body: { sex: input.body.body, build: input.body.build, skinTone: input.skinTone },
    frame: PAIN_DRAWING_FRAME,
    points,
    paintedAreas,
    answers: {
      found: input.answers.found.map((f) => ({ muscle: f.muscle, side: f.side, ...(f.triggerPoint ? { triggerPoint: f.triggerPoint } : {}), answer: f.answer, text: formatFound(f) })),
      questions: input.answers.questions.map((q) => ({ question: q.question, answer: q.yes ? 'yes' : 'no', text: formatQuestionAnswer(q) })),
    },
    widespreadPainIndex: { areas: [...lookup.spread.areas], regions: [...lookup.spread.regions], count: lookup.spread.count, widespread: lookup.spread.widespread },
    candidates: lookup.candidates.map((c, i) => ({
      rank: i + 1,
      muscle: c.muscle,
      name: input.muscleName(c.muscle),
      side: c.side,
      score: c.score,
      baseScore: c.baseScore,
      explains: [...c.explains],
      reasons: c.details.map((d) => ({ spot: d.spot, triggerPoint: d.triggerPoint, zone: d.kind, weight: d.weight })),
      why: c.why,
    })),
    unexplained: [...lookup.unexplained],
    ...(input.redFlags ? { redFlags: input.redFlags.map((f) => ({ id: f.id, urgency: f.urgency, text: f.text })) } : {}),
  };
}

/**
 * Where a drawing point is, in the patient's words: "Your right temple" for a landmark, "Near
 * your right temple" for a tap, "Painted area around ..." for an area (its centres' middle).
 * `at` is where the lookup placed it, if it did.
 */
export function drawingPointWords(point: DrawingPoint, landmarks: ReadonlyMap<LandmarkId, { readonly position: Vec3 }>, at?: Vec3): string {
  if (point.kind === 'landmark') return capitalise(describeSpot(point.id, 0));
  const where = point.kind === 'area' ? middle(point.samples) : (at ?? point.position);
  const near = nearestLandmark(where, landmarks);
  const words = near ? describeSpot(near, 0) : 'the body';
  return point.kind === 'area' ? `Painted area around ${words}` : `Near ${words}`;
}

/** The file's name for a day: `pain-drawing-2026-12-01.json` (or `.png`). */
export function exportFileName(createdAt: Date, extension: 'json' | 'png'): string {
  const day = [createdAt.getFullYear(), createdAt.getMonth() + 1, createdAt.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `pain-drawing-${day}.${extension}`;
}

function middle(samples: readonly Vec3[]): Vec3 {
  const sum = samples.reduce<[number, number, number]>((s, p) => [s[0] + p[0], s[1] + p[1], s[2] + p[2]], [0, 0, 0]);
  const n = Math.max(1, samples.length);
  return [sum[0] / n, sum[1] / n, sum[2] / n];
}

function copy(p: Vec3): Vec3 {
  return [p[0], p[1], p[2]];
}


// The core cannot import ui/painAreas.ts's twin (a lint rule keeps src/atlas free of the UI).
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
