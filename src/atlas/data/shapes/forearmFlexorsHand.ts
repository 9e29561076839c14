/**
 * 3D shapes of the forearm flexors, pronator teres and four hand muscles (see ../muscleShapes.ts
 * for the words).
 *
 * The body's forearm is turned palm-in, so its front twists about a quarter turn between the elbow
 * (where the front faces up and forward) and the wrist (where it faces in and down). World offsets
 * would point the wrong way at one end or the other, so the forearm sections are placed almost
 * only by fractions between the forearm landmarks, which twist with the skin: the ulnar line
 * medial_epicondyle - forearm_volar_ulnar - pisiform, the middle line forearm_volar_proximal -
 * forearm_volar_mid - wrist_volar, and the radial line forearm_radial_proximal - radial_styloid.
 * The superficial flexors fan out from the medial epicondyle in the classic order from the radial
 * side: pronator teres, flexor carpi radialis, palmaris longus, (flexor digitorum superficialis
 * below them), flexor carpi ulnaris.
 */
import type { Anchor } from '../../muscleSchema';
import type { MuscleShapeRecipe, SectionPoint, ShapeSection } from '../../shapes/shapeRecipe';
import { at, between, fibres, line, part, point, way } from './recipeWords';

// Lines down the front of the forearm, as fractions from the elbow to the wrist. Each returns a
// skin point that twists with the forearm.
/** The middle of the front: cubital region to the wrist crease (palmaris longus runs here). */
const middle = (t: number): Anchor =>
  t <= 0.5 ? way('forearm_volar_proximal', 'forearm_volar_mid', t / 0.5) : way('forearm_volar_mid', 'wrist_volar', (t - 0.5) / 0.5);
/** The ulnar edge of the front (flexor carpi ulnaris runs here). */
const ulnar = (t: number): Anchor =>
  t <= 0.35 ? way('medial_epicondyle', 'forearm_volar_ulnar', t / 0.35) : way('forearm_volar_ulnar', 'pisiform', (t - 0.35) / 0.65);
/** The radial border, over the radius (brachioradialis above it). */
const radial = (t: number): Anchor => way('forearm_radial_proximal', 'radial_styloid', t);

/** A section through one point that may lie between two anchors (`point` takes only an anchor). */
const spot = (at: SectionPoint, width: number, extra: Omit<ShapeSection, 'across' | 'width'> = {}): ShapeSection => line([at], { width, ...extra });

// First dorsal interosseous: the proximal corner of the web, between the bases of the first two
// metacarpals, and the insertion on the radial side of the base of the index finger.
const FDI_WEB_APEX = way('thumb_cmc', 'knuckle_index', 0.2);
const FDI_INSERTION = way('knuckle_index', 'index_finger', 0.1, [0, 0, 0.004]);

