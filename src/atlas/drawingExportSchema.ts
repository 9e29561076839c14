/**
 * The runtime validator of a downloaded pain drawing (version 1, see `drawingExport.ts`), for the
 * tests and anyone reading the file outside the atlas (in Node). Zod stays out of the browser
 * bundle (a build test checks it), so the app's own reader (`readDrawingFile.ts`) checks only
 * what it reads back, and a unit test holds the two to the same files.
 */
import { z } from 'zod';
import { FOUND_ANSWERS } from './askBack/answers';
import { URGENCIES } from './data/redFlags';
import { SPREAD_REGIONS } from './askBack/spread';
import { BODY_IDS, BUILD_IDS } from './bodies';
import { SPREAD_AREAS } from './bodyRegions';
import { isLandmarkId } from './landmarkNames';
import { isPainPointText } from './painPoints';
import { SKIN_TONES } from './skinTones';
import { PAIN_DRAWING_FORMAT, PAIN_DRAWING_VERSION, type PainDrawingFile } from './drawingExport';

const vec3 = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]);
const side = z.enum(['left', 'right']);
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const index = z.number().int().nonnegative();

/** As the app's reader: more items than any drawing of ours holds, or a text longer than any, is not ours. */
const MAX_ITEMS = 100;
const MAX_TEXT = 4000;

const spot = {
  index,
  number: z.number().int().positive(),
  text: z.string().max(MAX_TEXT).refine(isPainPointText, 'not a pain point in the link syntax'),
  words: z.string().min(1).max(MAX_TEXT),
  placed: z.boolean(),
};

/** A pain-drawing file, version 1. */
export const painDrawingFileSchema = z
  .object({
    format: z.literal(PAIN_DRAWING_FORMAT),
    version: z.literal(PAIN_DRAWING_VERSION),
    createdAt: z.iso.datetime(),
    disclaimer: z.string().min(1),
    link: z.url(),
    body: z.object({ sex: z.enum(BODY_IDS), build: z.enum(BUILD_IDS), skinTone: z.enum(Object.keys(SKIN_TONES) as [keyof typeof SKIN_TONES, ...(keyof typeof SKIN_TONES)[]]) }),
    frame: z.string(),
    points: z.array(
      z.object({
        ...spot,
        kind: z.enum(['landmark', 'point']),
        landmark: z.string().refine(isLandmarkId, 'unknown landmark').optional(),
        // Absent for a landmark the body could not place.
        position: vec3.optional(),
      }),
    ).max(MAX_ITEMS),
    paintedAreas: z.array(z.object({ ...spot, radius: z.number().positive(), samples: z.array(vec3).min(1) })).max(MAX_ITEMS),
    answers: z.object({
      found: z.array(z.object({ muscle: kebab, side, triggerPoint: kebab.optional(), answer: z.enum(FOUND_ANSWERS), text: z.string().max(MAX_TEXT) })).max(MAX_ITEMS),
      questions: z.array(z.object({ question: kebab, answer: z.enum(['yes', 'no']), text: z.string().max(MAX_TEXT) })).max(MAX_ITEMS),
    }),
    widespreadPainIndex: z.object({
      areas: z.array(z.enum(SPREAD_AREAS)),
      regions: z.array(z.enum(SPREAD_REGIONS)),
      count: z.number().int().min(0).max(SPREAD_AREAS.length),
      widespread: z.boolean(),
    }),
    candidates: z.array(
      z.object({
        rank: z.number().int().positive(),
        muscle: kebab,
        name: z.string().min(1),
        side,
        score: z.number().gt(0).lte(1),
        baseScore: z.number().gte(0).lte(1),
        explains: z.array(index),
        reasons: z.array(z.object({ spot: index, triggerPoint: z.string(), zone: z.enum(['essential', 'spillover']), weight: z.number().min(0).max(1) })),
        why: z.string(),
      }),
    ),
    unexplained: z.array(index),
    // Optional within version 1 (older files lack it); the app's reader ignores it.
    redFlags: z.array(z.object({ id: kebab, urgency: z.enum(URGENCIES), text: z.string().min(1).max(MAX_TEXT) })).max(MAX_ITEMS).optional(),
  })
  .superRefine((file, ctx) => {
    // Every index names a point or an area of this drawing, each exactly once.
    const indexes = [...file.points, ...file.paintedAreas].map((p) => p.index).sort((a, b) => a - b);
    if (file.points.length + file.paintedAreas.length > MAX_ITEMS) ctx.addIssue({ code: 'custom', message: `more than ${MAX_ITEMS} points and areas` });
    if (indexes.some((n, i) => n !== i)) ctx.addIssue({ code: 'custom', message: 'point and area indexes must be 0..n-1, each once' });
    const known = new Set(indexes);
    for (const c of file.candidates) {
      if (!c.explains.every((i) => known.has(i))) ctx.addIssue({ code: 'custom', message: `${c.muscle} explains a spot the drawing does not have` });
    }
    if (file.widespreadPainIndex.count !== file.widespreadPainIndex.areas.length) ctx.addIssue({ code: 'custom', message: 'widespreadPainIndex.count must equal its areas' });
  });

/** Validates a parsed file: the file, or the issues in one line each. */
export function validatePainDrawingFile(value: unknown): { ok: true; file: PainDrawingFile } | { ok: false; issues: string[] } {
  const result = painDrawingFileSchema.safeParse(value);
  if (result.success) return { ok: true, file: result.data as unknown as PainDrawingFile };
  return { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
}
