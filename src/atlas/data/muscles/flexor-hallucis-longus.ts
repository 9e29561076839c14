import type { MuscleData } from '../../muscleSchema';

/** Flexor hallucis longus: the long flexor of the big toe, whose trigger point sends pain under the big toe. */
const muscle: MuscleData = {
  id: 'flexor-hallucis-longus',
  name: 'Flexor hallucis longus',
  synonyms: ['long flexor of the big toe', 'long big toe flexor', 'big toe flexor', 'FHL'],
  aliases: ['fhl'],
  region: 'leg',
  anatomy: {
    origin: 'Lower two-thirds of the back of the fibula and the membrane between the bones, deep to the soleus.',
    insertion:
      'Its tendon runs in a groove on the back of the ankle bone (talus), under the ledge of the heel bone (sustentaculum tali) behind and below the inner ankle bone, then along the sole between the two small bones under the big-toe joint (sesamoids) to the base of the end bone of the big toe.',
    innervation: 'Tibial nerve (L5-S2; S2 in some texts).',
    actions: [
      'Curls (flexes) the big toe.',
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
        'The only trigger point the sources give for this muscle. In 100 people with plantar fasciopathy it was found on the painful side in 41% (Thummar 2020).',
      name: 'TrP (lower calf, deep)',
      location: { landmark: 'calf', toward: 'achilles', t: 0.5, offset: [0.015, 0, 0] },
      landmarks: ['calf', 'achilles', 'lateral_malleolus'],
      description:
        'Deep in the lower calf, near the junction of its middle and lower thirds, over the back of the fibula a little to the outer side of the middle of the calf, under the soleus: roughly midway between the calf bulge and the Achilles tendon, one or two centimetres outside the midline.',
      palpation:
        'Lying face down with the foot over the end of the table, press deep through the soleus against the back of the fibula, just to the outer side of the middle of the lower calf. Curling the big toe against light resistance makes the muscle tighten; the deep soreness and often the pain under the big toe are felt.',
      zones: [
        {
          kind: 'essential',
          description: 'The underside of the big toe.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'hallux', toward: 'metatarsale_tibiale', t: 0.6, offset: [0, -0.015, 0] },
                { landmark: 'hallux', offset: [0, -0.012, -0.02] },
                { landmark: 'hallux', offset: [0, -0.01, -0.006] },
              ],
              width: 0.032,
            },
          ],
        },
        {
          kind: 'essential',
          description: 'The underside of the head of the first metatarsal, behind the big toe.',
          uncertain: 'One set of flash cards based on Travell & Simons gives only the underside of the big toe; other summaries add the first metatarsal head ("big toe radiating to the ball of the foot").',
          shapes: [{ shape: 'disc', center: { landmark: 'metatarsale_tibiale', offset: [0.015, -0.02, 0] }, radius: 0.016 }],
        },
      ],
      uncertain:
        'The level follows Travell & Simons as remembered by the reference notes; a self-help page says just behind the fibula, five or six finger-widths above the ankle. No spillover zone is confirmed.',
    },
  ],
  activatingFactors: [
    'Running or walking on uneven ground or soft sand.',
    'Dancing on pointe and jumping.',
  ],
  perpetuatingFactors: [
    'Flexible, worn or loose shoes and flip-flops (the toes grip).',
    'Hypermobile or low-arched (over-pronating) feet.',
    'A stiff big-toe joint (hallux rigidus).',
  ],
  selfCare: {
    pressureRelease:
      'Lying on your back, put a ball under the lower outer calf and cross the other leg on top for more pressure, holding on tender spots until they ease. Stop if tingling runs into the outer side of the foot, and keep the ball off veins that stand out on the back of the calf.',
    stretch:
      'Bring the ankle up and the big toe back together. Stand facing a wall with the toes propped up against the wall or a rolled towel and lean forward; or kneel with the toes tucked under and sit back gently.',
    other: [
      'Firmer, well-fitting shoes; an arch support for an over-pronating foot; avoid long barefoot walks on sand while it is sore.',
    ],
    cautions: [
      'A calf that is swollen, warm, red or tender may be a clot (deep-vein thrombosis): get urgent medical care and do not press.',
      'A tense, very painful calf with pain out of proportion may be compartment syndrome: an emergency.',
      'A sudden pop at the back of the ankle, then not being able to rise on tiptoe, needs urgent assessment (possible Achilles rupture).',
      'Burning or tingling in the sole, worse at night, may be tarsal tunnel syndrome (a pressed nerve behind the inner ankle bone): see a clinician.',
      'Calf pain on walking that eases with rest, with weak foot pulses, needs a check of the circulation.',
      'A focal tender spot under the big-toe joint or on a bone of the forefoot may be a stress fracture of a sesamoid or a metatarsal.',
      'In dancers, a big toe that catches or locks as it bends (a "trigger toe") suggests an inflamed tendon sheath: see a clinician.',
      'Numbness under the big toe points to a nerve rather than a trigger point: see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['deep calf veins', 'small saphenous vein', 'sural nerve', 'posterior tibial artery', 'tibial nerve'],
      caution:
        'Rule out a clot first: do not press a calf that is swollen, warm, red or tender. Keep to the lower outer calf, off varicose veins, and stop if tingling runs into the outer foot (sural nerve). Do not press behind the inner ankle bone, where the tendon passes with the tibial nerve and posterior tibial artery (tarsal tunnel).',
    },
    {
      technique: 'pressure-release',
      near: ['deep calf veins', 'varicose veins', 'small saphenous vein', 'sural nerve', 'posterior tibial artery', 'tibial nerve'],
      caution:
        'No deep calf pressure on a swollen, warm, red or tender calf (possible clot), on blood thinners, after a clot in the leg, in pregnancy or soon after childbirth, or after recent leg surgery. No ball over varicose veins (the small saphenous vein runs up the middle of the back of the calf). Stop if tingling runs into the outer side of the foot (sural nerve). Keep out of the groove behind the inner ankle bone (tibial nerve, posterior tibial artery). With diabetes or nerve damage in the feet, no vigorous calf or sole work without advice: you may not feel an injury.',
    },
    {
      technique: 'stretch',
      near: ['knee joint'],
      caution: 'The kneeling version loads the knees and toes: use the standing wall version if kneeling hurts.',
    },
  ],
  mistakenFor: [
    'Hallux rigidus, sesamoiditis or gout (the big-toe zone)',
    'Flexor hallucis longus tendinopathy',
    'Plantar fasciitis',
    'Tarsal tunnel syndrome',
  ],
  sources: ['ts-1992', 'brainscape-trp-cards', 'thewellnessdigest', 'kneepainout', 'painalog-leg', 'academy-clinical-massage', 'thummar-2020', 'atlas-safety-review'],
  notes: [
    'The zones are on the sole only, under the big toe; none on the top of the foot (pain on top of the big-toe joint points to the long extensor, extensor hallucis longus, or the tibialis anterior).',
    'Pain comes with walking, especially on uneven ground or sand; toe cramps and clawing can go with it.',
    'In 100 people with plantar fasciopathy, trigger points in this muscle were found on the painful side in 41% (Thummar 2020).',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 25 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
