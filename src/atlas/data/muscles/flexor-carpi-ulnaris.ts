import type { MuscleData } from '../../muscleSchema';

/** Flexor carpi ulnaris: a wrist flexor whose trigger point sends pain to the little-finger side of the front of the wrist. */
const muscle: MuscleData = {
  id: 'flexor-carpi-ulnaris',
  name: 'Flexor carpi ulnaris',
  synonyms: ['FCU', 'ulnar wrist flexor', 'wrist flexor', 'forearm flexors'],
  aliases: ['fcu', 'ulnar-wrist-flexor'],
  region: 'forearm',
  anatomy: {
    origin: 'Humeral head: medial epicondyle (common flexor tendon). Ulnar head: olecranon and the back border of the ulna.',
    insertion: 'Pisiform, and through it the hook of the hamate and the 5th metacarpal.',
    innervation: 'Ulnar nerve (C7-C8, T1).',
    actions: ['Flexes the wrist.', 'Bends the wrist toward the little-finger side (ulnar deviation).'],
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
        'No prevalence study of forearm-flexor trigger points was found; the sources give no figure, so it is counted as common.',
      name: 'Flexor carpi ulnaris TrP',
      location: 'forearm_volar_ulnar',
      landmarks: ['forearm_volar_ulnar', 'medial_epicondyle', 'pisiform'],
      description:
        'In the upper third of the little-finger edge of the front of the forearm, about a third of the way from the inner elbow bone down to the wrist.',
      palpation:
        'Rest the forearm palm-up, elbow straight, and take up the slack by bending the wrist back. Pinch the little-finger edge of the forearm between thumb and fingers, in its upper third, and roll the muscle to find a tight, tender band; bending the wrist toward the little finger against light resistance makes it stand out. Start a hand-width below the inner elbow: the ulnar nerve runs under this muscle there, so if tingling runs into the ring and little fingers, move off.',
      zones: [
        {
          kind: 'essential',
          description: 'The little-finger side of the front of the wrist, over the small round bone at the heel of the hand (pisiform).',
          shapes: [{ shape: 'disc', center: 'pisiform', radius: 0.017 }],
        },
        {
          kind: 'spillover',
          description: 'A little way up the little-finger edge of the forearm, and onto the heel of the hand below the little finger.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'pisiform', toward: 'forearm_volar_ulnar', t: 0.3 }, 'pisiform', 'hypothenar'],
              width: 0.022,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Sustained or forceful gripping with the wrist bent (hands cupped over the ends of chair arms, ski poles).',
    'Heavy or vibrating tools: jackhammers, saws, drills.',
    'Gripping scissors, pens or a steering wheel; knitting; string instruments; climbing.',
  ],
  perpetuatingFactors: ['Continued forceful or vibrating grip without breaks.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm palm-up on a table and press with the other thumb, or roll it slowly over a ball, along the little-finger line of the upper two-thirds of the forearm. Start about a hand-width above the wrist crease and stop a hand-width below the inner elbow: do not press the groove behind the inner elbow bone (the funny-bone nerve), and do not press hard or long on the heel of the hand beside the pisiform, where an artery and nerve pass. If tingling runs into the ring and little fingers, move off.',
    stretch:
      'Elbow straight and palm up, use the other hand to pull the fingers and then the wrist back, and tip the hand toward the thumb side. Or put the palm flat on a table with the fingers pointing toward you and lean back gently. Hold 20-30 seconds. Do not force the stretch on a wrist that was recently injured or splinted, or that is hypermobile.',
    other: [
      'Grip with less force: padded, thicker handles; keep the wrist straight; change hands and take breaks.',
      'Avoid vibrating tools, or use anti-vibration gloves.',
    ],
    cautions: [
      'Lasting numbness of the ring and little fingers, or weakness of the small muscles of the hand: see a clinician (the ulnar nerve may be pressed at the elbow or the wrist).',
      'Clumsy, numb hands on both sides, dropping things, with unsteady walking or a change in bladder control: see a doctor urgently (the spinal cord in the neck may be pressed).',
      'A tense, very painful forearm after an injury, a crush or a tight cast, with pain when the fingers are moved: go to an emergency department (compartment syndrome).',
      'Pain running down the inner (little-finger side) forearm of the left arm with chest pressure, breathlessness or sweating: call emergency services (it may be the heart).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['central'],
      near: ['ulnar nerve'],
      caution:
        'The ulnar nerve runs in the groove behind the inner elbow bone and then under this muscle just below the elbow. Do not press in the groove; start a hand-width below the elbow, and if tingling or an electric feeling runs into the ring and little fingers, move off.',
    },
    {
      technique: 'pressure-release',
      near: ['ulnar nerve', 'ulnar artery', "Guyon's canal"],
      caution:
        'Keep the thumb or ball on the muscle of the upper two-thirds of the forearm. Do not press the groove behind the inner elbow bone (ulnar nerve), and do not press hard or for long beside the pisiform at the heel of the hand (Guyon\'s canal, where the ulnar artery and nerve pass). Move off if the ring and little fingers tingle.',
    },
    {
      technique: 'stretch',
      near: ['wrist joint', 'ulnar nerve'],
      caution:
        'Ease into the stretch; do not force it on a recently injured, splinted or hypermobile wrist. If the ring and little fingers tingle or go numb, ease off.',
    },
  ],
  mistakenFor: [
    'Medial epicondylitis (golfer\'s elbow)',
    'Ulnar neuropathy at the elbow (cubital tunnel) or the wrist (Guyon\'s canal)',
    'C8-T1 radiculopathy',
    'Wrist osteoarthritis or rheumatoid arthritis',
    'Raynaud\'s phenomenon',
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-flexors-hand', 'webmanmed-forearm-flexors', 'niel-asher'],
  notes: [
    'The pattern follows T&S 1999 Fig 38-1, read from the Chinese translation\'s figure scans (English p. 756); the American Academy of Manual Medicine summary gives the same area (the front of the wrist on the little-finger side, a little above and below). Not checked against the 2019 3rd edition.',
    'The reference removed an earlier instruction to roll the forearm from the wrist up along the inner line: that passed over the ulnar artery and nerve at the heel of the hand (Guyon\'s canal). Pressure is limited to the muscle bellies.',
  ],
};

export default muscle;
