import type { MuscleData } from '../../muscleSchema';

/** Abductor digiti minimi (hand): the muscle of the little-finger edge of the hand; refers along the outer side of the little finger. */
const muscle: MuscleData = {
  id: 'abductor-digiti-minimi',
  name: 'Abductor digiti minimi (hand)',
  synonyms: ['ADM', 'little finger abductor', 'abductor digiti minimi manus', 'hypothenar muscle'],
  aliases: ['abductor-digiti-minimi-manus', 'adm'],
  region: 'hand',
  anatomy: {
    origin: 'Pisiform.',
    insertion: 'Little-finger side of the base of the little finger\'s first phalanx.',
    innervation: 'Ulnar nerve (deep branch).',
    actions: ['Moves the little finger away from the ring finger (abduction).'],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The sources describe no crossed or two-sided pattern for any forearm or hand muscle.',
  },
  triggerPoints: [
    {
      id: 'border',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure for this muscle was found; the sources give none, so it is counted as common.',
      name: 'Abductor digiti minimi TrP',
      location: { landmark: 'hypothenar', toward: 'knuckle_little', t: 0.35, offset: [0.006, 0, -0.004] },
      landmarks: ['hypothenar', 'knuckle_little', 'little_finger'],
      description: 'Along the little-finger edge of the hand, over the 5th metacarpal, at the outer edge of the heel of the hand.',
      palpation:
        'Pinch or press the fleshy little-finger edge of the hand between the wrist and the little-finger knuckle, feeling for a tender band; moving the little finger away from the ring finger makes the muscle tighten. Keep off the heel of the hand next to the pisiform at the wrist.',
      zones: [
        {
          kind: 'essential',
          description: 'Along the outer (little-finger) side of the little finger.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'knuckle_little', toward: 'little_finger', t: 0.05, offset: [0.001, 0, -0.008] },
                { landmark: 'little_finger', offset: [0.001, 0.004, -0.006] },
              ],
              width: 0.013,
              feather: 0.008,
            },
          ],
          uncertain: 'The reference describes only this one area and no spillover layer; its extent along the finger is read from the T&S figure scan (Fig 40-1).',
        },
      ],
    },
  ],
  activatingFactors: ['Repeated pinch and fine work, gripping tools, typing, playing a musical instrument.', 'An injury to the hand.'],
  perpetuatingFactors: ['Irritation of the ulnar nerve.'],
  selfCare: {
    pressureRelease:
      'Pinch the fleshy little-finger edge of the hand between the other thumb and index finger and hold or stroke the tender spots, between the wrist and the little-finger knuckle. Do not press hard or long at the heel of the hand beside the pisiform, where the ulnar artery and nerve pass.',
    stretch: 'With the fingers straight, move the little finger toward the ring finger with the other hand. Hold about 30 seconds. Spreading the fingers wide is this muscle\'s own movement and does not stretch it.',
    other: [],
    cautions: [
      'Thinning of the small hand muscles with numbness of the ring and little fingers: see a clinician (ulnar nerve or a nerve root in the neck; in a smoker, a tumour at the top of the lung must be ruled out).',
      'A finger that turns cold, white or blue, especially in someone who uses the heel of the hand as a hammer: see a doctor (a problem with the circulation).',
      'Hot, swollen finger joints, or morning stiffness of the hands lasting more than an hour: see a doctor soon (possible inflammatory arthritis).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['border'],
      near: ['ulnar artery', 'ulnar nerve', "Guyon's canal"],
      caution:
        'The ulnar artery and nerve pass beside the pisiform at the heel of the hand (Guyon\'s canal). Work on the edge of the hand toward the knuckle, not hard or long beside the pisiform, and move off if the ring and little fingers tingle.',
    },
    {
      technique: 'pressure-release',
      near: ['ulnar artery', 'ulnar nerve', "Guyon's canal"],
      caution:
        'Keep the pinch on the edge of the hand between the wrist and the little-finger knuckle; do not press hard or long beside the pisiform (ulnar artery and nerve). Move off if the ring and little fingers tingle.',
    },
  ],
  mistakenFor: ['Ulnar neuropathy', 'C8 radiculopathy', 'Arthritis of the little-finger joints'],
  sources: ['ts-1999', 'ts-1999-zh-forearm-flexors-hand', 'niel-asher', 'muscle-joint-pain-hand'],
  notes: [
    'The pattern follows T&S 1999 Fig 40-1 (interossei chapter), read from the Chinese translation\'s figure scans (English p. 787); the reference gives only the essential area. Not checked against the 2019 3rd edition.',
  ],
};

export default muscle;
