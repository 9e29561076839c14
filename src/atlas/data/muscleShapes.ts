/**
 * The 3D shape of every muscle of the atlas, as recipes for `src/atlas/shapes`: parts lofted from
 * origin to insertion through sections of skin anchors, each hanging a depth below the skin. Written
 * for the RIGHT side (offsets are [lateral, up, forward] metres, as in the trigger points); the left
 * side is the mirror. Depths are to the muscle's superficial surface and follow the layers of a
 * lean adult (Gray's Anatomy 42nd ed.; Standring): a muscle under another starts below the other's
 * deep surface, so the layers stack in the right order (levator scapulae under the upper
 * trapezius, quadratus lumborum in front of the erector spinae, soleus under gastrocnemius).
 */
import type { MuscleShapeRecipe } from '../shapes/shapeRecipe';
import { at, fibres, line, part, point, way } from './shapes/recipeWords';
import { SECOND_WAVE_SHAPES } from './shapes';

// The trapezius is one sheet drawn as three muscles of the atlas: its origin runs down the midline
// from the superior nuchal line to T12, its insertion from the lateral clavicle over the acromion
// along the scapular spine to its root. The three parts share these points, so they meet edge to
// edge as the classic kite (upper: occiput and nuchal ligament to the clavicle and acromion;
// middle: C7-T3 to the acromion and spine; lower: T4-T12 up to the root of the spine).
const TRAPEZIUS_ORIGIN = {
  nuchalLine: at('inion', [0.038, -0.006, 0]),
  inion: at('inion', [0.004, -0.002, 0]),
  nuchalUpper: way('inion', 'cervicale', 0.38, [0.004, 0, 0]),
  nuchalLower: way('inion', 'cervicale', 0.72, [0.004, 0, 0]),
  c7: at('cervicale', [0.004, 0, 0]),
  t2: way('cervicale', 't12', 0.14, [0.004, 0, 0]),
  t4: way('cervicale', 't12', 0.3, [0.004, 0, 0]),
  t7: way('cervicale', 't12', 0.58, [0.004, 0, 0]),
  t12: at('t12', [0.004, -0.004, 0]),
} as const;
const TRAPEZIUS_INSERTION = {
  clavicleLateralThird: way('clavicle_mid', 'acromion', 0.28, [0, 0.006, -0.004]),
  clavicleOuter: way('clavicle_mid', 'acromion', 0.6, [0, 0.008, -0.006]),
  acromioclavicular: way('clavicle_mid', 'acromion', 0.88, [0, 0.006, -0.01]),
  acromion: at('acromion', [-0.004, 0.004, -0.02]),
  spineLateral: way('acromion', 'scapula_spine_root', 0.42, [0, 0.002, 0]),
  spineMedial: way('acromion', 'scapula_spine_root', 0.76, [0, 0.002, 0]),
  spineRoot: at('scapula_spine_root', [0.002, -0.004, 0]),
} as const;
const T = { o: TRAPEZIUS_ORIGIN, i: TRAPEZIUS_INSERTION };

