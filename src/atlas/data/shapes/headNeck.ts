/** 3D shapes of the second wave's muscles of one reference file (see ../muscleShapes.ts for the words). */
import type { MuscleShapeRecipe } from '../../shapes/shapeRecipe';
import { at, fibres, line, part, point, way } from './recipeWords';

// The levels of the cervical spine on the back of the neck, as fractions of the way from the inion
// down to the C7 spine (the skin over C2 is about a third of the way down, C4-C5 at the
// posterior_neck landmark), so the deep neck muscles can start and end at named vertebrae.
const C2 = 0.3;
const C3 = 0.45;
const C4 = 0.6;
const C5 = 0.73;
const C6 = 0.86;
// Thoracic levels as fractions of the way from C7 down to T12 (T4 at 0.3, as for the trapezius).
const T1 = 0.08;
const T3 = 0.22;
const T4 = 0.3;
const T6 = 0.46;

// The hairline: where the frontal belly of occipitofrontalis gives way to the galea (about 4 cm
// above the brows), from beside the midline out to the temporal line.
const HAIRLINE = [at('forehead', [-0.025, 0.034, 0]), at('forehead', [0, 0.036, 0]), at('forehead', [0.026, 0.028, 0])] as const;
// The top of the occipital belly, about 4 cm above the superior nuchal line, where it joins the galea.
const OCCIPITAL_TOP = [at('occiput', [-0.02, 0.03, 0]), at('occiput', [0, 0.03, 0]), at('occiput', [0.018, 0.02, 0])] as const;

// The digastric's intermediate tendon, beside the hyoid and a little behind the skin landmark (which
// the body mesh puts at the angle between chin and neck), where both bellies meet.
const HYOID_TENDON = at('hyoid', [0.02, 0.006, -0.016]);

/** A multifidus fascicle: from the articular process at one level up and in to the spine two levels higher. */
function multifidusBand(name: string, from: number, to: number, depth: number) {
  return part(name, 'strap', depth, 0.006, [
    point(way('inion', 'cervicale', from, [0.015, 0, 0]), 0.008, { thickness: 0.004 }),
    point(way('inion', 'cervicale', (from + to) / 2, [0.01, 0, 0]), 0.009),
    point(way('inion', 'cervicale', to, [0.005, 0, 0]), 0.007, { thickness: 0.004 }),
  ]);
}

