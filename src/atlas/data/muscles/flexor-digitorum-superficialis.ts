import type { MuscleData } from '../../muscleSchema';

/**
 * The long finger flexors (flexor digitorum superficialis and profundus): pain along the palm side
 * of the fingers that seems to shoot out beyond the fingertip.
 */
const muscle: MuscleData = {
  id: 'flexor-digitorum-superficialis',
  name: 'Finger flexors (flexor digitorum superficialis and profundus)',
  synonyms: [
    'flexor digitorum superficialis',
    'flexor digitorum profundus',
    'FDS',
    'FDP',
    'finger flexors',
    'long finger flexors',
    'flexor digitorum sublimis',
    'forearm flexors',
  ],
  aliases: ['flexor-digitorum-profundus', 'finger-flexors', 'fds', 'fdp', 'flexor-digitorum'],
  region: 'forearm',
  anatomy: {
    origin:
      'Superficialis: medial epicondyle (common flexor tendon), coronoid process of the ulna and the front of the radius. Profundus: front and inner surfaces of the ulna and the interosseous membrane.',
    insertion: 'Superficialis: middle phalanges of the 2nd-5th fingers. Profundus: distal (end) phalanges of the 2nd-5th fingers.',
    innervation:
      'Superficialis: median nerve (C7-C8, T1). Profundus: anterior interosseous branch of the median nerve for the index and middle fingers; ulnar nerve for the ring and little fingers (C8-T1).',
    actions: [
      'Superficialis bends the middle joints (PIP) of the fingers, and helps bend the knuckles and the wrist.',
      'Profundus bends the end joints (DIP) of the fingers, and helps bend the other finger joints and the wrist.',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The sources describe no crossed or two-sided pattern for any forearm or hand muscle.',
  },
  triggerPoints: [
    {
      id: 'radial',
      prevalence: 'common',
      prevalenceNote:
        'No prevalence study of forearm-flexor trigger points was found; the sources give no figure, so it is counted as common.',
      name: 'Superficialis TrP, middle- and index-finger fibres',
      location: { landmark: 'forearm_volar_proximal', toward: 'forearm_volar_mid', t: 0.5 },
      landmarks: ['forearm_volar_proximal', 'forearm_volar_mid'],
      description: 'In the upper half of the front of the forearm, near the middle of its width.',
      palpation:
        'Rest the forearm palm-up and supported, elbow straight, and straighten the wrist and fingers to take up the slack. Press flat into the middle of the upper front of the forearm, below the elbow crease, and feel along the length of the muscle for a tight, tender band; bending the middle finger alone against light resistance makes these fibres tighten under the finger.',
      zones: [
        {
          kind: 'essential',
          description: 'The palm side of the whole middle finger, to its tip.',
          shapes: [{ shape: 'stroke', path: [{ landmark: 'palm', toward: 'dactylion', t: 0.4 }, 'dactylion'], width: 0.018, feather: 0.01 }],
        },
        {
          kind: 'spillover',
          description:
            'Pain that seems to shoot out beyond the tip of the middle finger, and a little in the palm at the base of the finger.',
          shapes: [
            { shape: 'disc', center: 'dactylion', radius: 0.014 },
            { shape: 'disc', center: { landmark: 'palm', toward: 'dactylion', t: 0.3 }, radius: 0.014 },
          ],
          uncertain:
            'T&S draw the spillover as a stippled line beyond the fingertip, off the body; the atlas can only draw the tip itself.',
        },
      ],
      uncertain:
        'T&S draw the middle-finger fibres only and say the index-finger fibres refer similarly (to the index finger); the index-finger pattern is not drawn here.',
    },
    {
      id: 'ulnar',
      prevalence: 'common',
      prevalenceNote:
        'No prevalence study of forearm-flexor trigger points was found; the sources give no figure, so it is counted as common.',
      name: 'Superficialis and profundus TrP, ring- and little-finger fibres',
      location: { landmark: 'forearm_volar_ulnar', toward: 'forearm_volar_mid', t: 0.35 },
      landmarks: ['forearm_volar_ulnar', 'forearm_volar_mid', 'medial_epicondyle'],
      description:
        'In the upper part of the front of the forearm toward the little-finger side, just on the thumb side of flexor carpi ulnaris.',
      palpation:
        'With the forearm palm-up and the wrist and fingers straightened, press flat into the upper front of the forearm just in from its little-finger edge, a hand-width below the inner elbow, and feel for a tight, tender band; bending the ring or little finger alone against light resistance makes these fibres tighten. If tingling runs into the ring and little fingers, move off.',
      zones: [
        {
          kind: 'essential',
          description: 'The palm side of the ring and little fingers, to their tips.',
          shapes: [
            { shape: 'stroke', path: [{ landmark: 'palm', toward: 'ring_finger', t: 0.45 }, 'ring_finger'], width: 0.017, feather: 0.01 },
            { shape: 'stroke', path: [{ landmark: 'hypothenar', toward: 'little_finger', t: 0.45 }, 'little_finger'], width: 0.015, feather: 0.01 },
          ],
        },
        {
          kind: 'spillover',
          description:
            'Pain that seems to shoot out beyond the tips of the ring and little fingers, and the little-finger side of the palm near the bases of these fingers.',
          shapes: [
            { shape: 'disc', center: { landmark: 'hypothenar', toward: 'ring_finger', t: 0.35 }, radius: 0.016 },
            { shape: 'disc', center: 'ring_finger', radius: 0.012 },
            { shape: 'disc', center: 'little_finger', radius: 0.012 },
          ],
          uncertain:
            'T&S draw part of the spillover beyond the fingertips, off the body; the atlas can only draw the tips themselves.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Sustained or forceful gripping: tools, scissors, pens, a steering wheel.',
    'Heavy or vibrating tools.',
    'Knitting, string instruments, climbing.',
  ],
  perpetuatingFactors: ['Continued forceful or vibrating grip without breaks.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm palm-up on a table and press with the other thumb, or roll it slowly over a ball, along the middle and inner lines of the upper two-thirds of the forearm. Start about a hand-width above the wrist crease and stop two finger-widths below the elbow crease; stay a hand-width below the inner elbow on the inner line. If tingling runs into the fingers, or you feel a pulse, move off.',
    stretch:
      'Elbow straight and palm up, bend the wrist back and then, with the other hand, pull each finger back in turn, one at a time. Hold 20-30 seconds. Do not force the stretch on a wrist or finger that was recently injured or splinted, or that is hypermobile.',
    other: [
      'Grip with less force: padded, thicker handles; keep the wrist straight; change hands and take breaks.',
      'Avoid vibrating tools, or use anti-vibration gloves.',
    ],
    cautions: [
      'After a cut, a puncture or a bite on the finger: a finger held bent, swollen evenly along its length, tender along the palm side, and very painful when straightened can be an infection of the tendon sheath. Go to an emergency department at once.',
      'A tense, very painful forearm after an injury, a crush or a tight cast, with pain when the fingers are moved: go to an emergency department (compartment syndrome).',
      'Numbness or tingling of the thumb to ring fingers at night, a weak pinch or a flattened thumb pad (carpal tunnel syndrome), or lasting numbness of the ring and little fingers with weak hand muscles (ulnar nerve): see a clinician.',
      'Clumsy, numb hands on both sides, dropping things, with unsteady walking or a change in bladder control: see a doctor urgently (the spinal cord in the neck may be pressed).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['radial'],
      near: ['brachial artery', 'median nerve'],
      caution:
        'Stay below the elbow crease: its middle holds the brachial artery and the median nerve. If you feel a pulse, or tingling runs into the thumb, index or middle finger, move off.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['ulnar'],
      near: ['ulnar nerve'],
      caution:
        'The ulnar nerve runs in the groove behind the inner elbow bone and on under the inner forearm muscles. Do not press the groove; start a hand-width below the elbow, and move off if the ring and little fingers tingle.',
    },
    {
      technique: 'pressure-release',
      near: ['radial artery', 'ulnar artery', 'ulnar nerve', 'brachial artery', 'median nerve'],
      caution:
        'Keep to the muscle bellies of the upper two-thirds of the forearm. Do not roll down onto the wrist (radial pulse on the thumb side, ulnar artery and nerve beside the pisiform at the heel of the hand), into the elbow crease (brachial artery, median nerve) or into the groove behind the inner elbow bone (ulnar nerve). Move off if you feel a pulse or the fingers tingle.',
    },
    {
      technique: 'stretch',
      near: ['finger and wrist joints'],
      caution: 'Pull each finger back gently; do not force a recently injured, splinted or hypermobile wrist or finger.',
    },
  ],
  mistakenFor: [
    'Trigger finger',
    'Carpal tunnel syndrome',
    'C7-C8 radiculopathy',
    'Ulnar neuropathy',
    'Arthritis of the finger joints',
    'Medial epicondylitis (golfer\'s elbow)',
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-flexors-hand', 'niel-asher', 'webmanmed-forearm-flexors', 'thewellnessdigest-finger-flexors'],
  notes: [
    'Patterns follow T&S 1999 Fig 38-1A-B, read from the Chinese translation\'s figure scans (English p. 756); not checked against the 2019 3rd edition.',
    'Pain along the palm side of a finger that seems to shoot out beyond the tip is typical of the long finger flexors (and, for the thumb, of flexor pollicis longus); pain on the back of a finger that stops at the middle joint points rather to the finger extensors.',
    'The finger flexors are linked with trigger finger; T&S are said to discuss it in the same chapter, but this was not checked (thewellnessdigest).',
    'Flexor pollicis longus, in the same T&S chapter, is not drawn in the atlas: its trigger point lies in the lower thumb side of the front of the forearm and it refers along the palm side of the thumb to the tip and beyond (Fig 38-1C).',
    'Two trigger points: the middle-finger fibres of the superficialis near the middle of the upper forearm, and the ring- and little-finger fibres of the superficialis and profundus toward the little-finger side; the index-finger fibres (similar to the middle-finger pattern) are not drawn.',
  ],
};

export default muscle;
