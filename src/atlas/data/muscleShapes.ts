/**
 * The 3D shape of every muscle of the atlas, as recipes for `src/atlas/shapes`: parts lofted from
 * origin to insertion through sections of skin anchors, each hanging a depth below the skin. Written
 * for the RIGHT side (offsets are [lateral, up, forward] metres, as in the trigger points); the left
 * side is the mirror. Depths are to the muscle's superficial surface and follow the layers of a
 * lean adult (Gray's Anatomy 42nd ed.; Standring): a muscle under another starts below the other's
 * deep surface, so the layers stack in the right order (levator scapulae under the upper
 * trapezius, quadratus lumborum in front of the erector spinae, soleus under gastrocnemius).
 */
import type { Anchor, LandmarkRef } from '../muscleSchema';
import type { MuscleShapeRecipe, SectionPoint, ShapeKind, ShapePart, ShapeSection } from '../shapes/shapeRecipe';

type Offset = readonly [number, number, number];

/** A landmark, optionally shifted. */
function at(landmark: LandmarkRef, offset?: Offset): Anchor {
  return offset ? { landmark, offset: [...offset] } : landmark;
}

/** The point a fraction `t` of the way from one landmark toward another, optionally shifted. */
function way(landmark: LandmarkRef, toward: LandmarkRef, t: number, offset?: Offset): Anchor {
  return offset ? { landmark, toward, t, offset: [...offset] } : { landmark, toward, t };
}

/** A section through one anchor, `width` across the fibres. */
function point(anchor: Anchor, width: number, extra: Omit<ShapeSection, 'across' | 'width'> = {}): ShapeSection {
  return { across: [anchor], width, ...extra };
}

/** A section through several anchors across the fibres. */
function line(across: readonly SectionPoint[], extra: Omit<ShapeSection, 'across'> = {}): ShapeSection {
  return { across, ...extra };
}

/** A part: its kind, sections from origin to insertion, depth and thickness (metres). */
function part(
  name: string,
  kind: ShapeKind,
  depth: number,
  thickness: number,
  sections: readonly ShapeSection[],
  path?: 'straight',
): ShapePart {
  return path ? { name, kind, depth, thickness, sections, path } : { name, kind, depth, thickness, sections };
}

