import type { MuscleData } from '../../muscleSchema';

/** First dorsal interosseous: the bulge of the web on the back of the hand; refers along the thumb side of the index finger. */
const muscle: MuscleData = {
  id: 'first-dorsal-interosseous',
  name: 'First dorsal interosseous',
  synonyms: ['FDI', 'dorsal interossei', 'interossei', 'hand interosseous', 'first interosseous'],
  aliases: ['fdi', 'dorsal-interossei', 'interossei', 'first-dorsal-interosseus'],
  region: 'hand',
  anatomy: {
    origin: 'Facing sides of the 1st and 2nd metacarpals (two heads; the muscle is bipennate).',
    insertion: 'Thumb side of the base of the index finger\'s first phalanx, and the extensor expansion.',
    innervation: 'Deep branch of the ulnar nerve (C8-T1).',
    actions: [
      'Moves the index finger away from the middle finger (abduction).',
      'Helps the thumb pinch; helps bend the index knuckle and straighten its finger joints.',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The sources describe no crossed or two-sided pattern for any forearm or hand muscle.',
  },
  triggerPoints: [
    {
      id: 'web',
      prevalence: 'common',
      prevalenceNote:
        'In thumb-base osteoarthritis, trigger points of this muscle were found more often in the dominant hand of patients than of controls (Pedersini 2021, 25 patients and 25 controls; figures such as 88% against 64% read from the abstract).',
      name: 'First dorsal interosseous TrP',
      location: 'thumb_web_dorsal',
      landmarks: ['thumb_web_dorsal', 'knuckle_index', 'thumb_cmc'],
      description:
        'In the bulge of the web on the back of the hand, between the thumb\'s and the index finger\'s long bones, toward the index bone.',
      palpation:
        'With the fingers relaxed, pinch the bulge of the web on the back of the hand between thumb and finger and roll it to find a tight, tender band; moving the index finger away from the middle finger against light resistance makes the muscle stand out. Short, firm pressure is fine; do not hold long, deep, hard pressure in the web.',
      zones: [
        {
          kind: 'essential',
          description: 'A strip along the thumb side of the index finger, on the back-and-side, reaching the end joint.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'knuckle_index', toward: 'index_finger', t: 0.15, offset: [0.004, 0, 0.008] },
                { landmark: 'knuckle_index', toward: 'index_finger', t: 0.85, offset: [0.004, 0, 0.008] },
              ],
              width: 0.014,
              feather: 0.008,
            },
          ],
        },
        {
          kind: 'spillover',
          description:
            'The back of the hand, mostly its little-finger half; the web on the back and up the thumb\'s long bone toward the wrist; the back of the little finger; the centre of the palm; and the palm side of the index finger.',
          shapes: [
            { shape: 'disc', center: 'hand_dorsum', radius: 0.02 },
            { shape: 'disc', center: 'hand_dorsum_ulnar', radius: 0.024 },
            { shape: 'stroke', path: ['thumb_web_dorsal', { landmark: 'thumb_web_dorsal', toward: 'anatomical_snuffbox', t: 0.6 }], width: 0.02 },
            { shape: 'stroke', path: [{ landmark: 'knuckle_little', toward: 'little_finger', t: 0.1 }, { landmark: 'knuckle_little', toward: 'little_finger', t: 0.7 }], width: 0.012, feather: 0.008 },
            { shape: 'disc', center: 'palm', radius: 0.014 },
            { shape: 'stroke', path: [{ landmark: 'palm', toward: 'index_finger', t: 0.5 }, { landmark: 'palm', toward: 'index_finger', t: 0.85 }], width: 0.013, feather: 0.008 },
          ],
          uncertain:
            'The little-finger and palm-side index-finger parts were read from a small figure scan; the palm-side spillover matches the "vague pain on the palm side" of secondary summaries (Niel-Asher).',
        },
      ],
    },
  ],
  activatingFactors: [
    'Repeated pinch and fine work: sewing, writing, crafts.',
    'Gripping tools or golf clubs; typing; playing a musical instrument.',
    'Massage therapists\' thumb and finger work.',
    'An injury to the hand.',
  ],
  perpetuatingFactors: ['Irritation of the ulnar nerve.'],
  selfCare: {
    pressureRelease:
      'Pinch the bulge of the web on the back of the hand between the other hand\'s thumb and fingers, and hold or stroke the tender spots. Keep it short and firm rather than long, deep and hard.',
    stretch:
      'With the fingers straight, draw the index finger toward the middle finger while the thumb is taken away from the index with the other hand. Hold about 30 seconds. Do not spread the fingers wide to stretch: that is this muscle\'s own movement.',
    other: [],
    cautions: [
      'Hot, swollen finger joints, or morning stiffness of the hands lasting more than an hour: see a doctor soon (possible inflammatory arthritis; the same day if a single joint is hot and swollen).',
      'Thinning of the small hand muscles with numbness of the ring and little fingers: see a clinician (ulnar nerve or a nerve root in the neck; in a smoker, a tumour at the top of the lung must be ruled out).',
      'A finger that turns cold, white or blue: see a doctor (a problem with the circulation).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['web'],
      near: ['radial artery'],
      caution:
        'The radial artery passes between the two heads of this muscle into the palm. Short, firm pressure is fine; avoid long, deep, hard pressure in the web, and move off if you feel a pulse.',
    },
    {
      technique: 'pressure-release',
      near: ['radial artery'],
      caution:
        'The radial artery runs through the web between the two heads of this muscle: keep the pinch short and firm rather than long, deep and hard, and move off if you feel a pulse.',
    },
  ],
  mistakenFor: [
    'Osteoarthritis of the finger joints (Heberden\'s and Bouchard\'s nodes)',
    'Osteoarthritis of the joint at the base of the thumb',
    'Rheumatoid arthritis of the knuckles and finger joints',
    'Trigger finger',
    'C8 radiculopathy',
    'Ulnar neuropathy',
    'Carpal tunnel syndrome',
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-flexors-hand', 'niel-asher', 'muscle-joint-pain-hand', 'pedersini-2021', 'choi-2015', 'sinewchannels'],
  notes: [
    'The pattern follows T&S 1999 Fig 40-1, read from the Chinese translation\'s figure scans (English p. 787); not checked against the 2019 3rd edition.',
    'The other dorsal interossei (not drawn in the atlas) lie between the long bones of the back of the hand and refer along the side of the finger each attaches to, to the end joint (the 2nd to the thumb side of the middle finger, for example). T&S mark Heberden\'s nodes inside that zone; whether the trigger points and the painful nodes are linked, and which causes which, is not established (sinewchannels, citing T&S). Because the end-plate zone of these two-headed muscles runs their whole length, trigger points can lie anywhere along them.',
    'Hypertonic saline in the 3rd and 4th dorsal interossei of 20 healthy adults referred mostly to the web space between the fingers they lie between (80%), the end phalanges of those fingers, and the little-finger side of the palm (3rd, 55%) or the heel of the hand below the little finger (4th, 65%) (Choi 2015).',
    'Stretching per finger: for the 2nd dorsal interosseous move the middle finger toward the ring finger; for the 3rd, the middle finger toward the index; for the 4th, the ring finger toward the middle finger. The reference removed an instruction to "then spread the fingers wide": spreading is these muscles\' own action, so it does not stretch them.',
    'Stiff, clumsy fingers and pain on pinching go with it.',
  ],
};

export default muscle;
