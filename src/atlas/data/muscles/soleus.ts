import type { MuscleData } from '../../muscleSchema';

/** Soleus: the deep calf muscle, a leading muscular cause of heel pain. */
const muscle: MuscleData = {
  id: 'soleus',
  name: 'Soleus',
  synonyms: ['soleus muscle', 'deep calf muscle'],
  region: 'leg',
  anatomy: {
    origin:
      'Back of the fibular head and upper third of the fibula, the soleal line and middle third of the medial border of the tibia, and the tendinous arch between them.',
    insertion: 'Calcaneus, via the Achilles tendon.',
    innervation: 'Tibial nerve (S1-S2).',
    actions: [
      'Plantar flexes the ankle, whether the knee is bent or straight.',
      'Controls forward sway of the body when standing.',
      'Acts as a venous "muscle pump" returning blood from the leg.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp1',
      prevalence: 'common',
      name: 'TrP1 (lower, medial)',
      location: { landmark: 'achilles', toward: 'calf', t: 0.2, offset: [-0.02, 0, 0] },
      landmarks: ['achilles', 'heel', 'medial_malleolus'],
      description:
        'The most common one: where the muscle belly ends low in the calf, a few centimetres above the heel, just to the inner side of the Achilles tendon.',
      palpation: 'Sitting with the knee bent and the foot relaxed, press just inside the Achilles tendon where the muscle ends, a few finger-widths above the heel.',
      zones: [
        {
          kind: 'essential',
          description: 'The back and underside of the heel and the lower part of the Achilles tendon.',
          shapes: [
            { shape: 'stroke', path: ['achilles', 'heel', { landmark: 'heel', toward: 'instep', t: 0.3, offset: [0, -0.03, 0] }], width: 0.045 },
          ],
        },
        {
          kind: 'spillover',
          description: 'A little further, onto the back of the ankle and the back of the foot.',
          shapes: [{ shape: 'disc', center: { landmark: 'achilles', toward: 'heel', t: 0.5 }, radius: 0.06 }],
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      name: 'TrP2 (upper, lateral)',
      location: { landmark: 'fibular_head', toward: 'calf', t: 0.3, offset: [0, -0.01, 0] },
      landmarks: ['fibular_head', 'calf', 'popliteal'],
      description: 'In the upper outer calf, just under the head of the fibula (the bony knob on the outer side below the knee).',
      palpation: 'Sitting with the knee bent, press into the upper outer calf just below the bony knob of the fibula.',
      zones: [
        {
          kind: 'essential',
          description: 'The upper half of the calf.',
          shapes: [
            { shape: 'stroke', path: [{ landmark: 'popliteal', toward: 'calf', t: 0.3 }, 'calf'], width: 0.09 },
          ],
        },
      ],
    },
    {
      id: 'trp3',
      prevalence: 'common',
      name: 'TrP3 (lower, lateral)',
      location: { landmark: 'achilles', toward: 'calf', t: 0.3, offset: [0.015, 0, 0] },
      landmarks: ['achilles', 'calf'],
      description: 'Slightly above and to the outer side of TrP1. Rare.',
      palpation: 'Press a little higher than TrP1 and to the outer side of the Achilles tendon.',
      zones: [
        {
          kind: 'essential',
          description: 'A small patch, about 4-5 cm across, over the sacroiliac joint on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'psis', offset: [-0.01, -0.02, 0] }, radius: 0.025 }],
        },
      ],
      uncertain: 'The exact site of TrP3 is not confirmed.',
    },
  ],
  activatingFactors: [
    'Running or jogging on hard surfaces.',
    'Walking uphill.',
    'Walking on slippery surfaces.',
  ],
  perpetuatingFactors: [
    'High heels.',
    'Chairs whose front edge presses into the back of the calf.',
    'Immobilisation of the ankle.',
    'Morton\'s foot structure (a long second toe bone).',
  ],
  selfCare: {
    pressureRelease:
      'Press or massage the lower inner calf with the thumbs, or rest the calf on a ball, holding on tender spots until they ease.',
    stretch: 'Wall calf stretch with the knee bent: hands on the wall, the affected foot flat behind you, bend the knee and lean forward until you feel the lower calf stretch.',
    other: ['If your feet do not reach the floor comfortably when sitting, use a footstool.'],
    cautions: [
      'Swelling, redness, warmth or tenderness of the calf, especially after surgery, a long journey or immobilisation, can be a deep-vein thrombosis: get urgent medical care and do not massage the calf.',
      'A sudden snap or blow felt at the back of the ankle, with difficulty pushing off, needs urgent assessment (possible Achilles tendon rupture).',
      'Sudden calf swelling after swelling behind the knee (possible ruptured Baker\'s cyst) needs a medical check.',
      'Numbness, weakness, a foot that drags, or pain after a fall or injury needs assessment by a clinician.',
    ],
  },
  techniqueCautions: [],
  mistakenFor: [
    'Plantar fasciitis',
    'Heel spur',
    'Achilles tendinopathy',
    'Calcaneal bursitis',
    'Deep-vein thrombosis or thrombophlebitis',
    'Ruptured Baker\'s cyst',
    'S1 radiculopathy',
    'Sacroiliac joint problems (TrP3)',
    'Posterior shin splints',
  ],
  sources: ['ts-1992', 'davies-2013', 'niel-asher'],
  notes: [
    'Davies regards the soleus as the primary cause of heel pain.',
    'One secondary source mentions referral to the jaw as a rare, extreme case; this is anecdotal and not drawn.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