export const HEAD_NECK_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  occipitofrontalis: {
    note: 'A thin broad sheet just under the scalp: the frontal belly rises from the skin of the eyebrows and the root of the nose straight up over the forehead to the hairline, where it joins the galea aponeurotica; the occipital belly is a quadrilateral from the lateral two-thirds of the superior nuchal line up over the back of the head into the galea. The galea itself, a tendon sheet over the vault, is not drawn: in muscle colour it hid the two bellies. Fibres run up and down the forehead and up and slightly forward at the back.',
    parts: [
      part('frontal belly (frontalis)', 'sheet', 0.003, 0.003, fibres(
        [...HAIRLINE],
        [at('glabella', [0.006, 0.004, 0]), at('supraorbital', [0, 0.008, 0]), at('supraorbital', [0.024, 0.01, 0])],
        [0.5],
        { origin: { thickness: 0.002 }, insertion: { thickness: 0.002 } },
      )),
      part('occipital belly (occipitalis)', 'sheet', 0.003, 0.003, fibres(
        [way('inion', 'mastoid', 0.25, [0, 0.006, 0]), way('inion', 'mastoid', 0.55, [0, 0.008, 0]), way('inion', 'mastoid', 0.82, [0, 0.012, 0])],
        [...OCCIPITAL_TOP],
        [0.5],
        { origin: { thickness: 0.002 }, insertion: { thickness: 0.002 } },
      )),
    ],
  },
  'medial-pterygoid': {
    note: 'Deep on the inner side of the ramus, the mirror of the masseter on the outside: a thick quadrilateral from the pterygoid fossa on the inner surface of the lateral pterygoid plate (and, by its small superficial head, the maxillary tuberosity) down, back and out to the inner surface of the angle and lower ramus of the mandible. It lies below the lateral pterygoid and is kept 1.1-1.8 cm deep: the body mesh models the mouth cavity about 3 cm inside the cheek, so the muscle sits between the masseter and that cavity.',
    parts: [
      part('deep and superficial heads', 'strap', 0.014, 0.0065, [
        line([{ at: at('tmj', [0, -0.01, 0.02]), depth: 0.017 }, { at: at('tmj', [0, -0.026, 0.024]), depth: 0.016 }], { thickness: 0.005 }),
        point(way('tmj', 'gonion', 0.5, [0, -0.008, 0.012]), 0.026, { depth: 0.014 }),
        line([{ at: at('gonion', [0, 0.02, -0.006]), depth: 0.012 }, { at: at('gonion', [0, 0.002, 0.002]), depth: 0.011 }, { at: at('gonion', [0, -0.002, 0.014]), depth: 0.011 }], { thickness: 0.005 }),
      ], 'straight'),
    ],
  },
  digastric: {
    note: 'Two bellies joined by an intermediate tendon held to the hyoid by a fibrous loop: the posterior belly from the mastoid notch on the inner side of the mastoid process (under the SCM and splenius) runs down and forward below the angle of the jaw to the tendon beside the hyoid; the anterior belly runs from there forward, up and in to the digastric fossa on the inner lower border of the chin beside the midline.',
    parts: [
      part('posterior belly', 'spindle', 0.016, 0.009, [
        point(at('mastoid', [-0.002, -0.008, 0.002]), 0.012, { depth: 0.02 }),
        point(way('gonion', 'mastoid', 0.4, [0, -0.016, -0.006]), 0.014, { depth: 0.016 }),
        point(HYOID_TENDON, 0.008, { depth: 0.01 }),
      ], { path: 'straight', belly: 0.4 }),
      part('anterior belly', 'spindle', 0.005, 0.008, [
        point(HYOID_TENDON, 0.008, { depth: 0.008 }),
        point(way('hyoid', 'menton', 0.5, [0.014, 0, -0.008]), 0.012),
        point(at('menton', [0.007, -0.002, -0.01]), 0.01, { depth: 0.005 }),
      ]),
    ],
  },
  'semispinalis-capitis': {
    note: 'The thick column of the back of the neck beside the midline: from the transverse processes of C7-T6 and the articular processes of C4-C6 straight up to the occipital bone between the superior and inferior nuchal lines. It lies deep to the trapezius and splenius capitis and over the suboccipital muscles, its fibres running nearly vertical.',
    parts: [
      part('semispinalis capitis', 'strap', 0.022, 0.012, [
        point(way('cervicale', 't12', T4, [0.026, 0, 0]), 0.016, { depth: 0.026, thickness: 0.006 }),
        point(at('cervicale', [0.022, 0, 0]), 0.022, { depth: 0.022 }),
        point(way('inion', 'cervicale', C4, [0.018, 0, 0]), 0.026, { depth: 0.021 }),
        point(way('inion', 'cervicale', C2, [0.019, 0, 0]), 0.03, { depth: 0.018 }),
        line([{ at: at('inion', [0.005, -0.009, 0]), depth: 0.013 }, { at: at('inion', [0.034, -0.015, 0]), depth: 0.02 }], { thickness: 0.008 }),
      ]),
    ],
  },
  'cervical-multifidi': {
    note: 'The deepest layer of the back of the neck, in the groove beside the spinous processes under semispinalis capitis: multifidus and rotatores as short bands from the articular processes of C4-C7 up and in to the spines two levels higher, and semispinalis cervicis over them from the transverse processes of T1-T5 up and in to the spines of C2-C5, mostly C2.',
    parts: [
      part('semispinalis cervicis', 'strap', 0.034, 0.007, [
        point(way('cervicale', 't12', T4, [0.024, 0, 0]), 0.012, { depth: 0.036, thickness: 0.005 }),
        point(way('cervicale', 't12', T1, [0.02, 0, 0]), 0.016, { depth: 0.035 }),
        point(way('inion', 'cervicale', C5, [0.012, 0, 0]), 0.016),
        point(way('inion', 'cervicale', C2 + 0.02, [0.005, 0, 0]), 0.01, { depth: 0.032, thickness: 0.005 }),
      ]),
      multifidusBand('multifidus and rotatores, C4 to C2', C4, C2 + 0.03, 0.04),
      multifidusBand('multifidus and rotatores, C5 to C3', C5, C3, 0.041),
      multifidusBand('multifidus and rotatores, C6 to C4', C6, C4, 0.042),
      multifidusBand('multifidus and rotatores, C7 to C5', 1, C5, 0.042),
    ],
  },
  'splenius-cervicis': {
    note: 'A thin band from the spines of T3-T6, under the trapezius, rhomboids and serratus posterior superior, whose fibres run up and out along the lower lateral edge of splenius capitis and then deep to it and the levator scapulae, to the posterior tubercles of the transverse processes of C1-C3.',
    parts: [
      part('splenius cervicis', 'sheet', 0.023, 0.006, [
        line([way('cervicale', 't12', T3, [0.006, 0, 0]), way('cervicale', 't12', T6, [0.006, 0, 0])], { depth: 0.026, thickness: 0.003 }),
        line([way('cervicale', 't12', T1, [0.024, 0, 0]), way('cervicale', 't12', T3, [0.046, 0, 0])]),
        line([way('inion', 'cervicale', C6, [0.036, 0, 0]), way('inion', 'cervicale', 0.97, [0.054, 0, 0])], { depth: 0.022 }),
        line([at('mastoid', [0, -0.016, -0.014]), at('mastoid', [0, -0.03, -0.016]), at('mastoid', [0, -0.044, -0.016])], { depth: 0.024, thickness: 0.005 }),
      ]),
    ],
  },
};
