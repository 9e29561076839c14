import type { MuscleData } from '../../muscleSchema';

/** Quadratus plantae: a deep muscle of the sole that refers sharp pain to the heel pad, a plantar-fasciitis mimic. */
const muscle: MuscleData = {
  id: 'quadratus-plantae',
  name: 'Quadratus plantae',
  synonyms: ['flexor accessorius', 'deep intrinsic foot muscles', 'quadratus plantae muscle'],
  aliases: ['flexor-accessorius'],
  region: 'foot',
  anatomy: {
    origin: 'Two heads from the inner and outer sides of the underside of the heel bone.',
    insertion: 'The outer edge of the long toe flexor tendon (flexor digitorum longus) before it divides; it lies deep to the flexor digitorum brevis.',
    innervation: 'Lateral plantar nerve (S2-S3).',
    actions: ['Straightens the slanted pull of the long toe flexor so that the small toes curl in line, and helps curl them.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'In plantar heel pain, active quadratus plantae trigger points were the most frequent (20 of 35 patients, Ortega-Santiago 2020); in plantar fasciopathy they were found on the painful side in 83% (Thummar 2020).',
      name: 'TrP (in front of the heel pad)',
      location: { landmark: 'heel_plantar', toward: 'ball_of_foot', t: 0.25, offset: [-0.006, 0, 0] },
      landmarks: ['heel_plantar', 'instep'],
      description: 'Deep in the sole just in front of the heel pad, slightly to the inner side of the middle, at the back edge of the arch.',
      palpation:
        'Sitting with the foot across the other knee, the foot relaxed and slightly pointed, press a thumb firmly and deeply into the sole just in front of the heel pad. The spot is very tender and reproduces the heel pain. The plantar fascia attaches at the same place; depth and the reproduced heel pain tell them apart.',
      zones: [
        {
          kind: 'essential',
          description: 'The underside of the heel, strongly.',
          shapes: [{ shape: 'disc', center: 'heel_plantar', radius: 0.028 }],
        },
        {
          kind: 'spillover',
          description: 'Sometimes a little forward into the back of the arch.',
          uncertain: 'From one clinic page (integrativeworks); not confirmed.',
          shapes: [{ shape: 'stroke', path: ['heel_plantar', { landmark: 'heel_plantar', toward: 'instep', t: 0.55 }], width: 0.035 }],
        },
      ],
      uncertain: 'How to tell it apart from the plantar fascia attachment at the same spot is not confirmed.',
    },
  ],
  activatingFactors: [
    'Stepping on uneven or protruding ground.',
    'Walking or running barefoot or in unsupportive shoes.',
    'Laces so tight that the foot slides in the shoe; a blow to the heel.',
  ],
  perpetuatingFactors: ['Over-pronating feet and long standing (not confirmed).'],
  selfCare: {
    pressureRelease:
      'Sitting, put a golf ball or small hard ball just in front of the heel and press slowly and steadily, or use the knob of a massage cane. Do not stand on the ball if your feet are numb (diabetic nerve damage): then only light pressure, seated, and only if the diabetes foot team agrees.',
    stretch: 'Pull the toes up (extension) with the ankle brought up: a hand under the toes, or the toes propped against a wall.',
    other: ['A heel cup or a stiff-soled shoe often eases the pain.'],
    cautions: [
      'Heel pain worst at night or at rest, or pain when the sides of the heel are squeezed, needs assessment (stress fracture of the heel bone, inflammatory arthritis or, rarely, a tumour).',
      'Burning or tingling in the heel or sole may be a pressed nerve (tarsal tunnel or Baxter\'s nerve): see a clinician.',
      'A sudden pop or tearing pain under the heel or arch with bruising may be a torn plantar fascia: stop rolling and get it assessed.',
      'With diabetes, any wound, warmth or swelling of the sole needs same-day care (possible diabetic foot infection).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['numb skin in diabetes', 'lateral plantar nerve'],
      caution:
        'With diabetic nerve damage (neuropathy) do not stand or roll on the ball: seated, light pressure only, and only if the diabetes foot team agrees; check the skin afterwards. Stop at once with a sudden pop or tearing pain under the heel (possible torn plantar fascia), and move if burning or tingling appears.',
    },
    {
      technique: 'palpation',
      near: ['numb skin in diabetes', 'lateral plantar nerve'],
      caution: 'Firm pressure is needed to reach this deep muscle: not on a numb foot (diabetic nerve damage) without the foot team\'s agreement, and move if burning or tingling runs into the sole.',
    },
  ],
  mistakenFor: [
    'Plantar fasciitis and heel spur (Davies: trigger points at the usual test site for plantar fasciitis are often overlooked)',
    'Heel fat-pad syndrome',
    'Calcaneal stress fracture',
    'Baxter\'s nerve entrapment (the first branch of the lateral plantar nerve)',
    'Soleus TrP1 heel pain (which runs up the Achilles and stiffens the ankle, while quadratus plantae pain stays on the sole)',
    'Tibialis posterior spillover',
  ],
  sources: ['ts-1992', 'brainscape-trp-cards', 'integrativeworks', 'davies-2013', 'ortega-santiago-2020', 'thummar-2020', 'nice-ng19-diabetic-foot', 'atlas-safety-review'],
  notes: [
    'Sharp heel pain on weight-bearing and when the foot twists on uneven ground. The soleus and quadratus plantae are often active together.',
    'Plantar heel pain (35 patients against 35 controls, Ortega-Santiago 2020): 4 ± 3 trigger points per patient; the controls had latent ones only. More active trigger points went with more foot pain and disability.',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 27 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
