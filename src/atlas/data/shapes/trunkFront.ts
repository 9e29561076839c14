/** 3D shapes of the second wave's muscles of one reference file (see ../muscleShapes.ts for the words). */
import type { MuscleShapeRecipe, ShapePart } from '../../shapes/shapeRecipe';
import { at, between, fibres, line, part, point, way, type Offset } from './recipeWords';
import type { Anchor } from '../../muscleSchema';

// Pectoralis major (../muscleShapes.ts) hangs 5 mm below the skin and is up to 14 mm thick, so a
// muscle under it starts a little below 2 cm; the sternalis lies on top of it, just under the skin.
const UNDER_PEC_MAJOR = 0.021;

// Serratus anterior: one slip per rib (the upper two ribs share one, as do the 8th and 9th), each
// from the outer surface of its rib on the side of the chest, running back round the chest wall
// under the scapula to the costal surface of its medial border. The lower slips converge on the
// inferior angle, which is why the muscle is thickest there. Separate slips with gaps between
// their rib ends draw the saw-toothed edge below the armpit. Offsets are from the midaxillary
// landmark (at about the 5th-6th rib), forward for the upper slips, which lie further forward.
interface SerratusSlip {
  readonly name: string;
  readonly rib: Offset;
  readonly insertion: Anchor;
  /** Depth at the rib: the 3rd-4th slips are under pectoralis major, the lower ones just under the skin. */
  readonly ribDepth: number;
}
const SERRATUS_SLIPS: readonly SerratusSlip[] = [
  { name: '3rd rib slip', rib: [0, 0.098, 0.04], insertion: way('scapula_spine_root', 'scapula_inferior_angle', 0.3, [0.006, 0, 0]), ribDepth: 0.016 },
  { name: '4th rib slip', rib: [0, 0.064, 0.046], insertion: way('scapula_spine_root', 'scapula_inferior_angle', 0.62, [0.006, 0, 0]), ribDepth: 0.012 },
  { name: '5th rib slip', rib: [0, 0.03, 0.046], insertion: way('scapula_spine_root', 'scapula_inferior_angle', 0.85, [0.005, 0, 0]), ribDepth: 0.007 },
  { name: '6th rib slip', rib: [0, -0.004, 0.04], insertion: at('scapula_inferior_angle', [0.004, 0.008, 0]), ribDepth: 0.006 },
  { name: '7th rib slip', rib: [0, -0.038, 0.03], insertion: at('scapula_inferior_angle', [0.003, 0.004, 0]), ribDepth: 0.006 },
  { name: '8th and 9th rib slip', rib: [0, -0.074, 0.016], insertion: at('scapula_inferior_angle', [0.002, 0.0, 0]), ribDepth: 0.006 },
];

function serratusSlip(slip: SerratusSlip): ShapePart {
  const rib = at('midaxillary', slip.rib);
  return part(slip.name, 'strap', slip.ribDepth, 0.007, [
    point(rib, 0.026, { thickness: 0.005 }),
    line([between(rib, slip.insertion, 0.3)], { width: 0.03, depth: 0.011 }),
    line([between(rib, slip.insertion, 0.62)], { width: 0.028, depth: 0.03 }),
    point(slip.insertion, 0.02, { depth: 0.036, thickness: 0.006 }),
  ]);
}

// Rectus abdominis: the medial edge 6-8 mm from the midline (the linea alba between the two
// recti, wider above the navel), the lateral edge widening from the pubic crest to the rib cage.
// Each line is [medial, lateral] at one level; the intersections lie at the navel, halfway from
// the navel to the xiphoid, and just below the rib margin.
const RECTUS_LEVELS: readonly (readonly [Anchor, Anchor])[] = [
  [at('suprapubic', [0.005, -0.012, 0]), at('pubic_tubercle', [0.004, 0.008, 0])],
  [way('suprapubic', 'omphalion', 0.45, [0.007, 0, 0]), way('suprapubic', 'omphalion', 0.45, [0.062, 0, 0])],
  [at('omphalion', [0.01, 0, 0]), at('omphalion', [0.074, 0, 0])],
  [way('omphalion', 'xiphoid', 0.5, [0.011, 0, 0]), way('omphalion', 'xiphoid', 0.5, [0.08, 0, 0])],
  [way('omphalion', 'xiphoid', 0.84, [0.01, 0, 0]), way('omphalion', 'xiphoid', 0.84, [0.084, 0, 0])],
  [at('xiphoid', [0.008, 0.012, 0]), at('thelion', [0.02, -0.042, 0])],
];