/** Shape recipes keyed by muscle id: the first wave's here, the second wave's from ./shapes. */
export const MUSCLE_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  ...SECOND_WAVE_SHAPES,
  // ---------------------------------------------------------------- head
  temporalis: {
    note: 'A thin fan filling the temporal fossa up to the superior temporal line (arching from behind the orbit over the side of the skull to above and behind the ear); its fibres converge downward, the front ones near-vertical and the back ones near-horizontal, into a thick tendon that passes deep to the zygomatic arch onto the coronoid process.',
    parts: [
      part('temporalis', 'fan', 0.004, 0.009, fibres(
        [
          at('temple', [-0.004, 0.004, 0.016]),
          at('temple', [0, 0.036, 0.008]),
          at('temple', [0, 0.056, -0.016]),
          at('tragion', [0, 0.078, -0.02]),
          at('tragion', [0, 0.062, -0.036]),
          at('tragion', [0, 0.034, -0.042]),
          at('tragion', [0, 0.014, -0.034]),
        ],
        [at('zygion', [0, -0.012, 0.01])],
        [0.45, 0.78],
        { insertion: { width: 0.016, depth: 0.014, thickness: 0.012 }, mids: [{ thickness: 0.01 }, { thickness: 0.013, depth: 0.008 }] },
      )),
    ],
  },
  masseter: {
    note: 'A thick quadrilateral over the ramus: from the lower border of the zygomatic arch (superficial layer from its front two-thirds) down and slightly back to the angle and lower lateral ramus of the mandible.',
    parts: [
      part('superficial and deep layers', 'strap', 0.005, 0.014, [
        line([at('zygion', [0, -0.012, 0.022]), at('zygion', [0, -0.012, 0.006]), at('zygion', [0, -0.012, -0.01])], { thickness: 0.008 }),
        line([way('zygion', 'gonion', 0.5, [0, 0, 0.019]), way('zygion', 'gonion', 0.5, [0, 0, 0.004]), way('zygion', 'gonion', 0.5, [0, 0, -0.012])]),
        line([way('gonion', 'lower_molars', 0.6, [0, -0.008, 0]), way('gonion', 'lower_molars', 0.25, [0, -0.006, 0]), at('gonion', [0, 0.004, -0.006])], { thickness: 0.007 }),
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
    note: 'Two heads: the rounded sternal head by a tendon from the front of the manubrium, the flat clavicular head from the medial third of the clavicle; they join low on the neck and wind up and back across its side to the mastoid process and the lateral half of the superior nuchal line, just under the platysma.',
    parts: [
      part('sternal head', 'strap', 0.003, 0.012, [
        point(at('suprasternale', [0.012, -0.008, 0]), 0.01, { thickness: 0.005 }),
        point(way('suprasternale', 'mastoid', 0.3, [0.004, 0, 0.004]), 0.02),
        point(way('suprasternale', 'mastoid', 0.62, [0, 0, 0]), 0.026),
        line([at('mastoid', [0, 0.0, 0.008]), at('mastoid', [0.006, 0.012, -0.022])], { thickness: 0.006 }),
      ]),
      part('clavicular head', 'strap', 0.005, 0.009, [
        point(way('suprasternale', 'clavicle_mid', 0.45, [0, 0.004, 0]), 0.024, { thickness: 0.004 }),
        point(way('clavicle_mid', 'mastoid', 0.3, [0.004, 0, -0.006]), 0.022),
        point(way('mastoid', 'clavicle_mid', 0.35, [-0.006, 0, -0.012]), 0.018, { depth: 0.008 }),
        point(at('mastoid', [0.0, -0.006, -0.012]), 0.014, { depth: 0.009, thickness: 0.005 }),
      ]),
    ],
  },
  'upper-trapezius': {
    note: 'The descending fibres of the trapezius, the most superficial muscle of the back of the neck: one thin sheet from the medial superior nuchal line, the external occipital protuberance and the nuchal ligament down to C7, its fibres running down and then out over the ridge of the shoulder to the posterior border of the lateral third of the clavicle and the acromion.',
    parts: [
      part('descending fibres', 'sheet', 0.003, 0.008, fibres(
        [T.o.nuchalLine, T.o.inion, T.o.nuchalUpper, T.o.nuchalLower, T.o.c7],
        [T.i.clavicleLateralThird, T.i.clavicleOuter, T.i.acromioclavicular, T.i.acromion, T.i.acromion],
        [0.3, 0.62],
        { origin: { thickness: 0.004 }, insertion: { thickness: 0.006 }, offsets: [[0, 0.006, -0.004], [0, 0.012, -0.004]] },
      )),
    ],
  },
  'levator-scapulae': {
    note: 'A thick strap from the posterior tubercles of the transverse processes of C1-C4 (deep under the SCM and splenius) down and back across the floor of the posterior triangle, then under the upper trapezius to the medial border of the scapula from the superior angle to the root of the spine.',
    parts: [
      part('levator scapulae', 'strap', 0.018, 0.013, [
        point(at('mastoid', [0.004, -0.022, -0.004]), 0.018, { depth: 0.024, thickness: 0.008 }),
        point(way('mastoid', 'neck_base', 0.55, [0.004, 0, 0.012]), 0.026, { depth: 0.016 }),
        point(way('neck_base', 'scapula_superior_angle', 0.4, [0, 0.004, 0.006]), 0.028, { depth: 0.017 }),
        line([at('scapula_superior_angle', [0.006, 0.004, 0]), way('scapula_superior_angle', 'scapula_spine_root', 0.8, [0.006, 0, 0])], { depth: 0.02, thickness: 0.008 }),
      ]),
    ],
  },
  'splenius-capitis': {
    note: 'A broad band from the lower half of the nuchal ligament and the spines of C7-T3, its fibres running up and out under the trapezius (and at the top the SCM) to the mastoid process and the lateral third of the superior nuchal line.',
    parts: [
      part('splenius capitis', 'sheet', 0.013, 0.006, fibres(
        [way('inion', 'cervicale', 0.42, [0.006, 0, 0]), at('cervicale', [0.006, 0, 0]), way('cervicale', 't12', 0.22, [0.006, 0, 0])],
        [at('inion', [0.026, -0.012, 0]), way('inion', 'mastoid', 0.7, [0, -0.008, 0]), at('mastoid', [0.006, 0.002, -0.01])],
        [0.5],
        { insertion: { depth: 0.011, thickness: 0.005 } },
      )),
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
    note: 'The transverse fibres of the trapezius: a thin superficial sheet from the spines of C7-T3 running straight out to the medial border of the acromion and the upper lip of the scapular spine, edge to edge with the upper part above and the lower part below.',
    parts: [
      part('transverse fibres', 'sheet', 0.003, 0.007, fibres(
        [T.o.c7, T.o.t2, T.o.t4],
        [T.i.acromion, T.i.spineLateral, T.i.spineMedial],
        [0.5],
        { origin: { thickness: 0.004 }, insertion: { thickness: 0.005 } },
      )),
    ],
  },
  'lower-trapezius': {
    note: 'The ascending fibres of the trapezius: a thin superficial triangle from the spines of T4-T12 whose fibres converge up and out onto the tubercle at the root of the scapular spine.',
    parts: [
      part('ascending fibres', 'sheet', 0.003, 0.006, fibres(
        [T.o.t4, T.o.t7, T.o.t12],
        [T.i.spineMedial, way('acromion', 'scapula_spine_root', 0.9, [0, -0.002, 0]), T.i.spineRoot],
        [0.55],
        { origin: { thickness: 0.003 }, insertion: { thickness: 0.006 } },
      )),
    ],
  },
  rhomboids: {
    note: 'Minor and major: flat bands under the trapezius, from the nuchal ligament and spines of C7-T5, their fibres running down and out to the medial border of the scapula (minor at the root of the spine, major from there to the inferior angle).',
    parts: [
      part('rhomboid minor', 'sheet', 0.011, 0.005, [
        line([at('cervicale', [0.007, 0.012, 0]), way('cervicale', 't12', 0.06, [0.007, 0, 0])]),
        line([way('scapula_superior_angle', 'scapula_spine_root', 0.6, [0.004, 0, 0]), at('scapula_spine_root', [0.004, 0.0, 0])]),
      ]),
      part('rhomboid major', 'sheet', 0.011, 0.006, [
        line([way('cervicale', 't12', 0.09, [0.007, 0, 0]), way('cervicale', 't12', 0.42, [0.007, 0, 0])]),
        line([at('scapula_spine_root', [0.004, -0.008, 0]), way('scapula_spine_root', 'scapula_inferior_angle', 0.55, [0.006, 0, 0]), at('scapula_inferior_angle', [0.002, 0.008, 0])]),
      ]),
    ],
  },
  'serratus-posterior-superior': {
    note: 'A thin quadrilateral from the nuchal ligament and the spines of C7-T3 down and out to ribs 2-5 just beyond their angles, deep to the rhomboids and under the medial scapula.',
    parts: [
      part('serratus posterior superior', 'sheet', 0.02, 0.004, [
        line([at('cervicale', [0.008, 0.016, 0]), way('cervicale', 't12', 0.26, [0.008, 0, 0])]),
        line([at('scapula_superior_angle', [0.014, -0.012, 0]), way('scapula_spine_root', 'scapula_inferior_angle', 0.6, [0.01, 0, 0])]),
      ]),
    ],
  },
  supraspinatus: {
    note: 'Fills the supraspinous fossa above the spine of the scapula, under the trapezius, and converges laterally into a tendon that runs under the acromion to the top facet of the greater tubercle.',
    parts: [
      part('supraspinatus', 'fan', 0.014, 0.016, [
        line([at('scapula_superior_angle', [0.004, -0.002, 0]), way('scapula_superior_angle', 'scapula_spine_root', 0.7, [0.004, 0, 0])], { thickness: 0.01 }),
        line([at('supraspinous_fossa', [0, 0.012, 0]), at('supraspinous_fossa', [0, -0.006, 0])]),
        point(way('supraspinous_fossa', 'acromion', 0.6, [0, 0.006, 0.006]), 0.026, { depth: 0.02 }),
        point(at('acromion', [0.012, -0.014, 0.016]), 0.02, { depth: 0.022, thickness: 0.008 }),
      ]),
    ],
  },
  infraspinatus: {
    note: 'A thick triangular fan filling the infraspinous fossa below the spine, from the medial border of the scapula, converging up and out over the back of the shoulder joint to the middle facet of the greater tubercle; partly under the trapezius and deltoid.',
    parts: [
      part('infraspinatus', 'fan', 0.009, 0.016, fibres(
        [
          at('scapula_spine_root', [0.004, -0.01, 0]),
          way('scapula_spine_root', 'scapula_inferior_angle', 0.5, [0.006, 0, 0]),
          way('scapula_spine_root', 'scapula_inferior_angle', 0.8, [0.01, 0, 0]),
          at('scapula_inferior_angle', [0.002, 0.004, 0]),
        ],
        [at('shoulder_back', [0, 0.016, 0.004])],
        [0.35, 0.7],
        { origin: { thickness: 0.01 }, insertion: { width: 0.026, depth: 0.022, thickness: 0.01 }, mids: [{}, { depth: 0.014 }] },
      )),
    ],
  },
  'teres-minor': {
    note: 'A narrow cylinder from the upper two-thirds of the lateral border of the scapula up and out, just below infraspinatus, to the lowest facet of the greater tubercle.',
    parts: [
      part('teres minor', 'strap', 0.012, 0.013, [
        point(way('scapula_inferior_angle', 'shoulder_back', 0.2, [0, 0.004, 0]), 0.016, { thickness: 0.008 }),
        point(way('scapula_inferior_angle', 'shoulder_back', 0.55, [0, -0.002, 0]), 0.02),
        point(at('shoulder_back', [0, -0.006, 0.002]), 0.016, { depth: 0.022, thickness: 0.008 }),
      ]),
    ],
  },
  subscapularis: {
    note: 'Deep: a thick fan on the rib side of the scapula, between the scapula and the chest wall, converging forward around the shoulder joint onto the lesser tubercle.',
    parts: [
      part('subscapularis', 'fan', 0.034, 0.014, [
        ...fibres(
          [at('scapula_superior_angle', [0.004, -0.006, 0]), way('scapula_spine_root', 'scapula_inferior_angle', 0.5, [0.004, 0, 0]), at('scapula_inferior_angle', [0.008, 0.01, 0])],
          [way('shoulder_back', 'scapula_inferior_angle', 0.25, [0, 0.01, 0])],
          [0.5],
          { mids: [{ depth: 0.04 }], insertion: { width: 0.034, depth: 0.044 } },
        ),
        point(way('shoulder_back', 'shoulder_front', 0.45, [-0.02, 0, 0]), 0.028, { depth: 0.045 }),
        point(at('shoulder_front', [-0.006, -0.004, 0]), 0.018, { depth: 0.024, thickness: 0.008 }),
      ], 'straight'),
    ],
  },
  // ---------------------------------------------------------------- chest
  'pectoralis-major': {
    note: 'A broad fan from the medial half of the clavicle, the sternum and the upper six costal cartilages, its fibres converging across the chest (upper ones down and out, lower ones up and out) to a flat tendon on the lateral lip of the bicipital groove; it forms the front fold of the armpit.',
    parts: [
      part('clavicular and sternocostal heads', 'fan', 0.005, 0.014, fibres(
        [
          way('clavicle_mid', 'acromion', 0.1, [0, -0.004, 0]),
          way('clavicle_mid', 'suprasternale', 0.6, [0, -0.006, 0]),
          at('suprasternale', [0.012, -0.018, 0]),
          way('suprasternale', 'xiphoid', 0.5, [0.012, 0, 0]),
          at('xiphoid', [0.016, 0.01, 0]),
          at('xiphoid', [0.06, -0.012, 0]),
        ],
        [at('shoulder_front', [0.008, -0.04, 0])],
        [0.45, 0.75],
        { origin: { thickness: 0.007 }, insertion: { width: 0.034, depth: 0.01, thickness: 0.01 } },
      )),
    ],
  },
  // ---------------------------------------------------------------- lower back
  'quadratus-lumborum': {
    note: 'Deep in the flank: a quadrilateral sheet from the back of the iliac crest and the iliolumbar ligament up to the 12th rib and the tips of the lumbar transverse processes, in front of the erector spinae.',
    parts: [
      part('quadratus lumborum', 'sheet', 0.046, 0.016, [
        line([{ at: at('iliac_crest_posterior', [-0.03, 0.012, 0]), depth: 0.05 }, { at: way('iliac_crest_posterior', 'iliocristale', 0.95, [0, 0.014, 0]), depth: 0.026 }]),
        line([{ at: at('l3', [0.035, 0, 0]), depth: 0.05 }, { at: at('l3', [0.112, 0, 0]), depth: 0.026 }]),
        line([{ at: at('t12', [0.035, -0.01, 0]), depth: 0.048 }, { at: at('t12', [0.1, -0.035, 0]), depth: 0.028 }], { thickness: 0.01 }),
      ]),
    ],
  },
  'lumbar-paraspinals': {
    note: 'The lumbar erector spinae and multifidus: three thick columns either side of the spine from the sacrum and the back of the iliac crest up toward the lower ribs, multifidus deepest and most medial, iliocostalis most lateral.',
    parts: [
      part('multifidus', 'strap', 0.012, 0.024, [
        point(at('sacrum', [0.016, -0.012, 0]), 0.022, { thickness: 0.014 }),
        point(at('l5', [0.018, 0, 0]), 0.03),
        point(at('l3', [0.017, 0, 0]), 0.028),
        point(at('t12', [0.015, 0, 0]), 0.018, { thickness: 0.01 }),
      ]),
      part('longissimus thoracis', 'strap', 0.01, 0.024, [
        point(way('sacrum', 'psis', 0.6, [0, 0.012, 0]), 0.022, { thickness: 0.012 }),
        point(at('l3', [0.045, 0, 0]), 0.034),
        point(at('t12', [0.04, 0, 0]), 0.03, { thickness: 0.016 }),
        point(at('t12', [0.034, 0.11, 0]), 0.016, { thickness: 0.006 }),
      ]),
      part('iliocostalis lumborum', 'strap', 0.01, 0.018, [
        point(at('iliac_crest_posterior', [0, 0.008, 0]), 0.022, { thickness: 0.01 }),
        point(at('l3', [0.072, 0, 0]), 0.028),
        point(at('t12', [0.068, 0, 0]), 0.026, { thickness: 0.012 }),
        point(at('t12', [0.076, 0.08, 0]), 0.014, { thickness: 0.005 }),
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
    note: 'A thick fan on the outer surface of the ilium, from just below the iliac crest between the anterior and posterior gluteal lines, its fibres converging (front ones down and back, back ones down and forward) onto the lateral surface of the greater trochanter; superficial at the upper outer buttock, under gluteus maximus behind.',
    parts: [
      part('gluteus medius', 'fan', 0.011, 0.024, fibres(
        [
          way('asis', 'iliocristale', 0.25, [0, -0.012, 0]),
          way('asis', 'iliocristale', 0.7, [0, -0.014, 0]),
          at('iliocristale', [0, -0.016, -0.012]),
          way('iliocristale', 'iliac_crest_posterior', 0.5, [0, -0.018, 0]),
          way('iliac_crest_posterior', 'psis', 0.35, [0.012, -0.018, 0]),
        ],
        [at('trochanterion', [0, 0.014, 0])],
        [0.4, 0.75],
        { origin: { thickness: 0.01 }, insertion: { width: 0.03, thickness: 0.01 }, mids: [{}, { depth: 0.014 }] },
      )),
    ],
  },
  'gluteus-minimus': {
    note: 'The deepest gluteal fan, under gluteus medius: from the outer ilium between the anterior and inferior gluteal lines (lower and further forward than medius), converging on the front of the greater trochanter.',
    parts: [
      part('gluteus minimus', 'fan', 0.036, 0.012, fibres(
        [
          at('asis', [0.006, -0.026, -0.022]),
          way('asis', 'iliocristale', 0.7, [0, -0.036, -0.006]),
          at('iliocristale', [0, -0.042, -0.012]),
          way('iliac_crest_posterior', 'trochanterion', 0.4, [0, -0.004, 0]),
        ],
        [at('trochanterion', [0, 0.014, 0.012])],
        [0.5],
        { insertion: { width: 0.022, depth: 0.026, thickness: 0.007 } },
      )),
    ],
  },
  piriformis: {
    note: 'Deep in the buttock: a pear-shaped muscle from the front of the sacrum (S2-S4) out through the greater sciatic notch, across the back of the hip joint under gluteus maximus, narrowing to a round tendon on the top of the greater trochanter.',
    parts: [
      part('piriformis', 'spindle', 0.046, 0.02, [
        point(way('sacrum', 'coccyx', 0.3, [0.022, 0, 0]), 0.034, { depth: 0.05 }),
        point(way('buttock', 'sacrum', 0.3, [0, 0.05, 0]), 0.032, { depth: 0.052 }),
        point(way('trochanterion', 'buttock', 0.45, [0, 0.045, 0]), 0.03, { depth: 0.042 }),
        point(at('trochanterion', [0.008, 0.02, -0.006]), 0.03, { depth: 0.03, thickness: 0.012 }),
      ], { belly: 0.35 }),
    ],
  },
  // ---------------------------------------------------------------- thigh
  'vastus-lateralis': {
    note: 'The largest quadriceps head: a long spindle from the greater trochanter and the linea aspera down the outer thigh (under the iliotibial band), thickest in its lower half, ending in the quadriceps tendon at the upper outer patella.',
    parts: [
      part('vastus lateralis', 'spindle', 0.008, 0.036, [
        point(at('trochanterion', [0, -0.022, 0.01]), 0.07, { thickness: 0.02 }),
        point(way('trochanterion', 'thigh_lateral', 0.5, [0, 0, 0.008]), 0.08),
        point(at('thigh_lateral', [0, 0, 0.008]), 0.085),
        point(way('thigh_lateral', 'patella', 0.6, [0, 0, 0.012]), 0.07),
        point(at('patella', [0.03, 0.04, 0]), 0.05, { thickness: 0.02 }),
      ], { belly: 0.55 }),
    ],
  },
  'rectus-femoris': {
    note: 'A bipennate spindle straight down the front of the thigh, from the anterior inferior iliac spine (under sartorius and tensor) to the base of the patella by the quadriceps tendon.',
    parts: [
      part('rectus femoris', 'spindle', 0.006, 0.032, [
        point(at('asis', [-0.01, -0.04, 0]), 0.04, { depth: 0.022 }),
        point(way('asis', 'thigh_anterior', 0.45), 0.05, { depth: 0.01 }),
        point(at('thigh_anterior'), 0.056),
        point(way('thigh_anterior', 'patella', 0.65), 0.05),
        point(at('patella', [0, 0.042, 0]), 0.04, { thickness: 0.02 }),
      ], { belly: 0.45 }),
    ],
  },
  // ---------------------------------------------------------------- leg
  'tibialis-anterior': {
    note: 'Just lateral to the tibial crest: a fleshy spindle on the upper two-thirds of the lateral tibia, becoming a long tendon that crosses the front of the ankle to the medial cuneiform and the base of the first metatarsal on the inner side of the foot.',
    parts: [
      part('tibialis anterior', 'spindle', 0.004, 0.024, [
        point(at('patella', [0.02, -0.07, -0.012]), 0.03),
        point(at('shin', [0.018, 0.08, -0.004]), 0.036),
        point(at('shin', [0.014, -0.04, 0]), 0.03),
        point(way('medial_malleolus', 'foot_dorsum', 0.45, [0, 0.028, 0]), 0.03, { thickness: 0.014 }),
        point(way('medial_malleolus', 'hallux', 0.32, [0, -0.004, 0]), 0.03, { thickness: 0.012 }),
      ], { belly: 0.25 }),
    ],
  },
  gastrocnemius: {
    note: 'Two fusiform heads from the back of the medial and lateral femoral condyles forming the bulge of the calf, the medial one larger and reaching lower; below mid-calf they join a broad aponeurosis that narrows into the Achilles tendon on the back of the heel.',
    parts: [
      part('medial head', 'spindle', 0.004, 0.028, [
        point(at('popliteal', [-0.018, 0.045, -0.004]), 0.045),
        point(way('popliteal', 'calf', 0.45, [-0.024, 0, -0.006]), 0.064),
        point(at('calf', [-0.02, -0.02, 0]), 0.056),
        point(way('calf', 'achilles', 0.3, [-0.01, 0, 0]), 0.044),
      ], { belly: 0.42 }),
      part('lateral head', 'spindle', 0.004, 0.022, [
        point(at('popliteal', [0.024, 0.045, -0.004]), 0.04),
        point(way('popliteal', 'calf', 0.45, [0.024, 0, -0.004]), 0.052),
        point(at('calf', [0.02, 0.0, 0]), 0.044),
        point(way('calf', 'achilles', 0.18, [0.01, 0, 0]), 0.034),
      ], { belly: 0.4 }),
      part('aponeurosis and calcaneal (Achilles) tendon', 'sheet', 0.003, 0.005, [
        point(way('calf', 'achilles', 0.2), 0.05, { thickness: 0.002 }),
        point(way('calf', 'achilles', 0.5), 0.03),
        point(way('calf', 'achilles', 0.85), 0.016),
        point(at('achilles'), 0.014),
        point(at('heel', [0, 0.01, 0]), 0.02, { thickness: 0.004 }),
      ]),
    ],
  },
  soleus: {
    note: 'A broad flat pennate muscle under gastrocnemius, from the back of the fibular head and upper fibula and the soleal line of the tibia; it shows either side of gastrocnemius in the lower calf and joins the Achilles tendon.',
    parts: [
      part('soleus', 'sheet', 0.026, 0.02, [
        line([at('fibular_head', [0, -0.014, -0.016]), at('popliteal', [-0.026, -0.055, 0])], { thickness: 0.01 }),
        line([at('calf', [0.034, 0, 0.008]), at('calf', [-0.038, 0, 0.006])]),
        line([{ at: way('calf', 'achilles', 0.55, [0.028, 0, 0.008]), depth: 0.008 }, { at: way('calf', 'achilles', 0.55, [-0.03, 0, 0.006]), depth: 0.008 }], { depth: 0.012 }),
        point(way('calf', 'achilles', 0.85), 0.022, { depth: 0.007, thickness: 0.008 }),
      ]),
    ],
  },
};
