/**
 * 3D shapes of the second wave's muscles of one reference file (see ../muscleShapes.ts for the words):
 * the buttock, the pelvic floor, the hip, the inner, front and back of the thigh. Layers follow the
 * first wave's: gluteus maximus over gluteus medius (11 mm down), minimus and piriformis; vastus
 * intermedius under rectus femoris (whose deep surface lies about 38 mm down at its belly).
 */
import type { MuscleShapeRecipe } from '../../shapes/shapeRecipe';
import { at, between, fibres, line, part, point, way } from './recipeWords';

// The hamstrings share the ischial tuberosity; its skin landmark lies on the underside of the
// buttock, so the origins are lifted onto the bone and hung below gluteus maximus's lower border.
const SITTING_BONE = at('ischial_tuberosity', [0.004, 0.016, 0.002]);

// The linea aspera seen from the back of the thigh: it lies under the hamstrings, about 5-6 cm
// below the posterior skin, from below the gluteal tuberosity down to the adductor hiatus.
const AM_LINEA_ASPERA = {
  top: way('trochanterion', 'thigh_posterior', 0.5, [0, 0, -0.01]),
  middle: at('thigh_posterior', [0, 0.04, 0]),
  low: at('thigh_posterior', [0.004, -0.05, 0]),
  hiatus: at('thigh_posterior', [-0.004, -0.1, 0]),
} as const;