function rectusSegment(name: string, from: number, to: number): ShapePart {
  const levels = RECTUS_LEVELS.slice(from, to + 1);
  return part(name, 'strap', 0.006, 0.011, levels.map(([medial, lateral]) => line([medial, between(medial, lateral, 0.5), lateral])));
}

export const TRUNK_FRONT_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  'pectoralis-minor': {
    note: 'A thin triangle under pectoralis major: three slips from the outer surfaces of ribs 3-5 just lateral to their cartilages converge up and out, across the upper chest, onto a short tendon on the medial border of the coracoid process under the outer clavicle.',
    parts: [
      part('pectoralis minor', 'fan', UNDER_PEC_MAJOR, 0.01, fibres(
        [at('chest', [0, -0.004, 0]), way('chest', 'thelion', 0.5, [0.01, 0, 0]), at('thelion', [0.02, -0.008, 0])],
        [at('coracoid', [0, -0.008, 0])],
        [0.4, 0.75],
        { origin: { thickness: 0.005 }, insertion: { width: 0.016, depth: 0.028, thickness: 0.008 }, mids: [{}, { depth: 0.024 }] },
      )),
    ],
  },
  sternalis: {
    note: 'An inconstant thin strap on the front of the sternum just beside the midline, its fibres parallel to the sternum from the manubrium (often continuous with the sternal head of the SCM) down to the lower costal cartilages; it lies superficial to the sternal origin of pectoralis major, just under the skin.',
    parts: [
      part('sternalis', 'strap', 0.0025, 0.004, [
        point(at('suprasternale', [0.013, -0.016, 0]), 0.012, { thickness: 0.003 }),
        point(way('suprasternale', 'mesosternale', 0.55, [0.015, 0, 0]), 0.018),
        point(at('mesosternale', [0.016, 0, 0]), 0.02),
        point(way('mesosternale', 'xiphoid', 0.5, [0.018, 0, 0]), 0.018),
        point(way('mesosternale', 'xiphoid', 0.85, [0.02, 0, 0]), 0.012, { thickness: 0.003 }),
      ]),
    ],
  },
  'serratus-anterior': {
    note: 'Fleshy slips from the outer surfaces of ribs 1-9 on the side of the chest (the lower ones the saw-toothed edge below the armpit, interdigitating with the external oblique), running back round the chest wall between the ribs and the scapula to the costal surface of its medial border, the 1st-2nd slip to the superior angle and the 5th-9th converging on the inferior angle; superficial on the side of the chest, under pectoralis major in front and under the scapula behind.',
    parts: [
      // The 1st-2nd slip lies high in the axilla's medial wall, away from any skin, so it runs
      // straight; its sections are authored top and bottom edges, because there its fibres run
      // nearly along the skin normal and a widened single anchor would twist.
      part('1st and 2nd rib slip', 'strap', 0.045, 0.008, [
        line([{ at: at('chest', [0.05, 0.028, 0]), depth: 0.048 }, { at: at('chest', [0.05, 0.006, 0]), depth: 0.048 }], { thickness: 0.005 }),
        line([{ at: at('posterior_axillary_fold', [0, 0.082, 0.02]), depth: 0.045 }, { at: at('posterior_axillary_fold', [0, 0.058, 0.02]), depth: 0.045 }]),
        line([{ at: at('scapula_superior_angle', [0.002, -0.004, 0]), depth: 0.034 }, { at: at('scapula_superior_angle', [0.002, -0.022, 0]), depth: 0.034 }], { thickness: 0.005 }),
      ], 'straight'),
      ...SERRATUS_SLIPS.map(serratusSlip),
    ],
  },
  'rectus-abdominis': {
    note: 'A long strap either side of the linea alba, from the pubic crest and symphysis up the front of the belly, widening to the xiphoid process and the 5th-7th costal cartilages; just under the skin in its sheath, crossed by three tendinous intersections (at the navel, halfway up to the xiphoid and below the rib margin), drawn as four bellies with a waist between them.',
    parts: [
      rectusSegment('lower belly (pubis to navel)', 0, 2),
      rectusSegment('middle belly', 2, 3),
      rectusSegment('upper belly', 3, 4),
      rectusSegment('top belly (to the xiphoid and 5th-7th cartilages)', 4, 5),
    ],
  },
  'external-oblique': {
    note: 'The three sheets of the side of the belly, outermost first. External oblique: slips from the outer surfaces of the lower eight ribs, fibres down and forward ("hands in pockets") to the front half of the iliac crest, the inguinal ligament and, by its aponeurosis, the linea alba (the fleshy part ends at the edge of rectus). Internal oblique under it, fibres up and forward at right angles, from the iliac crest and the outer inguinal ligament to the lower ribs and the rectus sheath. Transversus abdominis deepest, fibres horizontal, from the lower costal cartilages, the thoracolumbar fascia and the iliac crest forward to the rectus sheath.',
    parts: [
      part('external oblique', 'sheet', 0.006, 0.007, fibres(
        [
          at('thelion', [0.03, -0.015, -0.01]),
          at('midaxillary', [0, 0.008, 0.06]),
          at('midaxillary', [0, -0.022, 0.045]),
          at('midaxillary', [0, -0.056, 0.03]),
          at('midaxillary', [0, -0.09, 0.014]),
          at('flank_lateral', [0, -0.004, -0.01]),
          at('flank_lateral', [-0.006, -0.022, -0.032]),
          at('flank_lateral', [-0.012, -0.034, -0.05]),
        ],
        [
          way('xiphoid', 'costal_margin', 0.8, [0, -0.03, 0]),
          at('omphalion', [0.08, 0.05, 0]),
          at('omphalion', [0.078, 0.005, 0]),
          at('lower_abdomen', [0.024, 0.01, 0]),
          way('asis', 'pubic_tubercle', 0.45, [0, 0.01, 0]),
          at('asis', [0, 0.012, 0]),
          way('asis', 'iliocristale', 0.55, [0, 0.006, 0]),
          at('iliocristale', [0, 0.004, 0.004]),
        ],
        [0.35, 0.7],
        { origin: { thickness: 0.004 }, insertion: { thickness: 0.004 } },
      )),
      part('internal oblique', 'sheet', 0.014, 0.007, fibres(
        [
          way('asis', 'pubic_tubercle', 0.45, [0, 0.016, 0]),
          at('asis', [-0.006, 0.016, -0.006]),
          way('asis', 'iliocristale', 0.5, [0, 0.012, 0]),
          at('iliocristale', [0, 0.01, 0]),
          way('iliocristale', 'iliac_crest_posterior', 0.35, [0, 0.01, 0]),
        ],
        [
          at('lower_abdomen', [0.026, 0.0, 0]),
          at('omphalion', [0.078, 0.0, 0]),
          at('costal_margin', [0.01, -0.012, 0]),
          at('flank_lateral', [0, 0.01, 0.004]),
          at('flank_lateral', [-0.012, -0.006, -0.04]),
        ],
        [0.5],
        { origin: { thickness: 0.004 }, insertion: { thickness: 0.004 } },
      )),
      part('transversus abdominis', 'sheet', 0.022, 0.004, [
        line([
          at('costal_margin', [0.02, -0.006, -0.01]),
          at('flank_lateral', [0, 0.0, 0.02]),
          at('flank_lateral', [0, -0.05, 0]),
          way('iliocristale', 'asis', 0.4, [0, 0.012, 0]),
          way('asis', 'pubic_tubercle', 0.4, [0, 0.016, 0]),
        ], { thickness: 0.003 }),
        line([
          way('xiphoid', 'costal_margin', 0.75, [0, -0.03, 0]),
          at('omphalion', [0.076, 0.034, 0]),
          at('omphalion', [0.074, -0.02, 0]),
          at('lower_abdomen', [0.026, -0.01, 0]),
          way('lower_abdomen', 'pubic_tubercle', 0.6, [0.012, 0, 0]),
        ], { thickness: 0.003 }),
      ]),
    ],
  },
};
