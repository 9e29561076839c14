import type { MuscleData } from '../../muscleSchema';

/** Flexor digitorum longus: the long toe flexor, whose trigger point sends pain under the forefoot behind the small toes. */
const muscle: MuscleData = {
  id: 'flexor-digitorum-longus',
  name: 'Flexor digitorum longus',
  synonyms: ['long toe flexor', 'long flexor of the toes', 'FDL'],
  region: 'leg',
  anatomy: {
    origin: 'Back of the tibia below the soleal line, on its inner part.',
    insertion: 'Its tendon runs behind the inner ankle bone, through the tarsal tunnel, to the bases of the end bones of the 2nd-5th toes; the quadratus plantae attaches to the tendon in the sole.',
    innervation: 'Tibial nerve (L5-S2).',
    actions: [
      'Curls (flexes) the 2nd-5th toes.',
      'Weakly points the foot and turns the sole inward; supports the inner arch.',
      'Grips the ground at push-off and on uneven ground.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'The only trigger point the sources give for this muscle. Latent FDL trigger points were significantly more common in pain-free people with a low arch than in controls (Zuil-Escobar 2015); no figure in foot pain was found.',
      name: 'TrP (upper inner calf)',
      location: { landmark: 'knee_medial', toward: 'medial_malleolus', t: 0.3, offset: [0, 0, -0.012] },
      landmarks: ['knee_medial', 'calf_medial', 'medial_malleolus'],
      description:
        'In the upper part of the muscle on the inner side of the calf, just behind the inner edge of the shinbone and below the inner head of the calf muscle: about a quarter to a third of the way down from the inner knee joint line to the inner ankle bone.',
      palpation:
        'Lying on the affected side with the knee bent, or sitting with the ankle on the other knee, press between the calf muscles and the shinbone toward the back of the tibia, in the upper inner calf. Curling the toes against light resistance makes the muscle tighten.',
      zones: [
        {
          kind: 'essential',
          description: 'The sole of the forefoot just behind the 2nd-5th toes: the ball of the foot behind the small toes.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'ball_of_foot', toward: 'toe3', t: 0.35, offset: [-0.012, 0, 0] },
                { landmark: 'ball_of_foot', toward: 'toe3', t: 0.3, offset: [0.04, 0, 0] },
              ],
              width: 0.03,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Sometimes the undersides of the small toes, and a strip up over the inner ankle bone and the inner side of the calf.',
          shapes: [
            { shape: 'stroke', path: [{ landmark: 'ball_of_foot', toward: 'toe3', t: 0.45 }, 'toe3'], width: 0.035 },
            { shape: 'stroke', path: [{ landmark: 'medial_malleolus', offset: [0, -0.01, 0] }, 'calf_medial'], width: 0.035 },
          ],
          uncertain: 'The strip up the inner ankle and calf comes from a set of flash cards based on Travell & Simons.',
        },
      ],
      uncertain: 'The level is from memory of Travell & Simons; one self-help page says about three finger-breadths below the back of the knee.',
    },
  ],
  activatingFactors: [
    'Running or walking on uneven ground or soft sand.',
  ],
  perpetuatingFactors: [
    'Flexible, worn or loose shoes and flip-flops (the toes grip).',
    'Hypermobile or low-arched (over-pronating) feet.',
  ],
  selfCare: {
    pressureRelease:
      'Sitting with the foot on the other knee, press the thumbs just behind the inner edge of the shinbone in the upper-middle calf, holding on tender spots until they ease. Stay on the calf: not in the groove behind the inner ankle bone, and not over veins that stand out on the inner shin.',
    stretch:
      'Bring the ankle up and the toes back together. Stand facing a wall with the toes propped up against the wall or a rolled towel and lean forward; or kneel with the toes tucked under and sit back gently.',
    other: [
      'Firmer, well-fitting shoes; an arch support for an over-pronating foot; avoid long barefoot walks on sand while it is sore.',
    ],
    cautions: [
      'A calf that is swollen, warm, red or tender may be a clot (deep-vein thrombosis): get urgent medical care and do not press.',
      'Burning or tingling in the sole, worse at night, may be tarsal tunnel syndrome (a pressed nerve behind the inner ankle bone): see a clinician.',
      'A focal tender spot on a bone of the forefoot may be a stress fracture.',
      'Calf pain on walking that eases with rest, with weak foot pulses, needs a check of the circulation.',
      'A tense, very painful calf with pain out of proportion may be compartment syndrome: an emergency.',
      'A sudden pop at the back of the ankle, then not being able to rise on tiptoe, needs urgent assessment (possible Achilles rupture).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['deep calf veins', 'great saphenous vein', 'posterior tibial artery', 'tibial nerve'],
      caution:
        'Rule out a clot first: do not press a calf that is swollen, warm, red or tender. Keep to the upper inner calf, not behind the inner ankle bone (tarsal tunnel: tibial nerve and posterior tibial artery), and not on varicose veins along the inner shin.',
    },
    {
      technique: 'pressure-release',
      near: ['deep calf veins', 'varicose veins', 'great saphenous vein', 'posterior tibial artery', 'tibial nerve'],
      caution:
        'No deep calf pressure on a swollen, warm, red or tender calf (possible clot), on blood thinners, after a clot in the leg, in pregnancy or soon after childbirth, or after recent leg surgery. No pressure over varicose veins (the great saphenous vein runs along the inner shin, the small saphenous vein up the middle of the calf). Keep out of the groove behind the inner ankle bone (tibial nerve, posterior tibial artery). With diabetes or nerve damage in the feet, no vigorous calf or sole work without advice: you may not feel an injury.',
    },
    {
      technique: 'stretch',
      near: ['knee joint'],
      caution: 'The kneeling version loads the knees and toes: use the standing wall version if kneeling hurts.',
    },
  ],
  mistakenFor: [
    'Plantar fasciitis',
    'Metatarsalgia or Morton\'s neuroma (the forefoot zone)',
    'Tarsal tunnel syndrome',
    'Shin splints (the inner calf spillover)',
  ],
  sources: ['ts-1992', 'brainscape-trp-cards', 'kneepainout', 'zuil-escobar-2015', 'atlas-safety-review'],
  notes: [
    'The zones are on the sole plus a strip up the inner side of the ankle and calf; none on the top of the foot.',
    'Pain comes with walking, especially on uneven ground or sand; toe cramps and clawing can go with it.',
    'The long flexor of the big toe (flexor hallucis longus) has its own, different pattern (under the big toe and the first metatarsal head) and its own entry.',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 25 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
