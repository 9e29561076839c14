import type { MuscleData, ReferralZone } from '../../muscleSchema';

// One pattern for the muscle's trigger points (reference more/leg-foot.md section 8).
const MEDIAL_HEEL: ReferralZone = {
  kind: 'essential',
  description: 'The inner side of the heel.',
  shapes: [{ shape: 'disc', center: 'heel_medial', radius: 0.03 }],
};

const MEDIAL_BORDER: ReferralZone = {
  kind: 'spillover',
  description: 'Sometimes forward along the inner border of the foot and the instep, and a little onto the back of the heel.',
  uncertain: 'The small extension onto the back of the heel is from memory of the Travell & Simons figure (not confirmed).',
  shapes: [
    { shape: 'stroke', path: ['heel_medial', { landmark: 'heel_medial', toward: 'metatarsale_tibiale', t: 0.55 }], width: 0.035 },
    { shape: 'disc', center: 'instep', radius: 0.025 },
    { shape: 'stroke', path: ['heel_medial', 'heel'], width: 0.025 },
  ],
};

const TRP_UNCERTAIN =
  'Travell & Simons show more than one trigger point along the belly; their number and exact sites are not confirmed. Nerve studies disagree on where the nerve endings cluster: in the back quarter of the muscle (Wada 2020, 30 muscles) or in its central part (Choi 2024, 40 specimens).';

