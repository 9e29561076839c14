/**
 * 3D shapes of the second wave's muscles of one reference file (see ../muscleShapes.ts for the words).
 *
 * The arm of the body is abducted about 45 degrees with the elbow a little flexed and the forearm
 * turned palm-in, so "up the arm" is up and in, and the arm's own lateral side faces up and out:
 * an offset toward the arm's lateral side is [+0.8, +0.6, 0] times the distance, toward its medial
 * (armpit) side [-0.8, -0.6, 0]; the front of the arm is +Z as for the trunk.
 */
import type { Anchor } from '../../muscleSchema';
import type { MuscleShapeRecipe, ShapePart } from '../../shapes/shapeRecipe';
import { at, between, fibres, line, part, point, way, type Offset } from './recipeWords';

/** An offset of `d` metres toward the arm's lateral side (negative: its medial side), plus `forward`. */
const armSide = (d: number, forward = 0): Offset => [0.8 * d, 0.6 * d, forward];

// The deltoid's origin, from the lateral third of the clavicle over the acromion to the lower lip
// of the scapular spine; its three parts share the border points so they meet edge to edge.
const DELTOID_ORIGIN = {
  clavicleInner: way('clavicle_mid', 'acromion', 0.35, [0, 0.002, 0.006]),
  clavicleOuter: way('clavicle_mid', 'acromion', 0.62, [0, 0.004, 0.004]),
  // The acromioclavicular joint: the border between the anterior and middle parts.
  acromioclavicular: way('clavicle_mid', 'acromion', 0.9, [0, 0.004, -0.002]),
  // Either side of the acromion's tip: the parts overlap by one step here, so their thin edges
  // meet without a gap as on the real muscle, which is one continuous cap.
  acromionFront: at('acromion', [0.008, 0, 0.012]),
  acromionTip: at('acromion', [0.01, -0.002, 0]),
  acromionBack: at('acromion', [0.006, -0.002, -0.014]),
  // The acromial angle: the border between the middle and posterior parts.
  acromialAngle: at('acromion', [0.002, -0.002, -0.026]),
  spineLateral: way('acromion', 'scapula_spine_root', 0.4, [0, -0.008, 0]),
  spineMedial: way('acromion', 'scapula_spine_root', 0.72, [0, -0.01, 0]),
} as const;
const D = DELTOID_ORIGIN;
// The deltoid tuberosity, halfway down the outer humerus: the three parts crowd onto it.
const TUBEROSITY = at('deltoid', [0.004, 0.012, 0]);

// The tendon of latissimus dorsi and teres major reaches the front of the humerus through the back
// of the armpit: the floor and medial lip of the intertubercular groove, below the shoulder joint.
const GROOVE = way('shoulder_front', 'arm_medial', 0.45, [0, 0.008, -0.01]);

// The three heads of triceps join one tendon on the top of the olecranon.
const OLECRANON = at('olecranon', [0.004, 0.016, 0]);

