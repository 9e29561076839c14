/**
 * How a self-care position is written down: in the words a physiotherapist uses (bend the neck
 * away, arm forward at shoulder height, knee bent, palm up), for the sore side; `solvePose.ts`
 * turns it into bone rotations of the rig, mirrored for the other side.
 */

/**
 * A direction in the frame of a limb's girdle (the upper chest for an arm, the pelvis for a leg):
 * `forward` toward the front of the body, `up` toward the head, `out` away from the midline on that
 * limb's own side. Need not be unit length.
 */
export interface Direction {
  readonly forward?: number;
  readonly up?: number;
  readonly out?: number;
}

/** Neck, trunk or head movement, degrees. */
export interface SpineMove {
  /** + bends forward, - arches back. */
  readonly flex?: number;
  /** + bends sideways toward the sore side, - away from it. */
  readonly bend?: number;
  /** + turns the face (or the chest) toward the sore side, - away. */
  readonly turn?: number;
}

/** One arm. Directions of the segments; angles in degrees. */
export interface ArmMove {
  /** Where the upper arm points (shoulder to elbow). */
  readonly arm?: Direction;
  /** Where the forearm points (elbow to wrist); leave out to keep the rest bend of the elbow. */
  readonly forearm?: Direction;
  /** + turns the arm outward about its own axis (used when the elbow is straight). */
  readonly rotateOut?: number;
  /** + turns the palm up (supination), - down (pronation), from the rest position. */
  readonly supinate?: number;
  /** Wrist: + extension (back of the hand toward the forearm), - flexion; + ulnar deviation (toward the little finger), - radial. */
  readonly wrist?: { readonly extend?: number; readonly ulnar?: number };
  /** Fingers: + curls them into a fist; thumb out of the palm (opening the web); little or index finger toward its neighbour. */
  readonly fingers?: { readonly curl?: number; readonly thumbOut?: number; readonly littleIn?: number; readonly indexIn?: number };
  /** Shoulder girdle: + draws the shoulder forward (protraction), - back; + lifts it, - lowers it. */
  readonly girdle?: { readonly forward?: number; readonly lift?: number };
}

/** One leg. */
export interface LegMove {
  /** Where the thigh points (hip to knee). */
  readonly thigh?: Direction;
  /** Where the shin points (knee to ankle); leave out to keep it in line with the thigh. */
  readonly shin?: Direction;
  /** + turns the leg outward about the thigh's axis (used when the knee is straight). */
  readonly rotateOut?: number;
  /** Ankle: + brings the foot up (dorsiflexion), - points it; + turns the sole outward (eversion), - inward. */
  readonly ankle?: { readonly up?: number; readonly evert?: number };
}

/** How the body as a whole lies or stands, and what carries it. */
export type BodyPlacement =
  /** Standing on the floor. */
  | 'stand'
  /** Sitting on a chair (the seat under the buttocks and thighs). */
  | 'sit'
  /** Sitting on the floor or a mat. */
  | 'floor-sit'
  /** Kneeling or on hands and knees on a mat. */
  | 'kneel'
  /** Lying on the back on a mat. */
  | 'supine'
  /** Lying face down on a mat. */
  | 'prone'
  /** Lying on the other side (the sore side up) on a bed, near its back edge. */
  | 'side-lying'
  /** Lying on the sore side on a mat (on a ball under it). */
  | 'side-lying-down';

/**
 * Simple, calm props the technique needs. The chair (sitting), the mat (on the floor) and the bed
 * (lying on the side) come with the placement.
 */
export type Prop =
  /** A ball between the muscle's trigger point and what the body leans or lies on. */
  | { readonly kind: 'ball' }
  /** A wall: behind the ball, or where a hand rests on it. */
  | { readonly kind: 'wall'; readonly at: 'ball' | 'sore-hand' | 'other-hand' }
  /** A door frame the sore arm's forearm or hand rests against. */
  | { readonly kind: 'doorway' }
  /** A strap from the hands to the sore foot. */
  | { readonly kind: 'strap' }
  /** A table under the ball or the forearm. */
  | { readonly kind: 'table' };

/** A self-care position for one muscle's sore side. */
export interface PoseSpec {
  readonly id: string;
  /** A few words for the controls and the handout, e.g. "Head bent away, hand holding the seat". */
  readonly title: string;
  readonly placement: BodyPlacement;
  /** The pelvis tipped down on the sore side, degrees (the whole body rolls with it). */
  readonly pelvisDrop?: number;
  readonly trunk?: SpineMove;
  readonly neck?: SpineMove;
  /** The top of the neck only (nodding at the skull). */
  readonly head?: SpineMove;
  /** Mouth opening, degrees of jaw rotation. */
  readonly jawOpen?: number;
  readonly sore?: { readonly arm?: ArmMove; readonly leg?: LegMove };
  readonly other?: { readonly arm?: ArmMove; readonly leg?: LegMove };
  readonly props?: readonly Prop[];
  /** What the picture leaves out or simplifies (toes are not jointed in the model, ...). */
  readonly note?: string;
}