/** Abductor hallucis: the muscle of the inner border of the sole, a source of inner heel pain. */
const muscle: MuscleData = {
  id: 'abductor-hallucis',
  name: 'Abductor hallucis',
  synonyms: ['big toe abductor', 'abductor of the big toe'],
  region: 'foot',
  anatomy: {
    origin: 'Inner process of the heel bone (calcaneal tuberosity), the band over the tarsal tunnel (flexor retinaculum) and the plantar fascia.',
    insertion: 'Inner side of the base of the first bone of the big toe, with the inner sesamoid.',
    innervation: 'Medial plantar nerve (S2-S3; S1-S2 in some texts), from the tibial nerve.',
    actions: [
      'Moves the big toe away from the other toes and helps curl it.',
      'Supports the inner arch of the foot.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'posterior',
      prevalence: 'common',
      prevalenceNote:
        'In 100 people with plantar fasciopathy, abductor hallucis trigger points were found on the painful side in 42% (Thummar 2020).',
      name: 'Back TrP (near the heel)',
      location: { landmark: 'heel_medial', toward: 'metatarsale_tibiale', t: 0.15, offset: [0, 0.004, 0] },
      landmarks: ['heel_medial', 'instep'],
      description: 'In the back part of the muscle belly, on the inner border of the foot just in front of the inner heel, a little above the sole.',
      palpation:
        'Sitting with the foot across the other knee, spread the big toe away from the others (or press it down) and feel the muscle harden along the inner arch. Press flat against the bones, or pinch the inner border of the foot between thumb and fingers, in front of the heel. Stay below and in front of the inner ankle bone, not in the hollow just behind it.',
      zones: [MEDIAL_HEEL, MEDIAL_BORDER],
      uncertain: TRP_UNCERTAIN,
    },
    {
      id: 'anterior',
      prevalence: 'common',
      prevalenceNote: 'No separate figure is given for the trigger points further forward in the belly; they are counted as common.',
      name: 'Front TrP (toward the arch)',
      location: { landmark: 'heel_medial', toward: 'metatarsale_tibiale', t: 0.35, offset: [0, 0.004, 0] },
      landmarks: ['instep', 'heel_medial'],
      description: 'Further forward in the belly along the inner border of the foot, toward the bump of the navicular bone, over the upper edge of the instep.',
      palpation:
        'In the same position, press or pinch the inner border of the foot further forward, under the highest part of the inner arch, while the big toe spreads.',
      zones: [MEDIAL_HEEL, MEDIAL_BORDER],
      uncertain: TRP_UNCERTAIN,
    },
  ],
  activatingFactors: [
    'Tight or poorly fitting shoes that press on the inner foot.',
    'Long standing or walking on hard floors; running.',
  ],
  perpetuatingFactors: [
    'Over-pronating feet; Morton foot structure.',
    'Bunion (hallux valgus) mechanics.',
  ],
  selfCare: {
    pressureRelease:
      'Sitting, roll the inner arch over a tennis or golf ball, then with part of your weight; or stroke along the inner border of the foot with a thumb. Keep off the hollow just behind and below the inner ankle bone. Not with diabetic nerve damage or poor circulation in the feet unless the diabetes foot team or podiatrist agrees.',
    stretch:
      'Pull the big toe up (extension) and slightly toward the second toe, with the ankle brought up. With a bunion, leave out pulling the toe toward the others, which pushes it further into the deformity: pull it straight up only.',
    other: ['Shoes with room at the inner forefoot.'],
    cautions: [
      'With diabetes, any wound, redness, warmth, swelling or discharge on the foot, with or without fever, needs same-day care (possible diabetic foot infection); a hot, swollen foot may be Charcot foot.',
      'A sudden pop or tearing pain in the heel or arch, then bruising and pain on walking (often after a steroid injection), may be a torn plantar fascia: stop rolling and get it assessed.',
      'A cold, pale foot, or foot pain at night eased by hanging the leg down, needs urgent care (poor circulation).',
      'Heel pain when the sides of the heel are squeezed may be a stress fracture of the heel bone.',
      'Burning or tingling in the inner sole and under the big toe may be a pressed nerve (tarsal tunnel): see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['tibial nerve', 'posterior tibial artery', 'medial plantar nerve'],
      caution:
        'Do not press hard directly behind and below the inner ankle bone (tarsal tunnel: tibial nerve and posterior tibial artery); the nerves to the sole pass under this muscle, so move if burning or tingling runs into the sole or the big toe.',
    },
    {
      technique: 'pressure-release',
      near: ['tibial nerve', 'posterior tibial artery', 'numb skin in diabetes'],
      caution:
        'With diabetic nerve damage (neuropathy) or poor circulation, do not roll the foot on a ball or roller and use no firm pressure unless the diabetes foot team or podiatrist agrees: you may not feel a bruise or blister forming; check the skin and see a clinician for any wound, a hot swollen foot or numbness. Keep off the hollow behind and below the inner ankle bone (tibial nerve and posterior tibial artery).',
    },
    {
      technique: 'stretch',
      near: ['bunion (hallux valgus)'],
      caution: 'With a bunion, pull the big toe straight up only, not toward the second toe.',
    },
  ],
  mistakenFor: [
    'Plantar fasciitis / plantar heel pain',
    'Tarsal tunnel syndrome, medial plantar nerve ("jogger\'s foot") or Baxter\'s nerve entrapment',
    'Calcaneal stress fracture',
    'Heel fat-pad syndrome',
    'Tibialis posterior tendinopathy',
    'Bunion pain',
  ],
  sources: ['ts-1992', 'brainscape-trp-cards', 'niel-asher', 'wada-2020', 'choi-2024', 'physiopedia-tarsal-tunnel', 'thummar-2020', 'cotchett-2014', 'he-2017', 'nice-ng19-diabetic-foot', 'atlas-safety-review'],
  notes: [
    'Pain comes with walking, especially as the heel strikes. The nerves to the sole pass under this muscle and can be pressed there ("distal tarsal tunnel"), with burning or tingling in the inner sole and under the big toe.',
    'Dry needling for plantar heel pain, which targets this muscle among others: in 84 people, real needling against sham gave less first-step pain at 6 weeks (Cotchett 2014); a 2017 meta-analysis pooled seven such trials (He 2017).',
    'The activating factors are from general sources and memory of Travell & Simons; none was checked for this muscle.',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 26 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
