/**
 * 3D shapes of the forearm extensor group (`forearm-hand.md` sections 1-6), for the RIGHT side.
 *
 * The body's forearm hangs turned palm-in: between the elbow and the wrist its back face turns from
 * out-down-back to out-up (about 90 degrees). The recipes therefore never use world offsets to say
 * "dorsal" or "radial"; they run along the forearm's own lines, which the landmarks already follow
 * as the forearm turns: the radial border (`forearm_radial_proximal` to `radial_styloid`), the
 * dorsal middle (`forearm_dorsal_proximal`, `forearm_dorsal_mid`, `wrist_dorsal`) and the ulnar
 * back border (`forearm_dorsal_ulnar` to `ulnar_styloid`). Points between two of those lines are
 * placed `way` between them, so every muscle turns with the forearm instead of cutting across it.
 *
 * Layers (lean adult, Gray's Anatomy 42nd ed.): the superficial extensors just under the skin;
 * extensor carpi radialis brevis partly under longus at the elbow; the supinator wrapped round the
 * upper radius under the whole extensor mass; extensor indicis on the lower ulna under extensor
 * digitorum.
 */
import type { MuscleShapeRecipe } from '../../shapes/shapeRecipe';
import { at, between, line, part, point, way } from './recipeWords';

// The forearm's own lines, sampled where the recipes need them (t: 0 at the elbow end).
const radialBorder = (t: number, offset?: readonly [number, number, number]) => way('forearm_radial_proximal', 'radial_styloid', t, offset);
const dorsalUlnar = (t: number) => way('forearm_dorsal_ulnar', 'ulnar_styloid', t);
const dorsalDistal = (t: number) => way('forearm_dorsal_mid', 'wrist_dorsal', t);
// An offset of `metres` down the forearm (elbow to wrist) in the body's frame ([lateral, up,
// forward]): the forearm runs out, down and forward from the elbow in this pose.
const distal = (metres: number): [number, number, number] => [0.51 * metres, -0.45 * metres, 0.72 * metres];

// The extensor tendons cross the back of the wrist side by side under the extensor retinaculum,
// radial to ulnar: carpi radialis longus and brevis (2nd compartment), digitorum and indicis (4th),
// carpi ulnaris beside the ulnar styloid (6th).
const WRIST = {
  ecrl: way('wrist_dorsal', 'radial_styloid', 0.55),
  ecrb: way('wrist_dorsal', 'radial_styloid', 0.28),
  ed: at('wrist_dorsal'),
  ecu: at('ulnar_styloid'),
} as const;

/** Extensor digitorum's four tendons, from the wrist to the knuckle of each finger. */
function digitorumTendon(finger: string, knuckle: 'knuckle_index' | 'knuckle_middle' | 'knuckle_ring' | 'knuckle_little') {
  return part(`tendon to the ${finger} finger`, 'strap', 0.0025, 0.0022, [
    point(way('wrist_dorsal', knuckle, 0.08), 0.006),
    point(way('wrist_dorsal', knuckle, 0.5), 0.006),
    point(way(knuckle, 'wrist_dorsal', 0.04), 0.007),
  ]);
}

