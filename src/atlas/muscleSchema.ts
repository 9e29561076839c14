/**
 * The shape of the hand-authored atlas data (muscles, trigger points, referral zones), as runtime
 * validators. Data is authored for the subject's RIGHT-side muscle; the left side is its mirror.
 * Landmark references are written from the muscle's own side: `temple` means the same side's
 * temple, `temple@opposite` the other side's, and midline names (`sacrum`) stand as they are.
 */
import { z } from 'zod';
import { isMidlineLandmark, isSidedLandmarkBase } from './landmarkNames';
import { REGIONS, type Region } from './regions';
import { PREVALENCES, type Prevalence } from './prevalence';

export { REGIONS, type Region };

/** A landmark seen from the muscle's side: `temple`, `temple@opposite` or a midline name. */
export const landmarkRefSchema = z.string().refine(
  (ref) => {
    const [base = '', qualifier, ...rest] = ref.split('@');
    if (rest.length > 0) return false;
    if (isMidlineLandmark(base)) return qualifier === undefined;
    return isSidedLandmarkBase(base) && (qualifier === undefined || qualifier === 'opposite');
  },
  { message: 'unknown landmark reference (use a contract landmark base name, optionally @opposite)' },
);
/** See {@link landmarkRefSchema}. */
export type LandmarkRef = z.infer<typeof landmarkRefSchema>;

/**
 * A place on the skin, built from landmarks: the landmark itself, or the point a fraction `t` of
 * the way toward another landmark, optionally shifted by `offset` metres as
 * [lateral (away from the midline), up, forward]; the result is snapped to the nearest skin.
 */
export const anchorSchema = z.union([
  landmarkRefSchema,
  z.strictObject({
    landmark: landmarkRefSchema,
    toward: landmarkRefSchema.optional(),
    t: z.number().min(0).max(1).optional(),
    offset: z.tuple([z.number(), z.number(), z.number()]).optional(),
  }),
]);
/** See {@link anchorSchema}. */
export type Anchor = z.infer<typeof anchorSchema>;

const metres = z.number().positive().max(0.5);

/**
 * One piece of a referral zone, measured geodesically over the skin: a disc of `radius` around a
 * centre, or a stroke of `width` along the shortest skin path through `path` anchors in order.
 * `feather` is the soft edge's width (default in the baker).
 */
export const zoneShapeSchema = z.discriminatedUnion('shape', [
  z.strictObject({ shape: z.literal('disc'), center: anchorSchema, radius: metres, feather: metres.optional() }),
  z.strictObject({
    shape: z.literal('stroke'),
    path: z.array(anchorSchema).min(2),
    width: metres,
    feather: metres.optional(),
  }),
]);
/** See {@link zoneShapeSchema}. */
export type ZoneShape = z.infer<typeof zoneShapeSchema>;

/** Travell & Simons' two layers: essential (nearly every patient) and spillover (some). */
export const zoneKindSchema = z.enum(['essential', 'spillover']);
/** See {@link zoneKindSchema}. */
export type ZoneKind = z.infer<typeof zoneKindSchema>;

const text = z.string().min(3);

/** A referral zone of one trigger point: one layer, in words and as skin shapes. */
export const referralZoneSchema = z.strictObject({
  kind: zoneKindSchema,
  /** Where it hurts, in plain words ("the side of the neck up to the mastoid"). */
  description: text,
  shapes: z.array(zoneShapeSchema).min(1),
  /** Set when the sources are unsure or disagree about this zone; says how. */
  uncertain: text.optional(),
  /**
   * A one-sided trigger point refers to its own side: the baker ends every zone at the midline
   * (which, within about 1 cm, belongs to both sides). Set this only where the sources draw the
   * pattern across the midline, saying which source and how.
   */
  crossesMidline: text.optional(),
});
/** See {@link referralZoneSchema}. */
export type ReferralZone = z.infer<typeof referralZoneSchema>;

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

// How often a trigger point is found: the lookup weighs a common trigger point's zone above a rare one's.
export { PREVALENCES, type Prevalence };