/** Shape recipes keyed by muscle id. */
export const MUSCLE_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  // ---------------------------------------------------------------- head
  temporalis: {
    note: 'A thin fan over the temporal fossa, its fibres converging downward deep to the zygomatic arch onto the coronoid process.',
    parts: [
      part('temporalis', 'fan', 0.004, 0.009, [
        line([
          at('temple', [-0.004, -0.002, 0.022]),
          at('temple', [0, 0.03, 0.012]),
          at('temple', [0, 0.048, -0.012]),
          at('tragion', [0, 0.064, -0.022]),
          at('tragion', [0, 0.045, -0.045]),
          at('tragion', [0, 0.018, -0.05]),
        ]),
        line([at('zygion', [0, 0.016, 0.008]), at('tragion', [0, 0.018, -0.004])], { thickness: 0.012 }),
        point(at('zygion', [0, -0.012, 0.012]), 0.014, { depth: 0.014, thickness: 0.012 }),
      ]),
    ],
  },
  masseter: {
    note: 'A thick quadrilateral over the ramus, from the zygomatic arch down and slightly back to the angle of the mandible.',
    parts: [
      part('superficial and deep layers', 'strap', 0.005, 0.014, [
        line([at('zygion', [0, -0.012, 0.022]), at('zygion', [0, -0.012, -0.008])], { thickness: 0.009 }),
        line([way('zygion', 'gonion', 0.5, [0, 0, 0.017]), way('zygion', 'gonion', 0.5, [0, 0, -0.01])]),
        line([way('gonion', 'lower_molars', 0.55, [0, -0.006, 0]), at('gonion', [0, 0.004, -0.004])], { thickness: 0.008 }),
      ]),
    ],
  },
  'lateral-pterygoid': {
    note: 'Deep in the infratemporal fossa, under the ramus and the zygomatic arch: from the lateral pterygoid plate backward and outward to the neck of the condyle, nearly horizontal. Kept 2-2.5 cm deep: the body mesh models the mouth cavity just medial to it.',
    parts: [
      part('superior and inferior heads', 'strap', 0.018, 0.01, [
        point(at('tmj', [0, -0.008, 0.022]), 0.016, { depth: 0.024 }),
        point(at('tmj', [0, -0.008, 0.011]), 0.018, { depth: 0.02 }),
        point(at('tmj', [0, -0.006, 0.001]), 0.012, { depth: 0.014, thickness: 0.007 }),
      ]),
    ],
  },
  // ---------------------------------------------------------------- neck
  sternocleidomastoid: {
    note: 'Two heads from the manubrium and the medial clavicle, joining and twisting up the side of the neck to the mastoid, just under the platysma.',
    parts: [
      part('sternal head', 'strap', 0.003, 0.012, [
        point(at('suprasternale', [0.011, -0.006, 0]), 0.014, { thickness: 0.006 }),
        point(way('suprasternale', 'mastoid', 0.45, [0, 0, 0.006]), 0.024),
        point(way('suprasternale', 'mastoid', 0.8), 0.026),
        line([at('mastoid', [0, 0.004, 0.006]), at('mastoid', [0.004, 0.012, -0.018])], { thickness: 0.006 }),
      ]),
      part('clavicular head', 'strap', 0.004, 0.01, [
        point(way('clavicle_mid', 'suprasternale', 0.45, [0, 0.004, 0]), 0.024, { thickness: 0.005 }),
        point(way('clavicle_mid', 'mastoid', 0.4, [-0.012, 0, 0]), 0.024),
        point(way('mastoid', 'clavicle_mid', 0.15, [-0.004, 0, -0.004]), 0.018, { depth: 0.008 }),
      ]),
    ],
  },
  'upper-trapezius': {
    note: 'The descending fibres: from the occiput and the nuchal ligament down over the neck-shoulder ridge to the lateral clavicle and acromion; the most superficial muscle here.',
    parts: [
      part('descending fibres', 'sheet', 0.004, 0.014, [
        line([at('inion', [0.024, -0.006, 0]), way('inion', 'cervicale', 0.45, [0.004, 0, 0]), at('cervicale', [0.004, 0, 0])], { thickness: 0.007 }),
        line([at('neck_base', [0, 0.022, 0.004]), way('neck_base', 'cervicale', 0.5, [0, -0.012, 0]), way('cervicale', 'acromion', 0.42, [0, -0.008, 0])]),
        line([way('clavicle_mid', 'acromion', 0.45, [0, 0.006, 0]), way('acromion', 'scapula_spine_root', 0.12, [0, 0.006, 0])], { thickness: 0.009 }),
      ]),
    ],
  },
  'levator-scapulae': {
    note: 'A strap from the transverse processes of C1-C4 (deep under the SCM and splenius) down and back across the posterior triangle, then under the upper trapezius to the superior angle of the scapula.',
    parts: [
      part('levator scapulae', 'strap', 0.018, 0.013, [
        point(at('mastoid', [0.004, -0.03, -0.002]), 0.02, { depth: 0.024, thickness: 0.008 }),
        point(at('neck_base', [0, 0.014, 0.016]), 0.028, { depth: 0.013 }),
        point(way('neck_base', 'scapula_superior_angle', 0.55, [0, 0, 0.004]), 0.028, { depth: 0.02 }),
        line([at('scapula_superior_angle', [0.004, 0.004, 0]), way('scapula_superior_angle', 'scapula_spine_root', 0.7, [0.004, 0, 0])], { depth: 0.022, thickness: 0.008 }),
      ]),
    ],
  },
  'splenius-capitis': {
    note: 'A broad band from the nuchal ligament and C7-T3 spines up and out to the mastoid and lateral superior nuchal line, under the trapezius and (at the top) the SCM.',
    parts: [
      part('splenius capitis', 'sheet', 0.017, 0.006, [
        line([at('cervicale', [0.006, 0.055, -0.004]), at('cervicale', [0.006, -0.045, 0])]),
        line([way('inion', 'cervicale', 0.55, [0.016, 0, 0]), way('neck_base', 'cervicale', 0.35, [0, 0.02, 0])]),
        line([at('inion', [0.03, -0.012, 0]), at('mastoid', [0.004, 0.006, -0.012])], { depth: 0.012 }),
      ]),
    ],
  },
  suboccipitals: {
    note: 'Four small muscles in the deepest layer below the occiput, under the semispinalis: the two recti straight up to the inferior nuchal line, the two obliques to and from the atlas transverse process.',
    parts: [
      part('rectus capitis posterior major', 'strap', 0.03, 0.008, [
        point(way('inion', 'cervicale', 0.34, [0.006, 0, 0]), 0.01),
        point(at('suboccipital', [0.006, 0.012, 0]), 0.022),
      ]),
      part('rectus capitis posterior minor', 'strap', 0.034, 0.006, [
        point(way('inion', 'cervicale', 0.22, [0.004, 0, 0]), 0.008),
        point(at('inion', [0.01, -0.014, 0]), 0.014),
      ]),
      part('obliquus capitis inferior', 'strap', 0.032, 0.009, [
        point(way('inion', 'cervicale', 0.36, [0.01, 0, 0]), 0.012),
        point(at('mastoid', [-0.004, -0.016, -0.018]), 0.012),
      ]),
      part('obliquus capitis superior', 'strap', 0.03, 0.007, [
        point(at('mastoid', [-0.002, -0.014, -0.02]), 0.01),
        point(at('suboccipital', [0.018, 0.014, 0]), 0.016),
      ]),
    ],
  },
  scalenes: {
    note: 'Three straps on the side of the neck from the cervical transverse processes down to the first and second ribs behind the clavicle, between the SCM in front and the levator scapulae behind.',
    parts: [
      part('anterior scalene', 'strap', 0.022, 0.01, [
        point(way('mastoid', 'clavicle_mid', 0.3, [0, -0.004, 0.006]), 0.01),
        point(way('mastoid', 'clavicle_mid', 0.65, [0.004, 0, 0]), 0.014),
        point(at('clavicle_mid', [0.018, 0.008, -0.012]), 0.012, { depth: 0.026 }),
      ]),
      part('middle scalene', 'strap', 0.02, 0.011, [
        point(at('mastoid', [0.004, -0.03, -0.006]), 0.012),
        point(way('mastoid', 'clavicle_mid', 0.62, [-0.01, 0, -0.016]), 0.016),
        point(at('clavicle_mid', [-0.004, 0.01, -0.028]), 0.014, { depth: 0.028 }),
      ]),
      part('posterior scalene', 'strap', 0.022, 0.009, [
        point(way('neck_base', 'mastoid', 0.55, [0, 0, 0.012]), 0.01),
        point(way('neck_base', 'clavicle_mid', 0.5, [0, 0.004, -0.004]), 0.012),
        point(way('clavicle_mid', 'acromion', 0.3, [0, 0, -0.04]), 0.012, { depth: 0.03 }),
      ]),
    ],
  },
  // ---------------------------------------------------------------- shoulder and upper back
  'middle-trapezius': {
    note: 'The transverse fibres: from the spines of C7-T3 straight out to the acromion and the upper lip of the scapular spine, superficial.',
    parts: [
      part('transverse fibres', 'sheet', 0.004, 0.006, [
        line([at('cervicale', [0.004, -0.008, 0]), way('cervicale', 't12', 0.3, [0.004, 0, 0])]),
        line([way('cervicale', 'acromion', 0.5, [0, -0.012, -0.004]), way('scapula_spine_root', 'acromion', 0.05, [-0.018, 0.004, 0])]),
        line([way('acromion', 'scapula_spine_root', 0.12, [0, 0.002, -0.004]), way('scapula_spine_root', 'acromion', 0.35, [0, 0.004, 0])]),
      ]),
    ],
  },
  'lower-trapezius': {
    note: 'The ascending fibres: a triangle from the spines of T4-T12 converging up and out onto the root of the scapular spine, superficial.',
    parts: [
      part('ascending fibres', 'sheet', 0.004, 0.006, [
        line([way('cervicale', 't12', 0.34, [0.004, 0, 0]), way('cervicale', 't12', 0.68, [0.004, 0, 0]), at('t12', [0.004, 0, 0])]),
        line([way('scapula_spine_root', 't12', 0.3, [0.0, -0.01, 0]), way('scapula_inferior_angle', 't12', 0.45, [0, 0, 0])]),
        point(at('scapula_spine_root', [0.008, -0.006, 0]), 0.026, { thickness: 0.007 }),
      ]),
    ],
  },
  rhomboids: {
    note: 'Minor and major: flat bands from the spines of C7-T5 down and out to the medial border of the scapula, under the trapezius.',
    parts: [
      part('rhomboid minor', 'sheet', 0.012, 0.006, [
        line([at('cervicale', [0.008, 0.004, 0]), way('cervicale', 't12', 0.12, [0.008, 0, 0])]),
        line([way('scapula_superior_angle', 'scapula_spine_root', 0.55, [-0.004, 0, 0]), at('scapula_spine_root', [-0.004, 0.002, 0])]),
      ]),
      part('rhomboid major', 'sheet', 0.012, 0.006, [
        line([way('cervicale', 't12', 0.15, [0.008, 0, 0]), way('cervicale', 't12', 0.45, [0.008, 0, 0])]),
        line([at('scapula_spine_root', [-0.004, -0.006, 0]), at('scapula_inferior_angle', [-0.008, 0.008, 0])]),
      ]),
    ],
  },
  'serratus-posterior-superior': {
    note: 'A thin quadrilateral from the spines of C7-T3 down and out to ribs 2-5 beside their angles, deep to the rhomboids and under the medial scapula.',
    parts: [
      part('serratus posterior superior', 'sheet', 0.021, 0.004, [
        line([at('cervicale', [0.008, 0.016, 0]), way('cervicale', 't12', 0.28, [0.008, 0, 0])]),
        line([at('scapula_superior_angle', [0.016, -0.01, 0]), way('scapula_spine_root', 'scapula_inferior_angle', 0.6, [0.012, 0, 0])]),
      ]),
    ],
  },
  supraspinatus: {
    note: 'Fills the supraspinous fossa under the trapezius and runs out under the acromion to the top of the greater tubercle.',
    parts: [
      part('supraspinatus', 'strap', 0.018, 0.016, [
        line([at('scapula_superior_angle', [0.006, -0.004, 0]), at('scapula_spine_root', [0.006, 0.012, 0])], { thickness: 0.01 }),
        point(way('scapula_spine_root', 'acromion', 0.5, [0, 0.022, 0]), 0.03),
        point(way('scapula_spine_root', 'acromion', 0.85, [0, 0.016, 0.008]), 0.022, { depth: 0.024 }),
        point(at('acromion', [0.012, -0.016, 0.014]), 0.024, { depth: 0.022, thickness: 0.01 }),
      ]),
    ],
  },
  infraspinatus: {
    note: 'A thick fan filling the infraspinous fossa, converging up and out to the back of the greater tubercle; partly under the trapezius and deltoid.',
    parts: [
      part('infraspinatus', 'fan', 0.01, 0.016, [
        line([at('scapula_spine_root', [0.004, -0.012, 0]), way('scapula_spine_root', 'scapula_inferior_angle', 0.5, [0.006, 0, 0]), at('scapula_inferior_angle', [0.01, 0.014, 0])]),
        line([at('infraspinous_fossa', [0.004, 0.014, 0]), at('infraspinous_fossa', [0.016, -0.024, 0])]),
        point(way('infraspinous_fossa', 'shoulder_back', 0.55, [0, 0.006, 0]), 0.036, { depth: 0.014 }),
        point(at('shoulder_back', [0, 0.016, 0]), 0.028, { depth: 0.022, thickness: 0.012 }),
      ]),
    ],
  },
  'teres-minor': {
    note: 'A narrow cylinder along the lateral border of the scapula up and out to the lowest facet of the greater tubercle, just below infraspinatus.',
    parts: [
      part('teres minor', 'strap', 0.012, 0.014, [
        point(way('scapula_inferior_angle', 'shoulder_back', 0.22, [0, 0.004, 0]), 0.016),
        point(way('scapula_inferior_angle', 'shoulder_back', 0.55, [0, -0.004, 0]), 0.02),
        point(at('shoulder_back', [0, -0.008, 0]), 0.02, { depth: 0.022, thickness: 0.01 }),
      ]),
    ],
  },
  subscapularis: {
    note: 'Deep: a thick fan on the rib side of the scapula, between the scapula and the chest wall, converging forward around the shoulder joint onto the lesser tubercle.',
    parts: [
      part('subscapularis', 'fan', 0.034, 0.014, [
        line([at('scapula_superior_angle', [0.004, -0.006, 0]), way('scapula_spine_root', 'scapula_inferior_angle', 0.5, [0.004, 0, 0]), at('scapula_inferior_angle', [0.008, 0.01, 0])]),
        line([at('infraspinous_fossa', [0.02, 0.02, 0]), way('scapula_inferior_angle', 'shoulder_back', 0.5)], { depth: 0.04 }),
        point(way('shoulder_back', 'shoulder_front', 0.45, [-0.02, 0, 0]), 0.03, { depth: 0.045 }),
        point(at('shoulder_front', [-0.006, -0.004, 0]), 0.018, { depth: 0.024, thickness: 0.008 }),
      ], 'straight'),
    ],
  },
  // ---------------------------------------------------------------- chest
  'pectoralis-major': {
    note: 'A broad fan from the medial clavicle, the sternum and the upper costal cartilages converging across the chest to the lateral lip of the bicipital groove; it forms the front fold of the armpit.',
    parts: [
      part('clavicular and sternocostal heads', 'fan', 0.006, 0.015, [
        line([
          way('clavicle_mid', 'acromion', 0.12, [0, -0.004, 0]),
          way('clavicle_mid', 'suprasternale', 0.75, [0, -0.006, 0]),
          at('suprasternale', [0.012, -0.016, 0]),
          way('suprasternale', 'xiphoid', 0.5, [0.012, 0, 0]),
          at('xiphoid', [0.016, 0.006, 0]),
          at('xiphoid', [0.055, -0.01, 0]),
        ], { thickness: 0.008 }),
        line([way('clavicle_mid', 'shoulder_front', 0.5, [0, -0.01, 0]), way('chest', 'shoulder_front', 0.5), way('thelion', 'shoulder_front', 0.5, [0.03, -0.012, 0])]),
        point(at('shoulder_front', [0.006, -0.045, 0]), 0.036, { depth: 0.012, thickness: 0.012 }),
      ]),
    ],
  },
  // ---------------------------------------------------------------- lower back
  'quadratus-lumborum': {
    note: 'Deep in the flank: a quadrilateral sheet from the back of the iliac crest up to the 12th rib and the lumbar transverse processes, in front of the erector spinae.',
    parts: [
      part('quadratus lumborum', 'sheet', 0.046, 0.016, [
        line([{ at: at('iliac_crest_posterior', [-0.03, 0.012, 0]), depth: 0.05 }, { at: way('iliac_crest_posterior', 'iliocristale', 0.95, [0, 0.014, 0]), depth: 0.026 }]),
        line([{ at: at('l3', [0.035, 0, 0]), depth: 0.05 }, { at: at('l3', [0.112, 0, 0]), depth: 0.026 }]),
        line([{ at: at('t12', [0.035, -0.01, 0]), depth: 0.048 }, { at: at('t12', [0.1, -0.035, 0]), depth: 0.028 }], { thickness: 0.01 }),
      ]),
    ],
  },
  'lumbar-paraspinals': {
    note: 'The lumbar erector spinae and multifidus: three thick columns either side of the spine from the sacrum and iliac crest up toward the lower ribs, multifidus deepest and most medial.',
    parts: [
      part('multifidus', 'sheet', 0.012, 0.026, [
        point(at('sacrum', [0.016, -0.012, 0]), 0.024, { thickness: 0.014 }),
        point(at('l5', [0.018, 0, 0]), 0.03),
        point(at('l3', [0.017, 0, 0]), 0.028),
        point(at('t12', [0.015, 0, 0]), 0.018, { thickness: 0.01 }),
      ]),
      part('longissimus thoracis', 'sheet', 0.01, 0.024, [
        point(way('sacrum', 'psis', 0.6, [0, 0.012, 0]), 0.024, { thickness: 0.012 }),
        point(at('l3', [0.045, 0, 0]), 0.034),
        point(at('t12', [0.04, 0, 0]), 0.03, { thickness: 0.016 }),
        point(at('t12', [0.034, 0.11, 0]), 0.018, { thickness: 0.006 }),
      ]),
      part('iliocostalis lumborum', 'sheet', 0.01, 0.018, [
        point(at('iliac_crest_posterior', [0, 0.008, 0]), 0.024, { thickness: 0.01 }),
        point(at('l3', [0.072, 0, 0]), 0.028),
        point(at('t12', [0.068, 0, 0]), 0.026, { thickness: 0.012 }),
        point(at('t12', [0.074, 0.08, 0]), 0.016, { thickness: 0.005 }),
      ]),
    ],
  },
  // ---------------------------------------------------------------- hip
  iliopsoas: {
    note: 'Deep: psoas major from the sides of T12-L5 down along the spine and forward over the pelvic brim, iliacus lining the iliac fossa; both pass under the inguinal ligament to the lesser trochanter.',
    parts: [
      part('psoas major', 'strap', 0.06, 0.03, [
        point(at('t12', [0.026, -0.012, 0]), 0.018, { thickness: 0.016 }),
        point(at('l3', [0.038, 0, 0]), 0.034, { depth: 0.062 }),
        point(at('l5', [0.05, 0, 0]), 0.038, { depth: 0.07 }),
        point(at('groin', [0.012, 0.035, 0]), 0.032, { depth: 0.04 }),
        point(at('groin', [0.006, -0.012, 0]), 0.026, { depth: 0.03 }),
        point(way('groin', 'thigh_anterior', 0.3, [-0.016, 0, 0]), 0.016, { depth: 0.042, thickness: 0.01 }),
      ], 'straight'),
      part('iliacus', 'fan', 0.02, 0.014, [
        line([
          { at: at('asis', [-0.006, 0.012, -0.006]), depth: 0.02 },
          { at: at('iliocristale', [-0.002, 0, 0]), depth: 0.026 },
          { at: way('iliocristale', 'iliac_crest_posterior', 0.5), depth: 0.04 },
          { at: at('l5', [0.04, -0.01, 0]), depth: 0.075 },
        ]),
        line([{ at: way('asis', 'lower_abdomen', 0.3, [0, -0.02, 0]), depth: 0.035 }, { at: way('lower_abdomen', 'groin', 0.5), depth: 0.06 }]),
        point(at('groin', [0.022, -0.006, 0]), 0.03, { depth: 0.032 }),
        point(way('groin', 'thigh_anterior', 0.3, [-0.01, 0.004, 0]), 0.016, { depth: 0.04, thickness: 0.008 }),
      ], 'straight'),
    ],
  },
  'gluteus-medius': {
    note: 'A thick fan on the outer ilium just below the crest, converging down onto the greater trochanter; superficial at the upper outer buttock, under gluteus maximus behind.',
    parts: [
      part('gluteus medius', 'fan', 0.012, 0.026, [
        line([
          way('asis', 'iliocristale', 0.35, [0, -0.012, 0]),
          at('iliocristale', [0, -0.014, 0]),
          way('iliocristale', 'iliac_crest_posterior', 0.55, [0, -0.016, 0]),
          way('iliac_crest_posterior', 'psis', 0.45, [0.01, -0.006, 0]),
        ], { thickness: 0.012 }),
        point(at('trochanterion', [0, 0.045, -0.004]), 0.075),
        point(at('trochanterion', [0, 0.014, -0.004]), 0.034, { thickness: 0.012 }),
      ]),
    ],
  },
  'gluteus-minimus': {
    note: 'A fan under gluteus medius, lower and further forward on the ilium, converging on the front of the greater trochanter.',
    parts: [
      part('gluteus minimus', 'fan', 0.04, 0.012, [
        line([
          at('asis', [0.004, -0.024, -0.02]),
          at('iliocristale', [0, -0.04, 0]),
          way('iliac_crest_posterior', 'trochanterion', 0.4, [0, 0, 0]),
        ]),
        point(at('trochanterion', [0, 0.035, 0.01]), 0.05),
        point(at('trochanterion', [0, 0.012, 0.014]), 0.026, { depth: 0.022, thickness: 0.008 }),
      ]),
    ],
  },
  piriformis: {
    note: 'Deep in the buttock: from the front of the sacrum through the greater sciatic notch, across the back of the hip under gluteus maximus to the top of the greater trochanter.',
    parts: [
      part('piriformis', 'strap', 0.048, 0.016, [
        point(way('sacrum', 'coccyx', 0.35, [0.024, 0, 0]), 0.026, { depth: 0.045, thickness: 0.01 }),
        point(way('buttock', 'sacrum', 0.3, [0, 0.05, 0]), 0.026, { depth: 0.052 }),
        point(way('trochanterion', 'buttock', 0.45, [0, 0.045, 0]), 0.018, { depth: 0.042 }),
        point(at('trochanterion', [0.008, 0.018, -0.006]), 0.012, { depth: 0.03, thickness: 0.008 }),
      ]),
    ],
  },
  // ---------------------------------------------------------------- thigh
  'vastus-lateralis': {
    note: 'The largest quadriceps head: from the greater trochanter and linea aspera down the outer thigh (under the iliotibial band) to the side of the patella.',
    parts: [
      part('vastus lateralis', 'strap', 0.008, 0.034, [
        point(at('trochanterion', [0, -0.03, 0.012]), 0.04, { thickness: 0.014 }),
        point(way('trochanterion', 'thigh_lateral', 0.5, [0, 0, 0.006]), 0.075),
        point(at('thigh_lateral', [0, 0, 0.004]), 0.08),
        point(way('thigh_lateral', 'patella', 0.6, [0, 0, 0.008]), 0.06, { thickness: 0.02 }),
        point(at('patella', [0.036, 0.035, 0]), 0.026, { thickness: 0.008 }),
      ]),
    ],
  },
  'rectus-femoris': {
    note: 'A bipennate spindle straight down the front of the thigh, from the anterior inferior iliac spine (under sartorius) to the base of the patella.',
    parts: [
      part('rectus femoris', 'strap', 0.006, 0.03, [
        point(at('asis', [-0.01, -0.04, 0]), 0.016, { depth: 0.024, thickness: 0.01 }),
        point(way('asis', 'thigh_anterior', 0.4), 0.04, { depth: 0.012 }),
        point(at('thigh_anterior'), 0.052),
        point(way('thigh_anterior', 'patella', 0.7), 0.04, { thickness: 0.014 }),
        point(at('patella', [0, 0.045, 0]), 0.03, { thickness: 0.008 }),
      ]),
    ],
  },
  // ---------------------------------------------------------------- leg
  'tibialis-anterior': {
    note: 'Beside the tibial crest: a fleshy upper half on the lateral tibia, then a tendon down across the front of the ankle to the inner side of the foot.',
    parts: [
      part('tibialis anterior', 'strap', 0.004, 0.022, [
        point(at('patella', [0.018, -0.075, -0.01]), 0.022, { thickness: 0.01 }),
        point(at('shin', [0.018, 0.07, -0.004]), 0.034),
        point(at('shin', [0.014, -0.05, 0]), 0.02, { thickness: 0.01 }),
        point(way('medial_malleolus', 'foot_dorsum', 0.45, [0, 0.025, 0]), 0.012, { thickness: 0.006 }),
        point(way('medial_malleolus', 'hallux', 0.32, [0, -0.004, 0]), 0.012, { thickness: 0.005 }),
      ]),
    ],
  },
  gastrocnemius: {
    note: 'Two heads from the back of the femoral condyles, the medial one larger and reaching lower, forming the bulge of the calf and joining the Achilles tendon.',
    parts: [
      part('medial head', 'strap', 0.004, 0.026, [
        point(at('popliteal', [-0.02, 0.04, 0]), 0.024, { thickness: 0.012 }),
        point(way('popliteal', 'calf', 0.45, [-0.026, 0, -0.006]), 0.056),
        point(at('calf', [-0.018, -0.025, 0]), 0.048),
        point(way('calf', 'achilles', 0.42, [-0.006, 0, 0]), 0.034, { thickness: 0.005 }),
      ]),
      part('lateral head', 'strap', 0.004, 0.022, [
        point(at('popliteal', [0.026, 0.04, 0]), 0.022, { thickness: 0.012 }),
        point(way('popliteal', 'calf', 0.45, [0.024, 0, -0.004]), 0.046),
        point(at('calf', [0.018, -0.005, 0]), 0.036),
        point(way('calf', 'achilles', 0.36, [0.008, 0, 0]), 0.026, { thickness: 0.005 }),
      ]),
      part('calcaneal (Achilles) tendon', 'strap', 0.003, 0.007, [
        point(way('calf', 'achilles', 0.4), 0.024),
        point(at('achilles'), 0.014),
        point(at('heel', [0, 0.012, 0]), 0.018),
      ]),
    ],
  },
  soleus: {
    note: 'A broad flat muscle under gastrocnemius, from the back of the fibula and tibia, showing on both sides of the lower calf before it joins the Achilles tendon.',
    parts: [
      part('soleus', 'sheet', 0.028, 0.02, [
        line([at('fibular_head', [0, -0.012, -0.014]), at('popliteal', [-0.026, -0.05, 0])], { thickness: 0.01 }),
        line([at('calf', [0.032, 0, 0.006]), at('calf', [-0.036, 0, 0.004])]),
        line([{ at: way('calf', 'achilles', 0.6, [0.026, 0, 0.006]), depth: 0.008 }, { at: way('calf', 'achilles', 0.6, [-0.03, 0, 0.004]), depth: 0.008 }], { depth: 0.012 }),
        point(at('achilles', [0, 0.035, 0]), 0.022, { depth: 0.007, thickness: 0.008 }),
      ]),
    ],
  },
};