export const FOREARM_HAND_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  brachioradialis: {
    note: 'The most superficial muscle of the thumb-side border: from the upper two-thirds of the lateral supracondylar ridge of the humerus, a fleshy belly passes in front of the lateral epicondyle (the outer edge of the cubital fossa) and down the radial border, turning with the forearm; in the lower half it is a flat tendon to the lateral side of the radius just above the radial styloid. Fibres run lengthwise.',
    parts: [
      part('brachioradialis', 'spindle', 0.003, 0.018, [
        point(way('lateral_epicondyle', 'deltoid', 0.62, [0, 0, 0.006]), 0.018, { thickness: 0.006 }),
        point(way('lateral_epicondyle', 'deltoid', 0.32, [0, 0, 0.012]), 0.03),
        point(way('lateral_epicondyle', 'cubital_fossa', 0.35, [0, 0.006, 0]), 0.04),
        point(radialBorder(0.12), 0.038),
        point(radialBorder(0.42), 0.024, { thickness: 0.009 }),
        point(radialBorder(0.72), 0.012, { thickness: 0.004 }),
        point(way('radial_styloid', 'forearm_radial_proximal', 0.06), 0.012, { thickness: 0.003 }),
      ], { belly: 0.35 }),
    ],
  },
  'extensor-carpi-radialis-longus': {
    note: 'Behind brachioradialis on the thumb side: from the lower third of the lateral supracondylar ridge, just above the epicondyle, a short belly in the upper third of the forearm becomes a long tendon down the radial side of the back of the forearm, across the wrist radial to Lister\'s tubercle, to the back of the base of the 2nd metacarpal. Superficial; fibres run lengthwise.',
    parts: [
      part('extensor carpi radialis longus', 'spindle', 0.003, 0.013, [
        point(way('lateral_epicondyle', 'deltoid', 0.2), 0.016, { thickness: 0.006 }),
        point(at('radial_head'), 0.024),
        point(way('forearm_radial_proximal', 'forearm_dorsal_mid', 0.3), 0.022),
        point(way('forearm_dorsal_mid', 'forearm_radial_proximal', 0.55), 0.014, { thickness: 0.006 }),
        point(way('forearm_dorsal_mid', 'radial_styloid', 0.55), 0.009, { thickness: 0.004 }),
        point(WRIST.ecrl, 0.008, { thickness: 0.003 }),
        point(way('wrist_dorsal', 'knuckle_index', 0.24), 0.008, { thickness: 0.003 }),
      ], { belly: 0.25 }),
    ],
  },
  supinator: {
    note: 'Deep, under the whole extensor mass: a curved sheet from the lateral epicondyle, the radial collateral and annular ligaments and the supinator crest of the ulna, whose fibres wind obliquely down and round the back and outer side of the upper radius to its front, inserting on the upper third of the radius; the upper fibres nearly horizontal round the radial neck, the lower ones steeper.',
    parts: [
      part('supinator', 'sheet', 0.014, 0.007, [
        // Origin: the epicondyle and radial collateral ligament above, the supinator crest of the ulna below.
        line([at('lateral_epicondyle', distal(0.01)), way('olecranon', 'forearm_dorsal_ulnar', 0.75)], { depth: 0.013, thickness: 0.004 }),
        // Over the back of the radius, under the extensors: the upper border round the radial neck, the
        // lower fibres steeper, each a little lower than where it began.
        line([at('radial_head', distal(0.003)), way('forearm_dorsal_proximal', 'forearm_dorsal_mid', 0.3)]),
        // Round the outer side of the radius, under brachioradialis and the radial extensors.
        line([way('radial_head', 'cubital_fossa', 0.3, distal(0.015)), radialBorder(0.2)], { depth: 0.015 }),
        // Insertion on the front of the upper radius, from its neck (lateral to the biceps tendon) to its upper third.
        line([way('radial_head', 'cubital_fossa', 0.62, distal(0.025)), way('forearm_volar_proximal', 'forearm_volar_radial_distal', 0.25)], { depth: 0.016, thickness: 0.003 }),
      ]),
    ],
  },
  'extensor-carpi-radialis-brevis': {
    note: 'From the lateral epicondyle by the common extensor tendon, partly under longus at the elbow; its belly lies between longus and extensor digitorum down to mid-forearm, then a tendon runs beside longus across the back of the wrist (just radial to Lister\'s tubercle) to the back of the base of the 3rd metacarpal. Fibres run lengthwise.',
    parts: [
      part('extensor carpi radialis brevis', 'spindle', 0.004, 0.013, [
        point(at('lateral_epicondyle', [0, -0.004, 0]), 0.014, { depth: 0.008, thickness: 0.006 }),
        point(way('radial_head', 'forearm_dorsal_proximal', 0.45), 0.022, { depth: 0.006 }),
        point(way('forearm_dorsal_proximal', 'forearm_radial_proximal', 0.2, [0, 0, 0.02]), 0.024),
        point(way('forearm_dorsal_mid', 'forearm_radial_proximal', 0.15), 0.018),
        line([between(at('forearm_dorsal_mid'), WRIST.ecrb, 0.55)], { width: 0.01, thickness: 0.004 }),
        point(WRIST.ecrb, 0.008, { thickness: 0.003 }),
        point(way('wrist_dorsal', 'knuckle_middle', 0.22), 0.008, { thickness: 0.003 }),
      ], { belly: 0.35 }),
    ],
  },
  'extensor-digitorum': {
    note: 'The middle of the superficial extensor layer: from the lateral epicondyle by the common extensor tendon, a spindle down the middle of the back of the forearm, turning with it, into four tendons that pass under the extensor retinaculum at the back of the wrist and diverge over the back of the hand to the extensor expansions of the index, middle, ring and little fingers.',
    parts: [
      part('belly', 'spindle', 0.003, 0.014, [
        point(at('lateral_epicondyle', [0, -0.008, -0.004]), 0.012, { thickness: 0.005 }),
        point(way('lateral_epicondyle', 'forearm_dorsal_proximal', 0.5), 0.024),
        point(way('forearm_dorsal_proximal', 'forearm_dorsal_mid', 0.3), 0.03),
        point(at('forearm_dorsal_mid'), 0.026),
        point(dorsalDistal(0.55), 0.018, { thickness: 0.007 }),
        point(WRIST.ed, 0.016, { thickness: 0.003 }),
      ], { belly: 0.42 }),
      digitorumTendon('index', 'knuckle_index'),
      digitorumTendon('middle', 'knuckle_middle'),
      digitorumTendon('ring', 'knuckle_ring'),
      digitorumTendon('little', 'knuckle_little'),
    ],
  },
  'extensor-carpi-ulnaris': {
    note: 'The ulnar edge of the superficial extensor layer: from the lateral epicondyle (common extensor tendon) and, by an aponeurosis, the back border of the ulna, a long belly down the ulnar side of the back of the forearm just beside the ulna\'s subcutaneous border; its tendon runs in the groove beside the ulnar styloid to the base of the 5th metacarpal on its little-finger side. Fibres run lengthwise.',
    parts: [
      part('extensor carpi ulnaris', 'spindle', 0.003, 0.012, [
        point(at('lateral_epicondyle', [0.004, -0.012, -0.008]), 0.012, { thickness: 0.005 }),
        point(way('forearm_dorsal_proximal', 'forearm_dorsal_ulnar', 0.5), 0.02),
        point(dorsalUlnar(0.2), 0.022),
        point(dorsalUlnar(0.55), 0.018),
        point(dorsalUlnar(0.85), 0.011, { thickness: 0.005 }),
        point(WRIST.ecu, 0.009, { thickness: 0.003 }),
        point(way('ulnar_styloid', 'knuckle_little', 0.22), 0.008, { thickness: 0.003 }),
      ], { belly: 0.4 }),
    ],
  },
  'extensor-indicis': {
    note: 'Deep, under extensor digitorum: a slender belly from the back of the lower third of the ulna and the interosseous membrane, running obliquely down toward the thumb side to the back of the wrist (with the digitorum tendons, under the retinaculum), then a tendon over the back of the hand to the index finger\'s extensor expansion, on the ulnar side of the digitorum index tendon.',
    parts: [
      part('extensor indicis', 'spindle', 0.01, 0.008, [
        point(dorsalUlnar(0.45), 0.01, { thickness: 0.004 }),
        line([between(dorsalUlnar(0.7), dorsalDistal(0.7), 0.5)], { width: 0.014 }),
        line([between(dorsalUlnar(0.9), WRIST.ed, 0.6)], { width: 0.012, depth: 0.008 }),
        point(WRIST.ed, 0.008, { depth: 0.005, thickness: 0.004 }),
        point(way('wrist_dorsal', 'knuckle_index', 0.5, [0, -0.002, 0]), 0.005, { depth: 0.0035, thickness: 0.002 }),
        point(way('knuckle_index', 'wrist_dorsal', 0.06), 0.005, { depth: 0.003, thickness: 0.002 }),
      ], { belly: 0.35 }),
    ],
  },
};
