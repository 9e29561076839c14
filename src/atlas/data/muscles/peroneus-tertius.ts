import type { MuscleData } from '../../muscleSchema';

/** Peroneus (fibularis) tertius: a small slip of the toe extensor that sends pain to the front-outer ankle and the outer heel. */
const muscle: MuscleData = {
  id: 'peroneus-tertius',
  name: 'Peroneus tertius',
  synonyms: ['fibularis tertius', 'third peroneal muscle'],
  aliases: ['fibularis-tertius'],
  region: 'leg',
  anatomy: {
    origin: 'Lower third of the front of the fibula and the membrane between the bones; often counted as a partly separate outer slip of the long toe extensor, and missing in a minority of people.',
    insertion: 'Top of the base of the 5th metatarsal; its tendon passes in front of the outer ankle bone.',
    innervation: 'Deep fibular (peroneal) nerve (L5-S1).',
    actions: ['Lifts the foot (dorsiflexion) and turns the sole outward (eversion).'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: 'The only trigger point the sources give for this muscle; no figure is given, so it is counted as common.',
      name: 'TrP (low front-outer leg)',
      location: { landmark: 'lateral_malleolus', toward: 'fibular_head', t: 0.2, offset: [0, 0, 0.018] },
      landmarks: ['lateral_malleolus', 'ankle_anterior', 'leg_lateral'],
      description:
        'Low on the front-outer side of the leg, a few centimetres above and in front of the outer ankle bone, just in front of the fibula and outside the long toe extensor tendons: about a fifth of the way up from the ankle bone to the knee.',
      palpation:
        'Lift the foot and turn the sole outward against light resistance with the toes relaxed: the tendon stands out in front of the outer ankle bone. Follow it up into the muscle and press flat against the fibula.',
      zones: [
        {
          kind: 'essential',
          description: 'The front-outer ankle, in front of and around the outer ankle bone, between it and the front of the ankle.',
          uncertain: 'One self-help page continues the zone a short way onto the outer top of the foot; that part is not drawn.',
          shapes: [
            { shape: 'disc', center: { landmark: 'lateral_malleolus', toward: 'ankle_anterior', t: 0.5 }, radius: 0.028 },
            { shape: 'stroke', path: [{ landmark: 'lateral_malleolus', toward: 'ankle_anterior', t: 0.25 }, { landmark: 'lateral_malleolus', toward: 'ankle_anterior', t: 0.85 }], width: 0.03 },
          ],
        },
        {
          kind: 'spillover',
          description: 'Sometimes the outer side of the heel, below and behind the outer ankle bone.',
          shapes: [{ shape: 'disc', center: 'heel_lateral', radius: 0.025 }],
        },
      ],
      uncertain: 'The exact level is not confirmed.',
    },
  ],
  activatingFactors: ['Ankle sprain.', 'Long immobilisation of the ankle.'],
  perpetuatingFactors: [
    'Worn shoes, flip-flops and high heels (a lay source).',
    'Trigger points in the long toe extensor and the front part of the gluteus minimus, which can set off this one (webmanmed).',
  ],
  selfCare: {
    pressureRelease: 'Press with a thumb or a ball just above the front of the outer ankle bone, holding on tender spots until they ease; light pressure only on blood thinners or with diabetic nerve damage in the feet.',
    stretch:
      'Sitting, gently point the foot down and turn the sole inward, without weight on it; hold about 30 seconds. Not in the first weeks after an ankle sprain, or with an ankle that gives way.',
    other: [],
    cautions: [
      'After an ankle injury, not being able to take weight, or bony tenderness at the ankle bone or at the base of the fifth metatarsal, needs an X-ray check for a fracture before any pressure or stretching.',
      'A hot, swollen ankle needs a medical check (gout or a joint infection).',
      'A tense, very painful front of the leg may be compartment syndrome: an emergency.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'stretch',
      near: ['outer ankle ligaments'],
      caution:
        'Pointing the foot down and turning the sole in is the position in which the outer ankle is sprained: stretch sitting, gently and without weight, and not in the first weeks after a sprain or with an ankle that gives way. After an ankle injury, a fracture must be ruled out first.',
    },
    {
      technique: 'palpation',
      near: ['superficial fibular nerve'],
      caution: 'A skin nerve crosses the lower front-outer leg: stop if strong tingling appears. Not after a recent ankle injury until a fracture has been ruled out.',
    },
    {
      technique: 'pressure-release',
      near: ['superficial fibular nerve'],
      caution:
        'Stop if strong tingling runs onto the top of the foot (a skin nerve crosses here). Not after a recent ankle injury until a fracture has been ruled out; light pressure only on blood thinners or with diabetic nerve damage.',
    },
  ],
  mistakenFor: [
    'Ankle sprain or injury of the front outer ankle ligament (anterior talofibular ligament)',
    'Tendinitis',
    'Ankle osteoarthritis',
    'Fibular nerve entrapment (deep fibular nerve entrapment is listed by webmanmed)',
    'L5/S1 radiculopathy',
    'Soleus TrP1 heel pain (overlaps with the heel spillover)',
    'Achilles tear and plantar fasciitis (webmanmed)',
  ],
  sources: ['ts-1992', 'webmanmed', 'kent-2010', 'muscle-joint-pain', 'painwhisperer', 'thewellnessdigest', 'atlas-safety-review'],
  notes: [
    'The ankle feels weak and buckles, with pain at the front-outer ankle at each step.',
    'The muscle is missing in some people (one lay source gives about 8%; not confirmed).',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 20 from memory (not verified); the pattern comes from the webmanmed summary ("over the ankle with spillover to the heel") and Kent 2010 ("lateral ankle and heel pain").',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
