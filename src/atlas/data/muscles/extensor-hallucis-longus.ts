import type { MuscleData } from '../../muscleSchema';

// The 1st metatarsal head seen from above: the inner edge of the forefoot (metatarsale tibiale)
// lifted onto the top of the foot, a little toward its middle.
const DORSAL_FIRST_MTP = { landmark: 'metatarsale_tibiale', offset: [0.012, 0.02, 0] as [number, number, number] };

/** Extensor hallucis longus: the long extensor of the big toe, whose trigger point sends pain over the top of the big-toe joint. */
const muscle: MuscleData = {
  id: 'extensor-hallucis-longus',
  name: 'Extensor hallucis longus',
  synonyms: ['long extensor of the big toe', 'long big toe extensor', 'big toe extensor', 'EHL'],
  aliases: ['ehl'],
  region: 'leg',
  anatomy: {
    origin: 'Middle part of the front of the fibula and the membrane between the bones, under the tibialis anterior and the long toe extensor; it comes to the surface low in the leg.',
    insertion: 'Base of the end bone (distal phalanx) of the big toe; its tendon crosses the front of the ankle and the top of the foot.',
    innervation: 'Deep fibular (peroneal) nerve (L5, with L4-S1).',
    actions: [
      'Lifts (extends) the big toe.',
      'Lifts the foot (dorsiflexion) and weakly turns the sole inward.',
      'Lowers the foot under control after the heel strikes, and lifts the big toe clear as the leg swings.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: 'The only trigger point the sources give for this muscle; no frequency for it was found.',
      name: 'TrP (lower front of the leg)',
      location: { landmark: 'lateral_malleolus', toward: 'fibular_head', t: 0.33, offset: [-0.02, 0, 0.035] },
      landmarks: ['lateral_malleolus', 'fibular_head', 'shin'],
      description:
        'Low on the front of the leg, just below the junction of its middle and lower thirds: in front of the fibula, just outside the shin muscle (tibialis anterior), between the shinbone and the fibula, about a third of the way up from the outer ankle bone toward the bony knob of the fibula.',
      palpation:
        'Lying on the back with the knee supported, or sitting with the foot flat, lift the big toe against light resistance and follow its tendon up from the front of the ankle into the muscle. Press flat across the fibres against the fibula, just outside the shin muscle, in the lower third of the leg.',
      zones: [
        {
          kind: 'essential',
          description: 'The top of the foot over the head of the first metatarsal and the base of the big toe: around the top of the big-toe joint.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'metatarsale_tibiale', toward: 'ankle_anterior', t: 0.18, offset: [0.004, 0, 0] },
                DORSAL_FIRST_MTP,
                { landmark: 'hallux', toward: 'metatarsale_tibiale', t: 0.5, offset: [0, 0.018, 0] },
              ],
              width: 0.028,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Sometimes up over the top of the foot to the front of the ankle, and out along the top of the big toe toward its tip.',
          uncertain: 'The extension to the tip of the big toe is not confirmed.',
          shapes: [
            {
              shape: 'stroke',
              path: [DORSAL_FIRST_MTP, { landmark: 'metatarsale_tibiale', toward: 'ankle_anterior', t: 0.55, offset: [0.004, 0, 0] }, 'ankle_anterior'],
              width: 0.03,
            },
            { shape: 'stroke', path: [DORSAL_FIRST_MTP, { landmark: 'hallux', offset: [0, 0.012, -0.014] }], width: 0.024 },
          ],
        },
      ],
      uncertain:
        'The level follows Travell & Simons as remembered by the reference notes; a self-help page places it lower, three or four finger-widths above the ankle.',
    },
  ],
  activatingFactors: [
    'Trips, stumbles, falls, ankle sprains and a stubbed big toe.',
    'Repeated forceful lifting of the foot, as in hill walking.',
    'Overload of the front compartment of the leg.',
  ],
  perpetuatingFactors: [
    'Long periods with the foot pointed: high heels, sleeping with the foot pointed, long drives.',
    'Laces tied tight across the instep.',
    'Irritation of the L4-L5 nerve roots.',
  ],
  selfCare: {
    pressureRelease:
      'Sitting with the knee bent and the foot flat, press with a thumb, a knuckle or a ball along the groove just outside the shin muscle in the lower third of the leg, holding on tender spots until they ease. If you work further up the groove, stop a hand\'s breadth below the bony knob of the fibula, not just under it. Keep off the top of the foot.',
    stretch:
      'Kneel and sit back on your heels with the tops of the feet on the floor, so that the ankles are pointed; to add the big toe, curl it under with a hand. If kneeling hurts your knees, after a knee replacement, or with poor balance, do it sitting: hold the foot, point it down and bend the big toe down.',
    other: [
      'Lace the shoes more loosely over the instep.',
      'Avoid high heels; at night keep the bedclothes from forcing the foot into a pointed position.',
    ],
    cautions: [
      'A tense, very painful front of the leg after exercise or an injury may be acute compartment syndrome: an emergency.',
      'New foot drop (the foot slaps or drags) needs urgent assessment.',
      'A hot, red, swollen big-toe joint (gout or infection) needs a medical check today; do not press it.',
      'A focal tender spot on the bones of the top of the foot (possible stress fracture) needs a medical check.',
      'Numbness on the top of the foot may mean a pressed nerve and needs assessment.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['deep fibular nerve', 'anterior tibial artery', 'common fibular nerve'],
      caution:
        'A nerve and an artery run deep in this front compartment: firm, not crushing, pressure, and stop if tingling or numbness runs onto the top of the foot. Higher up, keep a hand\'s breadth below the bony knob of the fibula (common fibular nerve). Do not press a tense, swollen, very painful front of the leg (possible compartment syndrome: emergency).',
    },
    {
      technique: 'pressure-release',
      near: ['deep fibular nerve', 'dorsalis pedis artery', 'common fibular nerve', 'varicose veins'],
      caution:
        'No hard pressure on the top of the foot, where the foot pulse and the deep fibular nerve lie between the tendons of the big toe and the other toes. Not just under the bony knob of the fibula (common fibular nerve). No ball pressure on blood thinners or over varicose veins; with diabetic nerve damage, light pressure only and check the skin afterwards.',
    },
    {
      technique: 'stretch',
      near: ['knee joint'],
      caution: 'Use the seated version if kneeling hurts the knees, after a knee replacement, or with poor balance.',
    },
  ],
  mistakenFor: [
    'Gout of the big-toe joint',
    'Hallux rigidus (a stiff, arthritic big-toe joint)',
    'Anterior shin splints or anterior compartment syndrome',
    'Extensor tendinitis',
    'Deep fibular nerve entrapment (anterior tarsal tunnel)',
    'L4/L5 radiculopathy',
    'Metatarsal stress fracture',
  ],
  sources: ['ts-1992', 'thewellnessdigest', 'morningside-acupuncture', 'davies-2013', 'westsubpainrelief-foot', 'painalog-leg', 'atlas-safety-review'],
  notes: [
    'The pain is on the top of the foot only: at the big-toe joint, not under it (pain under the big toe points to the long flexor, flexor hallucis longus).',
    'The tibialis anterior also refers to the top and inner side of the big toe, with the front-inner ankle; this muscle\'s main zone is smaller, centred on the top of the big-toe joint.',
    'One self-help page describes an ankle ache "like bone pain". Night cramps (foot or calf) and a weak lift of the foot ("foot slap") are mentioned for the long toe extensors (not confirmed). A clinic page links children\'s "growing pains" to these muscles (not confirmed).',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 24 from memory (not verified); the pattern was cross-checked with self-help and clinic pages.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
