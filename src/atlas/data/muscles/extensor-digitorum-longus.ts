import type { MuscleData } from '../../muscleSchema';

/** Extensor digitorum longus: the long toe extensor, whose trigger point sends pain over the top of the foot. */
const muscle: MuscleData = {
  id: 'extensor-digitorum-longus',
  name: 'Extensor digitorum longus',
  synonyms: ['long toe extensor', 'long extensor of the toes', 'EDL'],
  region: 'leg',
  anatomy: {
    origin: 'Outer knuckle (lateral condyle) of the tibia, upper three-quarters of the front of the fibula, the membrane between the bones and the deep fascia.',
    insertion: 'Four tendons under the bands at the front of the ankle to the backs of the 2nd-5th toes (middle and end bones).',
    innervation: 'Deep fibular (peroneal) nerve (L5, with L4-S1).',
    actions: [
      'Lifts (extends) the 2nd-5th toes.',
      'Lifts the foot (dorsiflexion) and turns the sole outward.',
      'Lowers the foot under control after the heel strikes, and lifts the toes clear as the leg swings.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'The only trigger point the sources give for this muscle. Latent EDL trigger points were more frequent in pain-free people with a high arch than in controls (Zuil-Escobar 2024); no figure in foot pain was found.',
      name: 'TrP (upper front-outer leg)',
      location: { landmark: 'fibular_head', toward: 'lateral_malleolus', t: 0.22, offset: [0, 0, 0.02] },
      landmarks: ['fibular_head', 'shin', 'leg_lateral'],
      description:
        'High on the front-outer side of the leg, about 8 cm below the bony knob of the fibula, in the fleshy groove between the shin muscle (tibialis anterior) and the peroneus longus, two or three finger-widths outside the sharp edge of the shinbone.',
      palpation:
        'Lying on the back with the knee supported, or sitting with the foot flat, lift the four small toes against light resistance and follow their tendons up into the muscle. Press flat across the fibres against the fibula, outside the shin muscle, starting a hand\'s breadth below the bony knob of the fibula.',
      zones: [
        {
          kind: 'essential',
          description: 'The top of the foot over the long bones (metatarsals), running out toward the middle three small toes, almost to their tips.',
          uncertain: 'The detail "the middle three toes" is not confirmed.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'foot_dorsum', toward: 'ankle_anterior', t: 0.25 }, 'foot_dorsum', { landmark: 'foot_dorsum', toward: 'toe3', t: 0.85, offset: [0, 0.006, 0] }],
              width: 0.05,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Sometimes the front of the ankle and the lower third of the front of the leg.',
          shapes: [
            { shape: 'stroke', path: [{ landmark: 'shin', toward: 'ankle_anterior', t: 0.4, offset: [0.01, 0, 0] }, 'ankle_anterior'], width: 0.04 },
          ],
        },
      ],
      uncertain:
        'The level (about 8 cm below the fibular head) is from memory of Travell & Simons; one self-help page says a third of the way down from the knee.',
    },
  ],
  activatingFactors: [
    'Trips, stumbles, falls, ankle sprains and stubbed toes.',
    'Repeated forceful lifting of the foot, as in hill walking.',
    'Overload of the front compartment of the leg.',
  ],
  perpetuatingFactors: [
    'Long periods with the foot pointed: high heels, sleeping with the foot pointed, long drives.',
    'Laces tied tight across the instep.',
    'Irritation of the L4-L5 nerve roots.',
    'A high arch (more latent EDL trigger points in pain-free people with a high arch, Zuil-Escobar 2024).',
  ],
  selfCare: {
    pressureRelease:
      'Sitting with the knee bent and the foot flat, press with a thumb, a knuckle or a ball along the groove outside the shin muscle in the upper third of the leg, holding on tender spots until they ease. Start about a hand\'s breadth below the bony knob of the fibula, not just under it. Keep off the top of the foot.',
    stretch:
      'Kneel and sit back on your heels with the tops of the feet on the floor, so that the ankles are pointed; to add the toes, curl them under with a hand. If kneeling hurts your knees, after a knee replacement, or with poor balance, do it sitting: hold the foot, point it down and curl the toes down.',
    other: [
      'Lace the shoes more loosely over the instep.',
      'Avoid high heels; at night keep the bedclothes from forcing the foot into a pointed position.',
    ],
    cautions: [
      'A tense, very painful front of the leg after exercise or an injury may be acute compartment syndrome: an emergency.',
      'New foot drop (the foot slaps or drags) needs urgent assessment.',
      'A hot, red, swollen big-toe joint (gout or infection) or a focal tender spot on the bones of the top of the foot (stress fracture) needs a medical check.',
      'Numbness on the top of the foot may mean a pressed nerve and needs assessment.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['common fibular nerve', 'deep fibular nerve', 'anterior tibial artery'],
      caution:
        'The common fibular nerve winds around the neck of the fibula just below its bony knob: start a hand\'s breadth below it. A nerve and an artery run deep in this front compartment: firm, not crushing, pressure, and stop if tingling or numbness runs onto the top of the foot. Do not press a tense, swollen, very painful front of the leg (possible compartment syndrome: emergency).',
    },
    {
      technique: 'pressure-release',
      near: ['common fibular nerve', 'deep fibular nerve', 'dorsalis pedis artery', 'varicose veins'],
      caution:
        'Not just under the bony knob of the fibula (common fibular nerve). No hard pressure on the top of the foot, where the foot pulse and the deep fibular nerve lie between the tendons of the big toe and the other toes. No ball pressure on blood thinners or over varicose veins; with diabetic nerve damage, light pressure only and check the skin afterwards.',
    },
    {
      technique: 'stretch',
      near: ['knee joint'],
      caution: 'Use the seated version if kneeling hurts the knees, after a knee replacement, or with poor balance.',
    },
  ],
  mistakenFor: [
    'Anterior shin splints or anterior compartment syndrome',
    'Extensor tendinitis',
    'Deep fibular nerve entrapment (anterior tarsal tunnel)',
    'L4/L5 radiculopathy',
    'Metatarsal stress fracture',
    'Arthritis of the midfoot',
  ],
  sources: ['ts-1992', 'davies-2013', 'morningside-acupuncture', 'thewellnessdigest', 'zuil-escobar-2024', 'atlas-safety-review'],
  notes: [
    'The pain is on the front (top) of the foot and leg only.',
    'Night cramps are mentioned (foot cramps on one lay page, calf cramps on another; not confirmed). Weak lifting of the foot or "foot slap" can go with it. Davies and Travell & Simons link hammer or claw toes with trigger points in this muscle and the interossei. A clinic page links children\'s "growing pains" to these muscles (not confirmed).',
    'Pain-free adults with a high arch (37 against 37 controls, Zuil-Escobar 2024): 78% against 62% had at least one latent trigger point, and more of the high-arch group had them in this muscle.',
    'The long extensor of the big toe (extensor hallucis longus) has its own, different pattern (the top of the foot over the first metatarsal head and the base of the big toe) and its own entry.',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 24 from memory (not verified); the pattern was cross-checked with self-help and clinic pages.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
