import type { MuscleData } from '../../muscleSchema';

/** Extensor digitorum brevis and extensor hallucis brevis: the short toe extensors on the top of the foot, with a local pattern. */
const muscle: MuscleData = {
  id: 'extensor-digitorum-brevis',
  name: 'Extensor digitorum brevis and extensor hallucis brevis',
  synonyms: ['short toe extensors', 'extensor hallucis brevis', 'EDB', 'EHB'],
  aliases: ['extensor-hallucis-brevis'],
  region: 'foot',
  anatomy: {
    origin: 'Upper outer surface of the front of the heel bone, in front of the small hollow below the outer ankle (sinus tarsi), and the lower band of the ankle (inferior extensor retinaculum): a soft bulge on the outer top of the midfoot.',
    insertion: 'Extensor hallucis brevis (the inner slip): base of the first bone of the big toe. Extensor digitorum brevis: the outer sides of the long extensor tendons of the 2nd-4th toes.',
    innervation: 'Lateral branch of the deep fibular (peroneal) nerve (L5-S1; S1-S2 in some texts).',
    actions: ['Lift (extend) the 1st-4th toes at their base joints and help lift the small toes.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: 'No frequency for these muscles was found; they are counted as common.',
      name: 'TrP (outer top of the midfoot)',
      location: { landmark: 'sinus_tarsi', toward: 'foot_dorsum', t: 0.25 },
      landmarks: ['sinus_tarsi', 'foot_dorsum', 'lateral_malleolus'],
      description: 'In the muscle bellies on the outer top of the midfoot, a few centimetres in front of and below the outer ankle bone, just beyond the small hollow there.',
      palpation: 'Sitting or lying on the back, lift the toes: the bulge of the muscle appears in front of the outer ankle bone. Press flat against the bones underneath with the foot relaxed.',
      zones: [
        {
          kind: 'essential',
          description: 'Local: an oval of about 4-5 cm on the outer top of the midfoot, around and just beyond the muscle bellies, below and in front of the outer ankle bone.',
          shapes: [{ shape: 'disc', center: { landmark: 'sinus_tarsi', toward: 'foot_dorsum', t: 0.3 }, radius: 0.022 }],
        },
      ],
      uncertain: 'The number and exact sites of the trigger points are not confirmed. The summaries found give no distinct spillover zone.',
    },
  ],
  activatingFactors: ['Ankle sprains.', 'Long walking or running.'],
  perpetuatingFactors: [
    'Tight shoes or laces over the midfoot; shoes that force the toes up.',
    'Cramps with the toes held clawed (not confirmed).',
  ],
  selfCare: {
    pressureRelease: 'With the foot relaxed, press with a thumb or knuckle on the bulge in front of and below the outer ankle bone, holding on tender spots until they ease; keep off the middle of the top of the foot.',
    stretch: 'Point the ankle and curl the toes down, with a hand over the toes.',
    other: ['Loosen or re-route the laces, skipping the eyelets over the sore area.'],
    cautions: [
      'After an ankle injury, not being able to take weight, or bony tenderness at the ankle bones or at the base of the fifth toe bone on the outer edge of the foot, needs an X-ray check for a fracture before any pressure or stretch.',
      'A swollen, hot, red top of the foot needs a medical check (gout, a skin infection, a stress fracture, or Charcot foot in diabetes).',
      'Numbness on the top of the foot, especially between the big and second toes, may be a pressed nerve and needs assessment.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['dorsalis pedis artery', 'deep fibular nerve', 'numb skin in diabetes'],
      caution:
        'No hard pressure on the middle of the top of the foot, where the foot pulse and the deep fibular nerve lie between the tendons of the big toe and the other toes. With diabetic nerve damage, no firm pressure without the diabetes foot team\'s agreement.',
    },
    {
      technique: 'palpation',
      near: ['dorsalis pedis artery', 'deep fibular nerve'],
      caution: 'Stay on the outer bulge in front of the ankle bone; move off if you feel a pulse or tingling runs toward the big toe.',
    },
  ],
  mistakenFor: [
    'Sinus tarsi syndrome',
    'Anterior ankle impingement',
    'Extensor tendinitis ("lace-bite")',
    'Deep fibular nerve entrapment (anterior tarsal tunnel)',
    'Midfoot arthritis',
    'Metatarsal stress fracture',
    'Gout',
  ],
  sources: ['ts-1992', 'brainscape-trp-cards', 'niel-asher', 'nice-ng19-diabetic-foot', 'atlas-safety-review'],
  notes: [
    'An ache on the top of the foot with walking; pain from tight shoes or laces. A branch of the deep fibular nerve runs close by.',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 26 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