export const SHOULDER_ARM_BACK_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  deltoid: {
    note: 'The thick cap of the shoulder, just under the skin and over supraspinatus, infraspinatus and teres minor: the anterior part from the lateral third of the clavicle, the middle part from the acromion, the posterior part from the lower lip of the scapular spine; all three converge down the outer arm onto the deltoid tuberosity halfway down the humerus.',
    parts: [
      part('anterior (clavicular) part', 'fan', 0.003, 0.019, fibres(
        [D.clavicleInner, D.clavicleOuter, D.acromioclavicular, D.acromionFront],
        [way('deltoid', 'arm_anterior', 0.12, [0, 0.012, 0])],
        [0.35, 0.7],
        { origin: { thickness: 0.007 }, insertion: { width: 0.022, thickness: 0.009 }, offsets: [[0, 0, 0.02], [0, 0, 0.012]] },
      )),
      part('middle (acromial) part', 'fan', 0.003, 0.021, fibres(
        [D.acromioclavicular, D.acromionFront, D.acromionTip, D.acromionBack, D.acromialAngle],
        [TUBEROSITY],
        [0.35, 0.7],
        { origin: { thickness: 0.008 }, insertion: { width: 0.022, thickness: 0.01 }, offsets: [[0.012, 0.01, 0], [0.008, 0.006, 0]] },
      )),
      part('posterior (spinal) part', 'fan', 0.003, 0.018, fibres(
        [D.acromionBack, D.acromialAngle, D.spineLateral, D.spineMedial],
        [way('deltoid', 'arm_posterior', 0.12, [0, 0.012, 0])],
        [0.35, 0.7],
        { origin: { thickness: 0.006 }, insertion: { width: 0.022, thickness: 0.009 }, offsets: [[0, 0, -0.016], [0, 0, -0.01]] },
      )),
    ],
  },
  'latissimus-dorsi': {
    note: 'A broad thin sheet, the most superficial muscle of the lower back: from the spines of T7-T12 (there under the lower trapezius), the thoracolumbar fascia and the back of the iliac crest, its fibres sweep up and out (the lowest nearly vertical, the highest nearly horizontal) over the inferior angle of the scapula, crowd into the back fold of the armpit around teres major and twist into a flat tendon on the floor of the intertubercular groove at the front of the humerus.',
    parts: [
      part('latissimus dorsi', 'sheet', 0.004, 0.007, [
        line([
          { at: way('cervicale', 't12', 0.58, [0.008, 0, 0]), depth: 0.011 },
          { at: way('cervicale', 't12', 0.78, [0.008, 0, 0]), depth: 0.01 },
          { at: at('t12', [0.01, 0, 0]), depth: 0.008 },
          way('t12', 'l3', 0.55, [0.05, 0, 0]),
          at('iliac_crest_posterior', [0.004, 0.01, 0]),
          way('iliac_crest_posterior', 'iliocristale', 0.5, [0, 0.012, 0]),
          way('iliac_crest_posterior', 'iliocristale', 0.9, [0, 0.014, 0]),
        ], { thickness: 0.004 }),
        line([
          { at: way('paraspinal_t6', 'scapula_inferior_angle', 0.55, [0, -0.012, 0]), depth: 0.008 },
          way('lower_ribs_posterior', 'scapula_inferior_angle', 0.5, [0.03, 0, 0]),
          way('lower_ribs_posterior', 'midaxillary', 0.45, [0, -0.01, 0]),
          way('lower_ribs_posterior', 'flank_lateral', 0.6, [0, -0.03, 0]),
          way('flank_lateral', 'iliocristale', 0.5, [0.012, 0, -0.015]),
          way('flank_lateral', 'iliocristale', 0.5, [0.024, 0, -0.002]),
        ]),
        line([
          at('scapula_inferior_angle', [0.012, -0.006, 0]),
          way('scapula_inferior_angle', 'midaxillary', 0.4, [0, 0, -0.01]),
          way('posterior_axillary_fold', 'midaxillary', 0.55, [0, 0, -0.006]),
          way('midaxillary', 'flank_lateral', 0.3, [0.016, 0, -0.012]),
        ], { thickness: 0.01 }),
        line([
          way('scapula_inferior_angle', 'posterior_axillary_fold', 0.6, [0, -0.012, 0]),
          at('posterior_axillary_fold', [0.012, -0.024, 0.006]),
          way('posterior_axillary_fold', 'midaxillary', 0.3, [0.02, 0, 0.012]),
        ], { thickness: 0.012 }),
        point(way('posterior_axillary_fold', 'arm_medial', 0.55, [0, -0.006, 0]), 0.03, { thickness: 0.009, depth: 0.008 }),
        point(GROOVE, 0.02, { thickness: 0.004, depth: 0.022 }),
      ]),
    ],
  },
  'teres-major': {
    note: 'A thick rounded band from the back of the inferior angle of the scapula, up and out along the lower lateral border (below teres minor), wrapped by latissimus dorsi as the two form the back fold of the armpit, then forward under the arm to the medial lip of the intertubercular groove, just behind and medial to the latissimus tendon.',
    parts: [
      part('teres major', 'strap', 0.009, 0.017, [
        line([at('scapula_inferior_angle', [0.004, 0.004, 0]), way('scapula_inferior_angle', 'shoulder_back', 0.22, [0, -0.006, 0])], { thickness: 0.01, depth: 0.012 }),
        point(way('scapula_inferior_angle', 'posterior_axillary_fold', 0.5, [0, 0.012, 0]), 0.04),
        point(at('posterior_axillary_fold', [0, 0.01, 0.004]), 0.03, { depth: 0.012 }),
        point(way('posterior_axillary_fold', 'arm_medial', 0.5, [0, 0.008, 0]), 0.024, { depth: 0.014 }),
        point(GROOVE, 0.016, { depth: 0.03, thickness: 0.006 }),
      ]),
    ],
  },
  coracobrachialis: {
    note: 'A slender band from the tip of the coracoid process (with the short head of biceps, under pectoralis major and the anterior deltoid) down the inner side of the arm, medial to and behind the short head, to the middle of the medial humerus.',
    parts: [
      part('coracobrachialis', 'spindle', 0.014, 0.013, [
        point(at('coracoid', [0, -0.006, 0]), 0.014, { depth: 0.026 }),
        point(way('shoulder_front', 'arm_medial', 0.4, [0, 0, -0.012]), 0.03, { depth: 0.022 }),
        point(way('arm_medial', 'shoulder_front', 0.15, [0, 0, -0.004]), 0.032, { depth: 0.015 }),
        point(way('arm_medial', 'medial_epicondyle', 0.3, [0, 0, -0.002]), 0.022, { depth: 0.018 }),
      ], { path: 'straight', belly: 0.55 }),
    ],
  },
  'biceps-brachii': {
    note: 'Two spindles down the front of the arm, just under the skin below the deltoid: the long head by a tendon from the supraglenoid tubercle over the humeral head in the bicipital groove (lateral), the short head from the coracoid (medial); their bellies lie side by side and end in one tendon that dives through the cubital fossa onto the radial tuberosity.',
    parts: [
      part('long head', 'spindle', 0.004, 0.02, [
        point(at('shoulder_front', [0.004, 0.016, -0.012]), 0.012, { depth: 0.026 }),
        point(way('shoulder_front', 'arm_anterior', 0.45, armSide(0.01)), 0.032, { depth: 0.012 }),
        point(at('arm_anterior', armSide(0.012)), 0.042, { depth: 0.005 }),
        point(way('arm_anterior', 'cubital_fossa', 0.6, armSide(0.008)), 0.036, { depth: 0.005 }),
        point(way('cubital_fossa', 'forearm_volar_proximal', 0.3, [0, 0, -0.004]), 0.014, { depth: 0.018, thickness: 0.006 }),
      ], { path: 'straight', belly: 0.6 }),
      part('short head', 'spindle', 0.004, 0.019, [
        point(at('coracoid', [0, -0.004, 0]), 0.012, { depth: 0.024 }),
        point(way('shoulder_front', 'arm_anterior', 0.5, armSide(-0.012, -0.004)), 0.03, { depth: 0.012 }),
        point(at('arm_anterior', armSide(-0.012)), 0.04, { depth: 0.005 }),
        point(way('arm_anterior', 'cubital_fossa', 0.6, armSide(-0.008)), 0.034, { depth: 0.005 }),
        point(way('cubital_fossa', 'forearm_volar_proximal', 0.3, [0, 0, -0.004]), 0.014, { depth: 0.018, thickness: 0.006 }),
      ], { path: 'straight', belly: 0.6 }),
    ],
  },
  brachialis: {
    note: 'A broad flat muscle deep to biceps on the lower half of the front of the humerus, from just below (and around) the deltoid insertion, crossing the front of the elbow joint to the coronoid process and tuberosity of the ulna; its edges show either side of the biceps.',
    parts: [
      // Widths are on the skin: 2 cm under it, in an arm of about 5 cm radius, they shrink by about 40%.
      part('brachialis', 'strap', 0.021, 0.016, [
        line([at('deltoid', [0, -0.006, 0.006]), at('deltoid', [0, -0.004, 0.024]), way('deltoid', 'arm_anterior', 0.6, armSide(-0.006))], { thickness: 0.007, depth: 0.02 }),
        // Edges set back 2.5 cm so they land on the sides of the arm, where brachialis shows either side of biceps.
        line([way('arm_anterior', 'cubital_fossa', 0.25, armSide(0.036, -0.025)), way('arm_anterior', 'cubital_fossa', 0.25), way('arm_anterior', 'cubital_fossa', 0.25, armSide(-0.034, -0.025))]),
        line([way('arm_anterior', 'cubital_fossa', 0.7, armSide(0.038, -0.025)), way('arm_anterior', 'cubital_fossa', 0.7), way('arm_anterior', 'cubital_fossa', 0.7, armSide(-0.036, -0.025))]),
        point(way('cubital_fossa', 'forearm_volar_ulnar', 0.22, [0, 0, -0.004]), 0.03, { depth: 0.026, thickness: 0.007 }),
      ]),
    ],
  },
  'triceps-brachii': {
    note: 'The back of the arm, just under the skin: the long head from the infraglenoid tubercle (between teres minor and major, under the posterior deltoid) down the back-inner arm, the lateral head from the upper back of the humerus above the radial groove down the back-outer arm, the medial head deep to both on the lower back of the humerus; all three join one tendon on the olecranon. Anconeus, the small triangle continuing the medial head, runs from the back of the lateral epicondyle to the side of the olecranon and the upper ulna.',
    parts: [
      part('long head', 'spindle', 0.004, 0.022, [
        point(way('shoulder_back', 'posterior_axillary_fold', 0.45, [0, 0.004, 0]), 0.014, { depth: 0.022 }),
        point(way('shoulder_back', 'olecranon', 0.3, armSide(-0.018, -0.004)), 0.034, { depth: 0.008 }),
        point(at('arm_posterior', armSide(-0.016)), 0.05),
        point(way('arm_posterior', 'olecranon', 0.6, armSide(-0.006)), 0.036),
        point(OLECRANON, 0.024, { thickness: 0.006 }),
      ], { belly: 0.45 }),
      part('lateral head', 'spindle', 0.004, 0.02, [
        point(way('shoulder_back', 'deltoid', 0.45, [0, 0, -0.004]), 0.018, { depth: 0.018 }),
        point(way('shoulder_back', 'lateral_epicondyle', 0.4, armSide(0.016)), 0.038, { depth: 0.008 }),
        point(at('arm_posterior', armSide(0.02)), 0.046),
        point(way('arm_posterior', 'olecranon', 0.6, armSide(0.012)), 0.034),
        point(OLECRANON, 0.018, { thickness: 0.006 }),
      ], { belly: 0.45 }),
      part('medial head', 'spindle', 0.02, 0.012, [
        point(way('arm_posterior', 'shoulder_back', 0.35, armSide(-0.004)), 0.02, { depth: 0.024 }),
        point(at('arm_posterior', armSide(-0.006)), 0.05),
        point(way('arm_posterior', 'olecranon', 0.65, armSide(-0.008)), 0.05, { depth: 0.014 }),
        point(OLECRANON, 0.02, { depth: 0.008, thickness: 0.005 }),
      ], { belly: 0.6 }),
      part('anconeus', 'fan', 0.004, 0.008, [
        point(at('lateral_epicondyle', [0, 0, -0.01]), 0.012, { thickness: 0.004 }),
        line([way('olecranon', 'lateral_epicondyle', 0.25), way('olecranon', 'ulnar_styloid', 0.08, [0.006, 0, 0]), way('olecranon', 'ulnar_styloid', 0.16, [0.004, 0, 0])]),
      ]),
    ],
  },
  'thoracic-paraspinals': {
    note: 'The thoracic erector spinae, two columns beside the thoracic spine under the trapezius, rhomboids and serratus posterior, continuing the lumbar columns upward: longissimus thoracis medially, beside the transverse processes, up to the upper thoracic ribs; iliocostalis thoracis laterally along the rib angles, from the lower six ribs to the upper six.',
    parts: [
      part('longissimus thoracis', 'strap', 0.012, 0.02, [
        point(at('t12', [0.036, -0.02, 0]), 0.036, { depth: 0.011 }),
        point(way('t12', 'cervicale', 0.35, [0.033, 0, 0]), 0.034, { depth: 0.013 }),
        point(way('t12', 'cervicale', 0.7, [0.028, 0, 0]), 0.026, { depth: 0.018 }),
        point(way('t12', 'cervicale', 0.92, [0.022, 0, 0]), 0.014, { depth: 0.022, thickness: 0.006 }),
      ]),
      part('iliocostalis thoracis', 'strap', 0.012, 0.012, [
        point(at('t12', [0.068, -0.02, 0]), 0.028, { depth: 0.011 }),
        point(way('lower_ribs_posterior', 'paraspinal_t6', 0.5, [0.004, 0, 0]), 0.028),
        point(at('paraspinal_t6', [0.002, 0, 0]), 0.024, { depth: 0.014 }),
        point(way('paraspinal_t6', 'cervicale', 0.6, [0.026, 0, 0]), 0.014, { depth: 0.02, thickness: 0.005 }),
      ]),
    ],
  },
  'serratus-posterior-inferior': {
    note: 'Four thin bands deep to latissimus dorsi and superficial to the erector spinae: from the spines of T11-L2 through the thoracolumbar fascia, running up and out to the lower borders of ribs 9-12 just beyond their angles.',
    parts: [
      spiBand('band to rib 9', way('t12', 'cervicale', 0.1, [0.012, 0, 0]), at('lower_ribs_posterior', [0.042, 0.072, 0])),
      spiBand('band to rib 10', at('t12', [0.012, -0.004, 0]), at('lower_ribs_posterior', [0.048, 0.044, 0])),
      spiBand('band to rib 11', way('t12', 'l3', 0.33, [0.012, 0, 0]), at('lower_ribs_posterior', [0.048, 0.016, 0])),
      spiBand('band to rib 12', way('t12', 'l3', 0.66, [0.012, 0, 0]), at('lower_ribs_posterior', [0.04, -0.01, 0])),
    ],
  },
};

/** One digitation of serratus posterior inferior: a thin band from a spine up and out to a rib, bowed a little upward like the ribs it reaches. */
function spiBand(name: string, spine: Anchor, rib: Anchor): ShapePart {
  return part(name, 'sheet', 0.01, 0.004, [
    point(spine, 0.024, { thickness: 0.002 }),
    line([between(spine, rib, 0.5, [0, 0.006, 0])], { width: 0.022 }),
    point(rib, 0.018, { thickness: 0.003, depth: 0.011 }),
  ]);
}