export const HIP_THIGH_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  // ---------------------------------------------------------------- buttock
  'gluteus-maximus': {
    note: 'The big superficial quadrilateral sheet of the buttock, just under the skin and over gluteus medius, minimus and piriformis: from the back of the iliac crest behind the posterior gluteal line, the side of the sacrum and coccyx and the sacrotuberous ligament, its coarse parallel fibres run down and out across the buttock, the upper ones over the greater trochanter into the iliotibial tract, the lower deep ones into the gluteal tuberosity below it.',
    parts: [
      part('gluteus maximus', 'sheet', 0.0065, 0.01, fibres(
        [
          way('iliac_crest_posterior', 'iliocristale', 0.2, [0, -0.016, 0]),
          way('iliac_crest_posterior', 'psis', 0.6, [0, -0.004, 0]),
          at('psis', [0.004, -0.016, 0]),
          way('sacrum', 'coccyx', 0.45, [0.02, 0, 0]),
          at('coccyx', [0.014, -0.008, 0]),
          way('coccyx', 'ischial_tuberosity', 0.4, [0, 0.012, 0]),
        ],
        [
          at('trochanterion', [0.006, 0.02, -0.004]),
          at('trochanterion', [0.006, -0.004, 0.002]),
          way('trochanterion', 'thigh_lateral', 0.25, [0.004, 0, -0.006]),
          way('trochanterion', 'thigh_lateral', 0.42, [0.004, 0, -0.014]),
          way('trochanterion', 'thigh_posterior', 0.4, [0.024, 0, -0.01]),
          way('trochanterion', 'thigh_posterior', 0.52, [0.01, 0, -0.01]),
        ],
        [0.35, 0.7],
        { origin: { thickness: 0.006 }, insertion: { thickness: 0.005 }, mids: [{ thickness: 0.01 }, { thickness: 0.01 }] },
      )),
    ],
  },
  'pelvic-floor': {
    note: 'Deep in the pelvic outlet, well above the skin of the perineum: levator ani as a sloping sheet from the back of the pubis, the tendinous arch over obturator internus and the ischial spine, down and in to the perineal body, the anococcygeal raphe and the coccyx, with coccygeus behind it from the ischial spine to the side of the coccyx; obturator internus lines the side wall of the lesser pelvis and leaves it backward round the lesser sciatic notch, turning out to the inner face of the greater trochanter.',
    parts: [
      part('levator ani and coccygeus', 'sheet', 0.04, 0.004, [
        // Origin (lateral, high): back of the pubis, the tendinous arch, the ischial spine.
        line([
          { at: at('pubic_tubercle', [-0.006, -0.026, -0.022]), depth: 0.03 },
          { at: way('perineum', 'ischial_tuberosity', 0.55, [0.01, 0, 0.04]), depth: 0.05 },
          { at: way('perineum', 'ischial_tuberosity', 0.6, [0.004, 0, 0.006]), depth: 0.055 },
          { at: way('coccyx', 'ischial_tuberosity', 0.55, [0, 0, 0]), depth: 0.055 },
        ]),
        line([
          { at: way('pubic_tubercle', 'perineum', 0.55, [0.006, 0, -0.02]), depth: 0.035 },
          { at: way('perineum', 'ischial_tuberosity', 0.3, [0, 0, 0.03]), depth: 0.04 },
          { at: way('perineum', 'ischial_tuberosity', 0.32, [0, 0, 0]), depth: 0.042 },
          { at: way('coccyx', 'ischial_tuberosity', 0.3, [0, 0, 0]), depth: 0.04 },
        ]),
        // Insertion (midline, low): perineal body, anococcygeal raphe, coccyx.
        line([
          { at: at('perineum', [0.014, 0, 0.012]), depth: 0.026 },
          { at: way('perineum', 'coccyx', 0.35, [0.014, 0, 0]), depth: 0.03 },
          { at: way('perineum', 'coccyx', 0.7, [0.014, 0, 0]), depth: 0.03 },
          { at: at('coccyx', [0.01, -0.01, 0]), depth: 0.018 },
        ], { thickness: 0.002 }),
      ], 'straight'),
      part('obturator internus', 'fan', 0.03, 0.008, [
        line([
          { at: way('pubic_tubercle', 'perineum', 0.5, [0.03, 0, -0.01]), depth: 0.03 },
          { at: way('perineum', 'ischial_tuberosity', 0.5, [0.012, 0.006, 0.035]), depth: 0.062 },
        ], { thickness: 0.004 }),
        point(way('perineum', 'buttock', 0.55, [-0.01, 0, 0]), 0.026, { depth: 0.05 }),
        point(at('buttock', [-0.014, 0, 0]), 0.016, { depth: 0.056, thickness: 0.007 }),
        point(at('trochanterion', [0.012, 0.004, -0.012]), 0.012, { depth: 0.036, thickness: 0.005 }),
      ], 'straight'),
    ],
  },
  // ---------------------------------------------------------------- hip
  'tensor-fasciae-latae': {
    note: 'A flat strap at the front of the hip, just under the skin: from the outer lip of the iliac crest behind the ASIS and the outer ASIS, down and slightly back over the front of the greater trochanter, ending about a third of the way down the outer thigh in the iliotibial tract.',
    parts: [
      part('tensor fasciae latae', 'strap', 0.003, 0.012, [
        line([at('asis', [0.004, -0.006, -0.006]), way('asis', 'iliocristale', 0.28, [0.006, -0.012, 0])], { thickness: 0.007 }),
        point(way('asis', 'thigh_lateral', 0.3, [0.008, 0, -0.008]), 0.044),
        point(way('asis', 'thigh_lateral', 0.55, [0.006, 0, -0.012]), 0.04),
        point(way('asis', 'thigh_lateral', 0.76, [0.004, 0, -0.014]), 0.024, { thickness: 0.004 }),
      ]),
    ],
  },
  // ---------------------------------------------------------------- groin and inner thigh
  pectineus: {
    note: 'A short flat quadrilateral in the floor of the femoral triangle, between iliopsoas and adductor longus: from the pecten of the superior pubic ramus out to the pubic tubercle, down, back and out to the pectineal line of the femur just below the lesser trochanter.',
    parts: [
      part('pectineus', 'strap', 0.02, 0.012, [
        line([{ at: at('pubic_tubercle', [0.006, -0.006, -0.006]), depth: 0.018 }, { at: way('pubic_tubercle', 'groin', 0.7, [0, -0.01, 0]), depth: 0.026 }], { thickness: 0.007 }),
        line([{ at: way('pubic_tubercle', 'thigh_anterior', 0.2, [-0.006, 0, 0]), depth: 0.026 }, { at: way('groin', 'thigh_anterior', 0.2, [0.004, 0, 0]), depth: 0.034 }]),
        point(way('groin', 'thigh_anterior', 0.4, [-0.014, 0, -0.01]), 0.022, { depth: 0.052, thickness: 0.006 }),
      ], 'straight'),
    ],
  },
  'adductor-longus': {
    note: 'Adductor longus: a superficial triangle of the inner thigh (the medial border of the femoral triangle), from a narrow tendon on the front of the pubic body by the tubercle, widening down and out to the middle third of the linea aspera, where it passes deep under sartorius. Adductor brevis: behind it and pectineus, from the pubic body and inferior ramus to the pectineal line and upper linea aspera, higher and deeper.',
    parts: [
      part('adductor longus', 'fan', 0.004, 0.016, [
        point(at('pubic_tubercle', [-0.004, -0.024, -0.012]), 0.016, { thickness: 0.008 }),
        line([way('pubic_tubercle', 'thigh_medial', 0.3, [0.006, 0, 0.02]), way('groin', 'thigh_anterior', 0.3, [-0.018, 0, 0])], { depth: 0.006 }),
        line([way('pubic_tubercle', 'thigh_medial', 0.7, [0.012, 0, 0.03]), way('groin', 'thigh_anterior', 0.7, [-0.022, 0, 0])], { depth: 0.016 }),
        line([way('thigh_medial', 'thigh_anterior', 0.35, [0, 0.05, 0]), way('thigh_medial', 'thigh_anterior', 0.4, [0, -0.07, 0])], { depth: 0.046, thickness: 0.006 }),
      ]),
      part('adductor brevis', 'fan', 0.024, 0.012, [
        point(at('pubic_tubercle', [-0.006, -0.04, -0.026]), 0.02, { thickness: 0.007 }),
        line([way('pubic_tubercle', 'thigh_medial', 0.3, [0.004, 0, 0.01]), way('groin', 'thigh_anterior', 0.35, [-0.02, 0, -0.01])], { depth: 0.028 }),
        line([way('groin', 'thigh_anterior', 0.42, [-0.03, 0, -0.02]), way('thigh_medial', 'thigh_anterior', 0.35, [0, 0.07, 0])], { depth: 0.04, thickness: 0.006 }),
      ]),
    ],
  },
  'adductor-magnus': {
    note: 'The largest adductor, the back wall of the inner thigh behind longus and brevis: its adductor part fans from the inferior pubic and ischial rami out and down to the whole linea aspera, the top fibres nearly horizontal; its ischiocondylar ("hamstring") part runs straight down from the ischial tuberosity along the inner back of the thigh to a tendon on the adductor tubercle just above the inner knee.',
    parts: [
      part('adductor part', 'fan', 0.03, 0.018, [
        line([
          { at: way('pubic_tubercle', 'perineum', 0.6, [0.02, 0, 0]), depth: 0.02 },
          { at: way('perineum', 'ischial_tuberosity', 0.45, [0.01, 0, 0]), depth: 0.02 },
          { at: way('perineum', 'ischial_tuberosity', 0.85, [0.004, 0, 0]), depth: 0.026 },
          { at: at('ischial_tuberosity', [0.004, 0.01, 0.004]), depth: 0.03 },
        ], { thickness: 0.01 }),
        line([
          between(way('pubic_tubercle', 'perineum', 0.6, [0.02, 0, 0]), AM_LINEA_ASPERA.top, 0.5, undefined, 0.04),
          between(way('perineum', 'ischial_tuberosity', 0.45, [0.01, 0, 0]), AM_LINEA_ASPERA.middle, 0.5, undefined, 0.036),
          between(way('perineum', 'ischial_tuberosity', 0.85, [0.004, 0, 0]), AM_LINEA_ASPERA.low, 0.5, undefined, 0.03),
          between(at('ischial_tuberosity', [0.004, 0.01, 0.004]), AM_LINEA_ASPERA.hiatus, 0.5, [0, 0, -0.02], 0.026),
        ]),
        line([
          { at: AM_LINEA_ASPERA.top, depth: 0.056 },
          { at: AM_LINEA_ASPERA.middle, depth: 0.056 },
          { at: AM_LINEA_ASPERA.low, depth: 0.05 },
          { at: AM_LINEA_ASPERA.hiatus, depth: 0.046 },
        ], { thickness: 0.008 }),
      ], 'straight'),
      part('ischiocondylar part', 'spindle', 0.014, 0.024, [
        point(way('ischial_tuberosity', 'perineum', 0.15, [0, 0.01, 0]), 0.026, { depth: 0.026 }),
        point(way('thigh_medial', 'thigh_posterior', 0.45, [0, 0.04, -0.01]), 0.05),
        point(way('thigh_medial', 'thigh_posterior', 0.35, [0, -0.08, -0.01]), 0.044, { depth: 0.012 }),
        point(at('knee_medial', [0.004, 0.05, -0.012]), 0.016, { depth: 0.01, thickness: 0.006 }),
      ], { belly: 0.4 }),
    ],
  },
  // ---------------------------------------------------------------- front of the thigh
  sartorius: {
    note: 'The longest muscle: a narrow thin strap just under the skin, from the ASIS obliquely down and in across the front of the thigh (the lateral border of the femoral triangle, then the roof of the adductor canal), down the inner thigh behind the medial femoral condyle, curving forward to the pes anserinus on the upper medial tibia.',
    parts: [
      part('sartorius', 'strap', 0.003, 0.009, [
        point(at('asis', [0.002, -0.008, 0.004]), 0.016, { thickness: 0.005 }),
        point(way('asis', 'thigh_anterior', 0.35, [-0.008, 0, 0.01]), 0.034),
        point(way('groin', 'thigh_anterior', 0.55, [-0.01, 0, 0.01]), 0.036),
        point(way('thigh_anterior', 'thigh_medial', 0.55, [0, -0.03, 0.012]), 0.036),
        point(way('thigh_medial', 'knee_medial', 0.6, [-0.01, 0, -0.006]), 0.032),
        point(at('knee_medial', [-0.006, 0.01, -0.016]), 0.024),
        point(at('knee_medial', [-0.006, -0.064, 0.018]), 0.016, { thickness: 0.003 }),
      ]),
    ],
  },
  'vastus-intermedius': {
    note: 'Deep, on the femur under rectus femoris (below its deep surface) and flanked by the other vasti: from the front and outer surfaces of the upper two-thirds of the femoral shaft straight down to the deep layer of the quadriceps tendon just above the base of the patella.',
    parts: [
      part('vastus intermedius', 'strap', 0.044, 0.02, [
        line([way('asis', 'thigh_anterior', 0.55, [0, 0, 0]), way('trochanterion', 'thigh_lateral', 0.3, [0, 0, 0.03])], { depth: 0.046, thickness: 0.01 }),
        line([way('asis', 'thigh_anterior', 0.85, [-0.01, 0, 0]), way('trochanterion', 'thigh_lateral', 0.6, [0, 0, 0.024])]),
        line([at('thigh_anterior', [-0.012, -0.03, 0]), way('thigh_lateral', 'patella', 0.25, [0, 0, 0.02])], { depth: 0.042 }),
        line([way('thigh_anterior', 'patella', 0.62, [-0.006, 0, 0]), way('thigh_lateral', 'patella', 0.6, [0, 0, 0.016])], { depth: 0.032 }),
        point(at('patella', [0.002, 0.058, 0]), 0.03, { depth: 0.02, thickness: 0.005 }),
      ]),
    ],
  },
  'vastus-medialis': {
    note: 'The teardrop above and inside the knee: a long thin origin down the medial lip of the linea aspera (deep under sartorius and the adductors), its fleshy belly bulging just above the medial femoral condyle, its lowest fibres (VMO) running nearly horizontally into the medial border of the patella and the quadriceps tendon.',
    parts: [
      part('vastus medialis', 'spindle', 0.008, 0.032, [
        point(way('groin', 'thigh_anterior', 0.55, [-0.02, 0, -0.006]), 0.026, { depth: 0.03, thickness: 0.012 }),
        point(way('thigh_anterior', 'thigh_medial', 0.4, [0, -0.04, 0]), 0.044, { depth: 0.02 }),
        point(way('patella', 'knee_medial', 0.6, [0, 0.09, 0.006]), 0.07, { depth: 0.008 }),
        point(way('patella', 'knee_medial', 0.45, [0, 0.04, 0.01]), 0.06, { depth: 0.006 }),
        point(at('patella', [-0.024, 0.006, -0.004]), 0.03, { depth: 0.006, thickness: 0.008 }),
      ], { belly: 0.72 }),
    ],
  },
  // ---------------------------------------------------------------- back of the thigh
  semitendinosus: {
    note: 'The medial hamstrings from the ischial tuberosity down the inner back of the thigh: semitendinosus, the superficial one, a spindle in the upper half with a long round tendon that passes behind the medial condyle to the pes anserinus on the upper medial tibia; semimembranosus under it, from a broad flat upper tendon to a bulky belly in the lower half, inserting on the back of the medial tibial condyle.',
    parts: [
      part('semitendinosus', 'spindle', 0.005, 0.024, [
        point(SITTING_BONE, 0.02, { depth: 0.026, thickness: 0.01 }),
        point(way('ischial_tuberosity', 'thigh_posterior', 0.5, [-0.014, 0, -0.03]), 0.04, { depth: 0.01 }),
        point(way('thigh_posterior', 'thigh_medial', 0.3, [0, -0.03, -0.03]), 0.044),
        point(way('popliteal', 'knee_medial', 0.55, [0, 0.08, -0.03]), 0.024),
        point(way('popliteal', 'knee_medial', 0.75, [0, 0.0, -0.03]), 0.016),
        point(at('knee_medial', [-0.004, -0.07, 0.008]), 0.014, { thickness: 0.005 }),
      ], { belly: 0.32 }),
      part('semimembranosus', 'spindle', 0.016, 0.026, [
        point(at('ischial_tuberosity', [0.012, 0.02, 0.004]), 0.018, { depth: 0.03, thickness: 0.006 }),
        point(way('ischial_tuberosity', 'thigh_posterior', 0.55, [-0.004, 0, -0.03]), 0.03, { depth: 0.02, thickness: 0.012 }),
        point(way('thigh_posterior', 'thigh_medial', 0.25, [0, -0.07, -0.03]), 0.05),
        point(way('popliteal', 'knee_medial', 0.5, [0, 0.06, -0.03]), 0.04, { depth: 0.012 }),
        point(way('popliteal', 'knee_medial', 0.8, [0, -0.03, -0.02]), 0.018, { depth: 0.012, thickness: 0.006 }),
      ], { belly: 0.65 }),
    ],
  },
  'biceps-femoris': {
    note: 'The lateral hamstring: the long head a superficial spindle from the ischial tuberosity (common tendon with semitendinosus, emerging from under gluteus maximus) obliquely down and out across the back of the thigh; the short head deep to it from the lower lateral linea aspera; both join a tendon on the outer side of the back of the knee to the head of the fibula.',
    parts: [
      part('long head', 'spindle', 0.005, 0.026, [
        point(SITTING_BONE, 0.02, { depth: 0.026, thickness: 0.01 }),
        point(way('ischial_tuberosity', 'thigh_posterior', 0.5, [0.004, 0, -0.03]), 0.04, { depth: 0.01 }),
        point(at('thigh_posterior', [0.022, -0.02, -0.02]), 0.05),
        point(way('thigh_posterior', 'popliteal', 0.6, [0.036, 0, -0.02]), 0.04),
        point(way('popliteal', 'fibular_head', 0.6, [0, 0.03, -0.02]), 0.022),
        point(at('fibular_head', [0, 0.012, -0.006]), 0.016, { thickness: 0.006 }),
      ], { belly: 0.45 }),
      part('short head', 'spindle', 0.024, 0.016, [
        point(at('thigh_posterior', [0.04, -0.03, 0]), 0.024, { thickness: 0.006 }),
        point(way('thigh_posterior', 'popliteal', 0.55, [0.05, 0, 0]), 0.036),
        point(way('popliteal', 'fibular_head', 0.5, [0.004, 0.04, -0.01]), 0.024, { depth: 0.012 }),
        point(at('fibular_head', [0, 0.02, -0.004]), 0.014, { depth: 0.008, thickness: 0.005 }),
      ], { belly: 0.55 }),
    ],
  },
};

