import type { MuscleData } from '../../muscleSchema';

/** Flexor digitorum brevis: the short toe flexor in the middle of the sole, a source of pain under the ball of the foot. */
const muscle: MuscleData = {
  id: 'flexor-digitorum-brevis',
  name: 'Flexor digitorum brevis',
  synonyms: ['short toe flexor', 'short flexor of the toes', 'superficial intrinsic foot muscles', 'FDB'],
  region: 'foot',
  anatomy: {
    origin: 'Inner process of the heel bone (calcaneal tuberosity) and the deep surface of the central plantar fascia.',
    insertion: 'By split tendons into the sides of the middle bones of the 2nd-5th toes.',
    innervation: 'Medial plantar nerve (S2-S3; S1-S2 in some texts).',
    actions: ['Bends the middle joints of the 2nd-5th toes.', 'Supports the arch.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: 'No frequency for this muscle was found; it is counted as common.',
      name: 'TrP (middle of the sole)',
      location: { landmark: 'heel_plantar', toward: 'ball_of_foot', t: 0.5, offset: [0.008, 0, 0] },
      landmarks: ['heel_plantar', 'ball_of_foot', 'instep'],
      description: 'In the middle of the sole, under the thick plantar fascia, roughly midway between the heel pad and the ball of the foot, to the outer side of the instep.',
      palpation:
        'Sitting with the foot across the other knee, press firmly and flat into the middle of the sole; the trigger points are hard to feel through the thick fascia. Bending the small toes back at their middle joints is painfully limited when the muscle is tight.',
      zones: [
        {
          kind: 'essential',
          description: 'The underside of the heads of the 2nd-4th metatarsals: the ball of the foot. It does not run back into the middle of the sole or forward onto the toes.',
          shapes: [
            { shape: 'disc', center: 'ball_of_foot', radius: 0.022 },
            { shape: 'stroke', path: [{ landmark: 'ball_of_foot', offset: [-0.01, 0, 0] }, { landmark: 'ball_of_foot', offset: [0.028, 0, 0] }], width: 0.03 },
          ],
        },
        {
          kind: 'spillover',
          description: 'Occasionally under the head of the 5th metatarsal.',
          shapes: [{ shape: 'disc', center: { landmark: 'metatarsale_fibulare', toward: 'ball_of_foot', t: 0.2 }, radius: 0.018 }],
        },
      ],
      uncertain:
        'The site is given only approximately. The test and the tender plantar-fascia attachment in front of the heel come from a massage video description paraphrasing Travell & Simons.',
    },
  ],
  activatingFactors: [
    'Tight, narrow or stiff-soled shoes; worn shoes without cushioning under the forefoot.',
    'Long walking or standing on hard floors; barefoot walking on sand.',
  ],
  perpetuatingFactors: [
    'Morton foot structure and a hypermobile foot.',
    'Cold feet and a high arch (not confirmed).',
  ],
  selfCare: {
    pressureRelease:
      'Sitting, roll the sole over a firm ball or a small roller for 1-2 minutes, first with only part of your weight. Not with diabetic nerve damage or poor circulation in the feet unless the diabetes foot team or podiatrist agrees.',
    stretch: 'Pull the toes up (extension) with the ankle brought up: a hand under the toes, or the toes propped against a wall.',
    other: ['Roomier shoes with cushioned soles; a metatarsal pad if a clinician advises one.'],
    cautions: [
      'A focal tender spot on a metatarsal bone, especially in runners or with osteoporosis, needs imaging for a stress fracture.',
      'Tingling or numbness between the 3rd and 4th toes suggests Morton\'s neuroma rather than a trigger point.',
      'With diabetes, any wound, redness, warmth or swelling of the foot needs same-day care (possible diabetic foot infection).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['numb skin in diabetes', 'plantar nerves'],
      caution:
        'With diabetic nerve damage (neuropathy) or poor circulation, do not roll the foot on a ball or roller and use no firm pressure unless the diabetes foot team or podiatrist agrees: you may not feel a bruise or blister forming. Check the skin afterwards and see a clinician for any wound, a hot swollen foot or numbness.',
    },
    {
      technique: 'palpation',
      near: ['numb skin in diabetes'],
      caution: 'Firm pressure is needed here: not on a numb foot (diabetic nerve damage) without the foot team\'s agreement.',
    },
  ],
  mistakenFor: [
    'Metatarsalgia',
    'Morton\'s (interdigital) neuroma',
    'Metatarsal stress fracture',
    'Plantar fasciitis (the tender attachment)',
    'Plantar plate tear or capsulitis',
  ],
  sources: ['ts-1992', 'niel-asher', 'filmov-fdb', 'davies-2013', 'nice-ng19-diabetic-foot', 'atlas-safety-review'],
  notes: [
    '"Sore feet" on walking and aching at rest; the bony forefoot feels bruised; limping.',
    'Long-standing tension makes the attachment of the plantar fascia in front of the heel tender, which mimics plantar fasciitis (a paraphrase of Travell & Simons; Davies notes trigger points at the usual plantar-fasciitis test site).',
    'The abductor digiti minimi of the foot, a neighbour in the same layer, has its own pattern under the 5th metatarsal head and its own entry.',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 26 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
