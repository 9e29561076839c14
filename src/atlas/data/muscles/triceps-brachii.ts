import type { MuscleData, ZoneShape } from '../../muscleSchema';

/** The back of the forearm, skipping the elbow (TrP1 and TrP3 spillover). */
const DORSAL_FOREARM: ZoneShape = {
  shape: 'stroke',
  path: [
    { landmark: 'olecranon', toward: 'forearm_dorsal_mid', t: 0.35 },
    'forearm_dorsal_mid',
    { landmark: 'forearm_dorsal_mid', toward: 'wrist_dorsal', t: 0.5 },
  ],
  width: 0.045,
};

const NO_FIGURE = 'No prevalence figure for this trigger point was found, so it is counted as common.';

/** Triceps brachii with anconeus: the back of the shoulder and arm, the outer or inner elbow, the point of the elbow. */
const muscle: MuscleData = {
  id: 'triceps-brachii',
  name: 'Triceps brachii (with anconeus)',
  synonyms: ['triceps', 'triceps muscle', 'tricep', 'anconeus', 'anconeus muscle'],
  aliases: ['triceps', 'anconeus'],
  region: 'arm',
  anatomy: {
    origin:
      'Long head: infraglenoid tubercle of the shoulder blade. Lateral head: back of the humerus above and outside the radial (spiral) groove. Medial (deep) head: back of the humerus below and inside the groove. Anconeus: back of the lateral epicondyle.',
    insertion: 'Olecranon (point of the elbow). Anconeus: outer side of the olecranon and the upper back of the ulna.',
    innervation: 'Radial nerve (C6-C8); anconeus, radial nerve (C7-C8).',
    actions: [
      'Straightens the elbow (the medial head does most of the work).',
      'Long head: also takes the arm backward and toward the body at the shoulder.',
      'Anconeus: helps straighten the elbow and steadies it.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp1',
      prevalence: 'common',
      prevalenceNote: 'The sources call this the most common triceps trigger point.',
      name: 'TrP1 (long head)',
      location: { landmark: 'shoulder_back', toward: 'olecranon', t: 0.33, offset: [-0.01, 0, 0] },
      landmarks: ['shoulder_back', 'arm_posterior', 'olecranon'],
      description:
        'In the middle of the long head, on the upper-middle back of the arm toward its inner side, a few centimetres below where the muscle passes between teres minor and teres major; about a third of the way from the back of the shoulder to the point of the elbow.',
      palpation:
        'Lying on your back with the arm raised forward and the elbow bent (or lying on the other side), take the long head between thumb and fingers on the back of the upper arm and roll it, feeling for a tense band.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the upper arm and the back of the shoulder.',
          shapes: [
            { shape: 'disc', center: 'shoulder_back', radius: 0.04 },
            { shape: 'stroke', path: ['shoulder_back', 'arm_posterior'], width: 0.045 },
          ],
        },
        {
          kind: 'spillover',
          description: 'Up over the top of the shoulder to the base of the neck, and down the back of the forearm, skipping the elbow.',
          shapes: [
            { shape: 'stroke', path: [{ landmark: 'shoulder_back', toward: 'neck_base', t: 0.4 }, 'neck_base'], width: 0.035 },
            DORSAL_FOREARM,
          ],
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'TrP2 (medial head, outer part)',
      location: { landmark: 'lateral_epicondyle', toward: 'shoulder_back', t: 0.2, offset: [0, 0, -0.01] },
      landmarks: ['lateral_epicondyle', 'arm_posterior'],
      description: 'At the outer edge of the lower part of the deep (medial) head, on the back of the arm about 4-6 cm above the outer elbow.',
      palpation: 'Press flat against the bone on the back-outer side of the arm, a few finger-widths above the outer elbow.',
      uncertain: 'The distance is not agreed: one self-help page puts it two finger-widths above the outer elbow.',
      zones: [
        {
          kind: 'essential',
          description: 'The outer elbow (lateral epicondyle): one of the sources of "tennis elbow" pain.',
          shapes: [{ shape: 'disc', center: 'lateral_epicondyle', radius: 0.03 }],
        },
        {
          kind: 'spillover',
          description: 'Down the thumb side of the forearm.',
          shapes: [{ shape: 'stroke', path: [{ landmark: 'lateral_epicondyle', toward: 'radial_styloid', t: 0.15 }, { landmark: 'lateral_epicondyle', toward: 'radial_styloid', t: 0.85 }], width: 0.035 }],
        },
      ],
    },
    {
      id: 'trp3',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'TrP3 (lateral head)',
      location: { landmark: 'shoulder_back', toward: 'lateral_epicondyle', t: 0.5, offset: [0, 0, -0.01] },
      landmarks: ['arm_posterior', 'deltoid', 'lateral_epicondyle'],
      description: 'At the outer edge of the lateral head, halfway down the back-outer side of the upper arm, just behind and a little below the deltoid attachment.',
      palpation:
        'Take the back-outer side of the upper arm between thumb and fingers and roll it. The radial nerve winds around the bone here: if tingling shoots down the forearm, move the grip.',
      zones: [
        {
          kind: 'essential',
          description: 'The middle of the back of the upper arm, around the trigger point.',
          shapes: [{ shape: 'disc', center: 'arm_posterior', radius: 0.04 }],
        },
        {
          kind: 'spillover',
          description: 'The back of the forearm, and occasionally the back of the ring and little fingers.',
          shapes: [
            DORSAL_FOREARM,
            { shape: 'stroke', path: ['knuckle_ring', 'ring_finger'], width: 0.02 },
            { shape: 'stroke', path: ['knuckle_little', 'little_finger'], width: 0.02 },
          ],
          uncertain: 'The sources give the finger pain as occasional only.',
        },
      ],
    },
    {
      id: 'trp4',
      prevalence: 'occasional',
      prevalenceNote:
        'Occasional: no figure was found; it is an attachment trigger point at the tendon end of the muscle, a kind that the same volume of Travell & Simons describes as usually secondary to the central trigger points.',
      name: 'TrP4 (above the point of the elbow)',
      location: { landmark: 'olecranon', toward: 'arm_posterior', t: 0.12 },
      landmarks: ['olecranon', 'arm_posterior'],
      description: 'Deep in the lower end of the muscle where it becomes tendon, 1-2 cm above the point of the elbow.',
      palpation: 'With the elbow slightly bent, press firmly just above the point of the elbow. Not if the point of the elbow is red, hot or swollen.',
      zones: [
        {
          kind: 'essential',
          description: 'The point of the elbow (olecranon), locally; leaning on the elbow hurts.',
          shapes: [{ shape: 'disc', center: 'olecranon', radius: 0.03 }],
        },
      ],
    },
    {
      id: 'trp5',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'TrP5 (medial head, inner part)',
      location: { landmark: 'medial_epicondyle', toward: 'arm_medial', t: 0.2, offset: [0, 0, -0.005] },
      landmarks: ['medial_epicondyle', 'arm_medial', 'ulnar_groove'],
      description: 'Deep at the inner edge of the lower medial head, just above the inner elbow (medial epicondyle) on the back-inner side of the arm.',
      palpation:
        'Press flat against the bone just above the inner elbow, staying above and in front of the groove behind the inner elbow bone (the "funny bone"), where the ulnar nerve runs; never press in that groove.',
      zones: [
        {
          kind: 'essential',
          description: 'The inner elbow (medial epicondyle), a patch about 5 cm across.',
          shapes: [{ shape: 'disc', center: 'medial_epicondyle', radius: 0.025 }],
        },
        {
          kind: 'spillover',
          description: 'Along the palm side of the forearm on the little-finger side, to the palm side of the ring and little fingers.',
          shapes: [
            { shape: 'stroke', path: ['medial_epicondyle', 'forearm_volar_ulnar', 'pisiform', 'hypothenar', 'little_finger'], width: 0.035 },
            { shape: 'stroke', path: ['hypothenar', 'ring_finger'], width: 0.022 },
          ],
        },
      ],
    },
    {
      id: 'anconeus',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Anconeus TrP',
      location: { landmark: 'lateral_epicondyle', toward: 'olecranon', t: 0.4, offset: [0, -0.01, 0] },
      landmarks: ['lateral_epicondyle', 'olecranon'],
      description: 'In the small anconeus muscle at the back-outer elbow, just below the outer elbow bone, between it and the point of the elbow.',
      palpation: 'Press flat just below and behind the outer elbow bone, between it and the point of the elbow.',
      zones: [
        {
          kind: 'essential',
          description: 'The outer elbow (lateral epicondyle), locally.',
          shapes: [{ shape: 'disc', center: 'lateral_epicondyle', radius: 0.025 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'Forceful or repeated straightening of the elbow: push-ups, dips, bench press, hammering, throwing, tennis, golf.',
    'Crutches or a walking stick at the wrong height.',
    'Lowering weights from overhead; driving a car with a manual gearbox.',
  ],
  perpetuatingFactors: [
    'Desk or hand work without support for the elbows.',
    'Upper arms short relative to the trunk, so that the elbows miss the armrests (listed by Travell & Simons for several muscles; not checked for triceps).',
  ],
  selfCare: {
    pressureRelease:
      'Pinch and knead the back of the upper arm between thumb and fingers. For the trigger point above the outer elbow, rest the arm palm-up over the raised knee and press just above the outer elbow. Never press in the groove behind the inner elbow bone ("funny bone"), and move if tingling shoots down the forearm.',
    stretch:
      'Raise the arm overhead with the elbow fully bent, the hand reaching down the back between the shoulder blades, and with the other hand pull the elbow gently back toward the head.',
    other: ['Use armrests, set crutches or a walking stick to the right height, and vary pushing exercises.'],
    cautions: [
      'Arm pain, especially on the left or down the inner forearm to the little finger, that comes with effort or with chest pressure, breathlessness or sweating: call emergency services (heart).',
      'Pain down the back of the arm with numbness, weakness of straightening the elbow or a reduced reflex: possible trapped C7 nerve root, see a clinician.',
      'Numb, clumsy hands on both sides with unsteady walking: possible pressure on the spinal cord in the neck, see a doctor urgently.',
      'Swelling after a fall or injury: possible fracture, get it checked.',
      'A red, hot, swollen point of the elbow: possible (infected) bursitis, no pressure; see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['trp5'],
      near: ['ulnar nerve'],
      caution: 'Stay above and in front of the groove behind the inner elbow bone; never press in the groove itself, where the ulnar nerve lies just under the skin.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['trp3', 'trp1'],
      near: ['radial nerve'],
      caution: 'The radial nerve winds around the back-outer middle of the upper arm: if tingling shoots down the forearm or hand, move the grip.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['trp4'],
      near: ['olecranon bursa'],
      caution: 'Do not press on a red, hot or swollen point of the elbow (bursitis, possibly infected): see a clinician.',
    },
    {
      technique: 'pressure-release',
      near: ['ulnar nerve', 'radial nerve', 'olecranon bursa'],
      caution:
        'Never press in the groove behind the inner elbow bone (ulnar nerve); shift if tingling shoots down the forearm (radial nerve, back-outer middle of the arm); no pressure on a red, hot, swollen point of the elbow.',
    },
  ],
  mistakenFor: [
    'Tennis elbow (lateral epicondylitis): TrP2, anconeus',
    "Golfer's elbow (medial epicondylitis): TrP5",
    'Olecranon bursitis or tendinitis: TrP4',
    'C7 radiculopathy',
    'Cubital tunnel syndrome or ulnar neuropathy (TrP5 with ring and little finger pain)',
    'Thoracic outlet syndrome',
    'Radial tunnel syndrome',
    'Elbow arthritis',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-shoulder-arm-back',
    'namtpt',
    'niel-asher',
    'westsubpainrelief-arm',
    'painalog-shoulder-arm',
    'aberdeen-chiropractic',
    'aggarwal-2020',
  ],
  notes: [
    'Travell & Simons number five triceps trigger points (Fig. 32-1) and draw anconeus separately (Fig. 32-2); anconeus is kept here, as its pattern is the same as that of TrP2 at the outer elbow.',
    'Disagreement: NAMTPT gives the outer-elbow pain to the "medial head" and the inner-elbow pain to the "deep head", which matches TrP2 and TrP5 (both in the medial, deep head); another page gives the outer-elbow pain to the long head. The Travell & Simons figure is followed.',
    'Tense bands of TrP3 may press on the radial nerve where it winds around the humerus, giving tingling or numbness on the back of the forearm and hand (NAMTPT, Niel-Asher); the exact area is not given.',
    'The pain at the back of the shoulder and arm is vague and hard to place; the elbow is held slightly bent; straightening it against a load is weak or painful. With long-head trigger points the raised arm, elbow fully bent, cannot be brought to the ear.',
    'Research figures: in 40 people with tennis elbow, triceps was the fourth most frequent trigger-point site (after brachioradialis, biceps and the short radial wrist extensor; Aggarwal 2020, no percentages in the abstract).',
    'Patterns follow the 1999 edition of Travell & Simons (Figs. 32-1 and 32-2, read in a translated copy) and secondary summaries; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