/** A trigger point: where it sits, how to find it, and where it sends pain. */
export const triggerPointSchema = z.strictObject({
  /** Unique within the muscle, kebab-case (`trp1`, `upper`, `deep-lower`). */
  id: kebab,
  /** Short label shown in the UI ("TrP1", "Upper TrP"). */
  name: text,
  /** Where the "x" is drawn. */
  location: anchorSchema,
  /** Landmarks near the trigger point, for search and for the command line. */
  landmarks: z.array(landmarkRefSchema).min(1),
  /** Where it is, in words. */
  description: text,
  /** How to find it by touch. */
  palpation: text,
  /**
   * Set when finding this trigger point by touch belongs in a clinician's examination, not in
   * self-care (a nerve, an artery or an organ lies in the way), saying why: the panel then shows
   * the palpation as the clinician's and tells the patient not to press there.
   */
  clinicianOnly: text.optional(),
  zones: z.array(referralZoneSchema).min(1),
  /** How often it is found (see {@link PREVALENCES}); the reason and source go in `prevalenceNote`. */
  prevalence: z.enum(PREVALENCES),
  prevalenceNote: text.optional(),
  uncertain: text.optional(),
});
/** See {@link triggerPointSchema}. */
export type TriggerPointData = z.infer<typeof triggerPointSchema>;

/** The self-care or examination techniques a caution can belong to. */
export const TECHNIQUES = ['palpation', 'pressure-release', 'stretch', 'other'] as const;
/** See {@link TECHNIQUES}. */
export type Technique = (typeof TECHNIQUES)[number];

/**
 * A caution that belongs to one technique because it sends a finger, a ball or a movement near
 * a structure that can be hurt (an artery, a nerve, an organ). The panel shows it beside the
 * technique, and `docs/safety-cautions.md` tables every one of them.
 */
export const techniqueCautionSchema = z.strictObject({
  technique: z.enum(TECHNIQUES),
  /** For `palpation`: the trigger points whose palpation it concerns (all when absent). */
  triggerPoints: z.array(kebab).min(1).optional(),
  /** The structures at risk, in plain anatomical words ("femoral nerve", "kidney"). */
  near: z.array(z.string().min(3)).min(1),
  /** What to do, or not do, in the patient's words. */
  caution: text,
});
/** See {@link techniqueCautionSchema}. */
export type TechniqueCaution = z.infer<typeof techniqueCautionSchema>;

/** A muscle of the atlas, as authored in `src/atlas/data/muscles/`. */
export const muscleSchema = z.strictObject({
  id: kebab,
  name: text,
  synonyms: z.array(z.string().min(2)),
  /**
   * Other ids that name this muscle (kebab-case: `fibularis-longus` for `peroneus-longus`,
   * `latissimus` for `latissimus-dorsi`), accepted wherever an id is read and answered with `id`.
   */
  aliases: z.array(kebab).optional(),
  region: z.enum(REGIONS),
  anatomy: z.strictObject({
    origin: text,
    insertion: text,
    innervation: text,
    actions: z.array(text).min(1),
  }),
  /** How pain relates to the side of the trigger point; ipsilateral unless the sources say more. */
  sideBehaviour: z.strictObject({
    referral: z.enum(['ipsilateral', 'ipsilateral-and-bilateral']),
    note: text.optional(),
  }),
  triggerPoints: z.array(triggerPointSchema).min(1),
  activatingFactors: z.array(text).min(1),
  perpetuatingFactors: z.array(text),
  selfCare: z.strictObject({
    pressureRelease: text,
    stretch: text,
    other: z.array(text),
    /** When self-care should stop and a clinician should look. */
    cautions: z.array(text),
  }),
  /** Cautions tied to a technique (see {@link techniqueCautionSchema}). */
  techniqueCautions: z.array(techniqueCautionSchema),
  mistakenFor: z.array(text),
  /** Ids from `src/atlas/data/sources.ts`, most important first. */
  sources: z.array(kebab).min(1),
  /** Free notes: evidence, prevalence, caveats. */
  notes: z.array(text),
});
/** See {@link muscleSchema}. */
export type MuscleData = z.infer<typeof muscleSchema>;

/** A bibliographic source. */
export const sourceSchema = z.strictObject({
  id: kebab,
  /** Full citation. */
  citation: text,
  kind: z.enum(['book', 'paper', 'web']),
  /** Primary sources are the manuals and papers; web summaries are secondary. */
  primary: z.boolean(),
  /** Set when the citation's details could not be checked against the original, saying which. */
  unverified: text.optional(),
});
/** See {@link sourceSchema}. */
export type Source = z.infer<typeof sourceSchema>;