export const FOREARM_FLEXORS_HAND_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  // ---------------------------------------------------------------- forearm, superficial layer
  'pronator-teres': {
    note: 'Two heads: the larger humeral head from the medial epicondyle and the ridge just above it, the small ulnar head from the coronoid process (deeper); the belly forms the inner border of the cubital fossa and crosses the front of the upper forearm obliquely, down and outward, then dives under brachioradialis to the pronator tuberosity on the middle of the radius\'s outer side.',
    parts: [
      part('humeral head', 'strap', 0.004, 0.013, [
        line([at('medial_epicondyle', [0, 0.014, 0.004]), way('medial_epicondyle', 'forearm_volar_proximal', 0.25)], { depth: 0.006, thickness: 0.008 }),
        point(way('forearm_volar_proximal', 'forearm_volar_mid', 0.2), 0.026),
        spot(between(middle(0.42), radial(0.2), 0.45), 0.024),
        spot(between(middle(0.5), radial(0.34), 0.8), 0.018, { depth: 0.01 }),
        point(radial(0.4), 0.014, { depth: 0.016, thickness: 0.006 }),
      ], { belly: 0.4 }),
      part('ulnar head', 'strap', 0.016, 0.007, [
        point(way('medial_epicondyle', 'forearm_volar_proximal', 0.6), 0.012, { thickness: 0.004 }),
        spot(between(middle(0.3), radial(0.15), 0.4), 0.014, { depth: 0.014 }),
        spot(between(middle(0.44), radial(0.28), 0.6), 0.012, { depth: 0.014, thickness: 0.005 }),
      ]),
    ],
  },
  'flexor-carpi-radialis': {
    note: 'From the medial epicondyle by the common flexor tendon, a spindle belly in the upper half of the front of the forearm running obliquely toward the radial side, then a long tendon from mid-forearm to the radial side of the wrist crease, through the groove of the trapezium to the palmar bases of the 2nd and 3rd metacarpals; superficial, between pronator teres and palmaris longus.',
    parts: [
      part('flexor carpi radialis', 'spindle', 0.004, 0.013, [
        point(way('medial_epicondyle', 'forearm_volar_proximal', 0.35), 0.012, { depth: 0.005 }),
        spot(between(middle(0.25), ulnar(0.2), 0.15), 0.022),
        spot(between(middle(0.45), radial(0.35), 0.2), 0.022),
        spot(between(middle(0.65), radial(0.6), 0.25), 0.014),
        point(way('forearm_volar_radial_distal', 'wrist_volar_radial', 0.2), 0.008, { thickness: 0.005 }),
        point(at('wrist_volar_radial', [0, 0, -0.004]), 0.008, { thickness: 0.005 }),
        point(way('wrist_volar_radial', 'palm', 0.35), 0.008, { depth: 0.012, thickness: 0.004 }),
      ], { belly: 0.28 }),
    ],
  },
  'palmaris-longus': {
    note: 'A small spindle belly high in the middle of the front of the forearm from the medial epicondyle (common flexor tendon), then a long slender tendon straight down the middle to the wrist crease, over the flexor retinaculum, fanning into the palmar aponeurosis, the thin triangular sheet under the skin of the palm that splits into slips toward the four fingers.',
    parts: [
      part('palmaris longus', 'spindle', 0.003, 0.009, [
        point(way('medial_epicondyle', 'forearm_volar_proximal', 0.45), 0.01, { depth: 0.005 }),
        spot(between(middle(0.2), ulnar(0.25), 0.3), 0.016),
        spot(between(middle(0.42), ulnar(0.42), 0.15), 0.014),
        point(middle(0.66), 0.008, { thickness: 0.004 }),
        point(middle(0.86), 0.006, { thickness: 0.003 }),
        point(at('wrist_volar'), 0.007, { thickness: 0.003 }),
      ], { belly: 0.22 }),
      part('palmar aponeurosis', 'fan', 0.002, 0.0025, fibres(
        [way('wrist_volar', 'palm', 0.25)],
        [way('palm', 'index_finger', 0.3), way('palm', 'dactylion', 0.28), way('palm', 'ring_finger', 0.28), way('hypothenar', 'little_finger', 0.36)],
        [0.5],
        { origin: { width: 0.01 } },
      )),
    ],
  },
  'flexor-carpi-ulnaris': {
    note: 'The most ulnar superficial flexor, in two heads: the humeral head from the medial epicondyle, the ulnar head from the inner edge of the olecranon and by an aponeurosis from the upper two-thirds of the back border of the ulna; they join under a tendinous arch (the ulnar nerve passes between them) into a long belly down the ulnar edge of the forearm whose tendon ends on the pisiform.',
    parts: [
      part('humeral head and belly', 'spindle', 0.003, 0.014, [
        point(way('medial_epicondyle', 'forearm_volar_proximal', 0.15), 0.014, { depth: 0.005 }),
        spot(between(ulnar(0.2), middle(0.2), 0.15), 0.024),
        spot(between(ulnar(0.45), middle(0.45), 0.1), 0.024),
        point(ulnar(0.7), 0.018),
        point(ulnar(0.9), 0.012, { thickness: 0.006 }),
        point(at('pisiform', [0, 0.004, 0]), 0.012, { thickness: 0.006 }),
      ], { belly: 0.45 }),
      part('ulnar head', 'sheet', 0.003, 0.009, [
        point(way('olecranon', 'ulnar_groove', 0.5), 0.014, { thickness: 0.005 }),
        spot(between(at('ulnar_groove'), at('forearm_dorsal_ulnar'), 0.45), 0.022),
        spot(between(at('forearm_dorsal_ulnar'), ulnar(0.35), 0.55), 0.022),
        spot(between(ulnar(0.55), at('forearm_dorsal_ulnar'), 0.2), 0.016, { thickness: 0.005 }),
      ]),
    ],
  },
  // ---------------------------------------------------------------- forearm, middle and deep layers
  'flexor-digitorum-superficialis': {
    note: 'Two layers under the superficial flexors: superficialis, a broad flat muscle from the medial epicondyle, the coronoid process and the upper radius, its belly narrowing to four tendons that pass through the carpal tunnel and diverge across the palm to the fingers (to the middle phalanges); profundus beneath it, the bulkiest forearm flexor, on the front and inner side of the upper three-quarters of the ulna, its tendons running under the superficialis tendons to the fingertips.',
    parts: [
      part('flexor digitorum superficialis', 'strap', 0.011, 0.013, [
        line([way('medial_epicondyle', 'forearm_volar_proximal', 0.35), way('medial_epicondyle', 'forearm_volar_proximal', 0.65)], { depth: 0.012, thickness: 0.008 }),
        line([between(ulnar(0.25), middle(0.25), 0.3), middle(0.25), between(middle(0.3), radial(0.3), 0.35)]),
        line([between(ulnar(0.5), middle(0.5), 0.3), middle(0.5), between(middle(0.5), radial(0.45), 0.25)]),
        line([between(ulnar(0.78), middle(0.78), 0.4), middle(0.8), between(middle(0.78), radial(0.75), 0.2)], { thickness: 0.01 }),
        line([between(at('pisiform'), at('wrist_volar'), 0.55), between(at('wrist_volar'), at('wrist_volar_radial'), 0.4)], { depth: 0.009, thickness: 0.006 }),
      ], { belly: 0.4 }),
      part('flexor digitorum profundus', 'strap', 0.024, 0.016, [
        spot(between(ulnar(0.1), middle(0.1), 0.3), 0.024, { thickness: 0.01 }),
        line([between(ulnar(0.3), at('forearm_dorsal_ulnar'), 0.25), between(ulnar(0.3), middle(0.3), 0.55)]),
        line([ulnar(0.55), between(ulnar(0.55), middle(0.55), 0.6)], { depth: 0.02 }),
        line([between(ulnar(0.82), middle(0.82), 0.2), between(ulnar(0.82), middle(0.82), 0.75)], { depth: 0.015, thickness: 0.01 }),
        point(way('wrist_volar', 'pisiform', 0.3), 0.02, { depth: 0.014, thickness: 0.006 }),
      ], { belly: 0.4 }),
      ...(
        [
          ['index', way('palm', 'index_finger', 0.6)],
          ['middle', way('palm', 'dactylion', 0.55)],
          ['ring', way('palm', 'ring_finger', 0.52)],
          ['little', way('hypothenar', 'little_finger', 0.55)],
        ] as const
      ).map(([finger, end]) =>
        part(`tendons to the ${finger} finger`, 'strap', 0.005, 0.004, [
          point(way('wrist_volar', 'palm', 0.3), 0.006, { depth: 0.011 }),
          spot(between(way('wrist_volar', 'palm', 0.3), end, 0.5), 0.006, { depth: 0.007 }),
          point(end, 0.005, { depth: 0.004 }),
        ]),
      ),
    ],
  },
  // ---------------------------------------------------------------- hand
  'opponens-pollicis': {
    note: 'Deep in the thenar eminence, under abductor pollicis brevis: from the flexor retinaculum and the tubercle of the trapezium, its fibres fan down and out to the whole length of the radial, palm-side border of the first metacarpal.',
    parts: [
      part('opponens pollicis', 'sheet', 0.006, 0.008, fibres(
        [way('wrist_volar_radial', 'thenar', 0.15), way('wrist_volar', 'thenar', 0.4)],
        [way('thumb_cmc', 'thumb_volar', 0.15), way('thumb_cmc', 'thumb_volar', 0.95)],
        [0.5],
        { origin: { thickness: 0.004 }, insertion: { depth: 0.005, thickness: 0.005 } },
      )),
    ],
  },
  'adductor-pollicis': {
    note: 'The deepest thenar muscle, in the palm side of the thumb web: an oblique head from the capitate and the bases of the 2nd-3rd metacarpals and a transverse head from the palm side of the 3rd metacarpal shaft; both converge as a fan across the web onto the ulnar sesamoid and the base of the thumb\'s first phalanx.',
    parts: [
      // The two heads share the point at the base of the 3rd metacarpal, so together they make
      // the one triangle whose base runs along that metacarpal and whose apex is on the thumb.
      part('oblique head', 'fan', 0.011, 0.008, fibres(
        [way('wrist_volar', 'palm', 0.4), way('wrist_volar', 'palm', 0.75)],
        [way('thumb_web_palmar', 'thumb_volar', 0.75)],
        [0.5],
        { origin: { depth: 0.013, thickness: 0.006 }, insertion: { width: 0.008, depth: 0.006, thickness: 0.005 } },
      )),
      part('transverse head', 'fan', 0.009, 0.007, fibres(
        [way('wrist_volar', 'palm', 0.75), way('palm', 'dactylion', 0.35)],
        [way('thumb_web_palmar', 'thumb_volar', 0.75)],
        [0.5],
        { origin: { depth: 0.011 }, insertion: { width: 0.008, depth: 0.006, thickness: 0.005 } },
      )),
    ],
  },
  'first-dorsal-interosseous': {
    note: 'Fills the back of the thumb web between the first two metacarpals: a bipennate muscle whose larger head arises from the ulnar border of the first metacarpal and the smaller from the radial border of the second; they meet on a central tendon that runs to the radial side of the base of the index finger\'s first phalanx.',
    parts: [
      // The heads share the edge from the proximal corner of the web to the insertion (the central
      // tendon), so together they fill the web as one triangle.
      part('head from the first metacarpal', 'fan', 0.003, 0.011, fibres(
        [way('thumb_cmc', 'thumb', 0.42), FDI_WEB_APEX],
        [FDI_INSERTION],
        [0.5],
        { origin: { thickness: 0.006 }, insertion: { width: 0.008, thickness: 0.004 } },
      )),
      part('head from the second metacarpal', 'fan', 0.003, 0.009, fibres(
        [FDI_WEB_APEX, way('anatomical_snuffbox', 'knuckle_index', 0.62, [0, 0, 0.006])],
        [FDI_INSERTION],
        [0.5],
        { origin: { thickness: 0.005 }, insertion: { width: 0.008, thickness: 0.004 } },
      )),
    ],
  },
  'abductor-digiti-minimi': {
    note: 'The most superficial hypothenar muscle, along the ulnar border of the hand: from the pisiform (and the tendon of flexor carpi ulnaris) down the edge of the palm to the ulnar side of the base of the little finger\'s first phalanx.',
    parts: [
      part('abductor digiti minimi', 'spindle', 0.003, 0.01, [
        point(at('pisiform', [0, -0.004, 0]), 0.01, { thickness: 0.006 }),
        point(way('pisiform', 'knuckle_little', 0.3, [-0.004, -0.004, 0]), 0.016),
        point(way('pisiform', 'knuckle_little', 0.6, [-0.004, -0.004, 0]), 0.014),
        point(way('knuckle_little', 'little_finger', 0.15, [-0.002, -0.004, -0.004]), 0.008, { thickness: 0.004 }),
      ], { belly: 0.4 }),
    ],
  },
};
