import type { MuscleData } from '../../muscleSchema';

/** Pronator teres: the forearm's palm-down turner, a source of deep pain at the thumb side of the front of the wrist. */
const muscle: MuscleData = {
  id: 'pronator-teres',
  name: 'Pronator teres',
  synonyms: ['pronator', 'round pronator', 'forearm pronator'],
  aliases: ['pronator'],
  region: 'forearm',
  anatomy: {
    origin:
      'Humeral head: medial epicondyle and the ridge above it (common flexor origin). Ulnar head: coronoid process of the ulna. The median nerve passes between the two heads.',
    insertion: 'Pronator tuberosity, on the middle of the outer shaft of the radius.',
    innervation: 'Median nerve (C6-C7).',
    actions: ['Turns the forearm palm-down (pronation), especially fast or forceful pronation.', 'Helps bend the elbow.'],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The sources describe no crossed or two-sided pattern for any forearm or hand muscle.',
  },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'No prevalence figure for pronator teres trigger points was found; the sources give none, so it is counted as common.',
      name: 'Pronator teres TrP',
      // Below the crease on the inner side of the biceps tendon, toward the inner elbow bone.
      location: { landmark: 'forearm_volar_proximal', toward: 'medial_epicondyle', t: 0.35 },
      landmarks: ['cubital_fossa', 'medial_epicondyle', 'forearm_volar_proximal'],
      description:
        'In the upper belly of the muscle just below the elbow crease, a little to the inner side of the middle: below and to the thumb side of the inner elbow bone, and on the inner side of the biceps tendon.',
      palpation:
        'Forearm palm-up and supported, elbow slightly bent. Press with moderate, flat pressure 2-3 cm below the elbow crease on its inner side, feeling for the band that runs obliquely from the inner elbow bone toward the middle of the forearm; turning the palm down against light resistance tightens it. Press moderately, not deeply. If you feel a pulse under the thumb, move further toward the inner elbow; if the thumb, index or middle finger tingles, move off.',
      zones: [
        {
          kind: 'essential',
          description: 'A deep ache at the thumb side of the front of the wrist, just above the crease, over the end of the radius.',
          shapes: [{ shape: 'stroke', path: ['forearm_volar_radial_distal', { landmark: 'wrist_volar_radial', toward: 'forearm_volar_radial_distal', t: 0.15 }], width: 0.024 }],
        },
        {
          kind: 'spillover',
          description: 'A strip down the thumb-side half of the front of the forearm, from below the trigger point to the wrist, and onto the base of the thumb pad.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'cubital_fossa', toward: 'forearm_volar_radial_distal', t: 0.2 }, { landmark: 'forearm_volar_mid', toward: 'forearm_volar_radial_distal', t: 0.35 }, { landmark: 'cubital_fossa', toward: 'forearm_volar_radial_distal', t: 0.85 }],
              // The thumb-side half of the forearm's front: 3 cm covered well under half of it.
              width: 0.045,
            },
            { shape: 'disc', center: { landmark: 'wrist_volar_radial', toward: 'thenar', t: 0.55 }, radius: 0.014 },
          ],
        },
      ],
      uncertain: 'The distance of the trigger point below the elbow crease (2-4 cm) is an estimate in the reference.',
    },
  ],
  activatingFactors: [
    'Forceful or repeated turning of the palm down: screwdrivers, hand tools, cleaning fish, hammering.',
    'Throwing and racquet sports.',
    'Gripping while twisting.',
    'A broken wrist or elbow held in a cast.',
  ],
  perpetuatingFactors: ['Continued twisting work with hand tools.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm palm-up on the thigh or a table. With the other thumb, press 2-3 cm below the elbow crease on its inner side, feel for the oblique band and hold 30-60 seconds with moderate pressure, not deep. Stay just below and to the inner side of the middle of the crease: if you feel a pulse, you are on the artery, so move further toward the inner elbow; if the thumb, index or middle finger tingles, move off.',
    stretch:
      'With the elbow straight, turn the palm fully up and then bend the wrist back. Hold 20-30 seconds. Do not stretch a wrist or elbow that was recently broken or injured without a clinician\'s advice.',
    other: ['Use a power screwdriver rather than a manual one, and keep the elbow bent when twisting.'],
    cautions: [
      'A tense, very painful forearm after a fall, a fracture, a crush or a tight cast, with pain when the fingers are moved: go to an emergency department (compartment syndrome).',
      'Swelling or a changed shape of the elbow after a fall: see a doctor the same day (possible fracture).',
      'Numbness of the thumb, index and middle fingers that is getting worse, or a weak pinch: see a clinician (the median nerve may be trapped, here between the two heads of this muscle, or at the wrist).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['central'],
      near: ['brachial artery', 'median nerve'],
      caution:
        'The brachial artery and the median nerve lie in the middle of the elbow crease, and the median nerve runs on through this muscle between its two heads. Stay just below and to the inner side of the middle of the crease and press moderately, not deeply. If you feel a pulse, move further toward the inner elbow; if the thumb, index or middle finger tingles, move off.',
    },
    {
      technique: 'pressure-release',
      near: ['brachial artery', 'median nerve'],
      caution:
        'Hold moderate, not deep, pressure just below and to the inner side of the middle of the elbow crease. A pulse under the thumb means you are on the brachial artery: move further toward the inner elbow. If the thumb, index or middle finger tingles, the median nerve is being pressed: move off.',
    },
    {
      technique: 'stretch',
      near: ['elbow and wrist joints'],
      caution: 'Do not stretch an elbow or wrist that is swollen or was recently broken; ease off if the fingers tingle.',
    },
  ],
  mistakenFor: [
    'Carpal tunnel syndrome',
    'Pronator syndrome or anterior interosseous syndrome (median nerve entrapment in the forearm)',
    'Medial epicondylitis (golfer\'s elbow)',
    'C6-C7 radiculopathy',
    'De Quervain\'s tenosynovitis and arthritis of the thumb side of the wrist',
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-flexors-hand', 'muscle-joint-pain-hand', 'morningside-acupuncture-pronator', 'echiropractor-pronator', 'resetwellness-pronator'],
  notes: [
    'The pattern follows T&S 1999 Fig 38-1D, read from the Chinese translation\'s figure scans (English p. 757); not checked against the 2019 3rd edition.',
    'Painful or weak turning of the palm up goes with it, for example difficulty cupping the hand palm-up to receive change (muscle-joint-pain.com).',
    'The median nerve can be trapped between the two heads (pronator syndrome): forearm ache with numbness of the thumb, index and middle fingers. Unlike carpal tunnel syndrome it can include the palm and is less often worse at night; this is standard clinical teaching, not from the trigger-point sources.',
    'The reference added the pulse check and the course of the median nerve through the muscle to the self-care, and the red flags (compartment syndrome, fracture, worsening nerve signs), which its source section lacked.',
  ],
};

export default muscle;
