import type { MuscleData } from '../../muscleSchema';

// The head of the 5th metatarsal seen from below: its outermost point (metatarsale fibulare)
// moved in and down onto the sole.
const PLANTAR_FIFTH_HEAD = { landmark: 'metatarsale_fibulare', offset: [-0.01, -0.012, 0] as [number, number, number] };

/**
 * Abductor digiti minimi of the foot: the muscle of the outer border of the sole (not the hand
 * muscle of the same name), whose trigger points send pain under the head of the 5th metatarsal.
 */
const muscle: MuscleData = {
  id: 'abductor-digiti-minimi-pedis',
  name: 'Abductor digiti minimi (foot)',
  synonyms: [
    'abductor digiti minimi of the foot',
    'abductor digiti minimi pedis',
    'ADM foot',
    'abductor of the little toe',
    'little toe abductor',
    'abductor digiti quinti pedis',
  ],
  aliases: ['abductor-digiti-minimi-foot'],
  region: 'foot',
  anatomy: {
    origin: 'Outer and inner processes of the heel bone (calcaneal tuberosity) and the plantar fascia.',
    insertion: 'Outer side of the base of the first bone (proximal phalanx) of the little toe. It forms the fleshy outer border of the sole.',
    innervation: 'Lateral plantar nerve (S2-S3), through its first branch (the inferior calcaneal or "Baxter\'s" nerve).',
    actions: ['Moves the little toe away from the others (abduction) and bends it.', 'Supports the outer arch of the foot.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: 'No frequency for this muscle was found; it is counted as common.',
      name: 'TrP (outer border of the sole)',
      location: { landmark: 'foot_lateral', toward: 'heel_lateral', t: 0.25, offset: [0, -0.006, 0] },
      landmarks: ['foot_lateral', 'heel_lateral', 'metatarsale_fibulare'],
      description:
        'Along the outer border of the sole, in the muscle belly between the heel and the bony bump at the base of the 5th metatarsal (halfway along the outer edge of the foot), just behind that bump.',
      palpation:
        'Sitting with the foot across the other knee, grasp the outer border of the sole between thumb and fingers, or press flat against the 5th metatarsal, while spreading the little toe away from the others.',
      zones: [
        {
          kind: 'essential',
          description: 'The underside of the head of the 5th metatarsal, behind the little toe.',
          shapes: [{ shape: 'disc', center: PLANTAR_FIFTH_HEAD, radius: 0.018 }],
        },
        {
          kind: 'spillover',
          description: 'Sometimes a short way back along the outer edge of the sole.',
          uncertain: 'This extension is not confirmed.',
          shapes: [
            { shape: 'stroke', path: [PLANTAR_FIFTH_HEAD, { landmark: 'metatarsale_fibulare', toward: 'foot_lateral', t: 0.6, offset: [-0.01, -0.012, 0] }], width: 0.024 },
          ],
        },
      ],
      uncertain: 'The number and exact site of the trigger points are not confirmed.',
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
      'Sitting, roll the sole over a firm ball or a small roller for 1-2 minutes, first with only part of your weight, or stroke along the outer border of the sole with a thumb. Not with diabetic nerve damage or poor circulation in the feet unless the diabetes foot team or podiatrist agrees.',
    stretch:
      'Pull the toes up (extension) with the ankle brought up: a hand under the toes, or the toes propped against a wall; then also draw the little toe in toward the other toes.',
    other: ['Roomier shoes with cushioned soles; a metatarsal pad if a clinician advises one.'],
    cautions: [
      'A focal tender spot on a metatarsal bone, especially in runners or with osteoporosis, needs imaging for a stress fracture.',
      'Tingling or numbness between the 3rd and 4th toes suggests Morton\'s neuroma rather than a trigger point.',
      'With diabetes, any wound, redness, warmth or swelling of the foot needs same-day care (possible diabetic foot infection).',
      'A cold, pale foot, or foot pain at night eased by hanging the leg down, needs urgent care (possible poor circulation).',
      'Burning or tingling in the heel or sole suggests a pressed nerve (tarsal tunnel or Baxter\'s nerve): see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['numb skin in diabetes', 'lateral plantar nerve'],
      caution:
        'With diabetic nerve damage (neuropathy) or poor circulation, do not roll the foot on a ball or roller and use no firm pressure unless the diabetes foot team or podiatrist agrees: you may not feel a bruise or blister forming. Check the skin afterwards and see a clinician for any wound, a hot swollen foot or numbness.',
    },
    {
      technique: 'palpation',
      near: ['numb skin in diabetes'],
      caution: 'Not on a numb foot (diabetic nerve damage) without the foot team\'s agreement; stop if the grasp brings on burning or tingling.',
    },
  ],
  mistakenFor: [
    'A tailor\'s bunion (bunionette) or bursitis at the 5th metatarsal head',
    'Metatarsalgia',
    'Metatarsal stress fracture',
    'Morton\'s (interdigital) neuroma',
    'Plantar plate tear or capsulitis',
    'Baxter\'s nerve entrapment (heel)',
  ],
  sources: ['niel-asher', 'ts-1992', 'foot-pain-relief-treatment', 'nice-ng19-diabetic-foot', 'atlas-safety-review'],
  notes: [
    'This is the muscle of the foot. The abductor digiti minimi of the hand, with the same Latin name, is a different muscle with its own entry.',
    'Two self-help pages put its pain on the outer heel and the outside of the ankle instead. The summaries of Travell & Simons put it under the 5th metatarsal head, as drawn here; the heel claim is not confirmed and is not drawn.',
    '"Sore feet" on walking and aching at rest; the bony forefoot feels bruised; limping.',
    'Its neighbour in the same layer of the sole, the flexor digitorum brevis, refers under the heads of the 2nd-4th metatarsals, only occasionally under the 5th.',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 26 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
