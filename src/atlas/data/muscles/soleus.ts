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
      prevalenceNote: 'The sources name TrP1 the most common soleus trigger point (reference section 26, from T&S Vol. 2); Davies calls the soleus the main muscular cause of heel pain, its zone.',
      name: 'TrP1 (lower, medial)',
      location: { landmark: 'achilles', toward: 'calf', t: 0.2, offset: [-0.02, 0, 0] },
      landmarks: ['achilles', 'heel', 'medial_malleolus'],
      description:
        'The most common one: where the muscle belly ends low in the calf, a few centimetres above the heel, just to the inner side of the Achilles tendon.',
      palpation:
        'Sitting with the knee bent and the foot relaxed, press just inside the Achilles tendon where the muscle ends, a few finger-widths above the heel. Press on the muscle beside the tendon, not into the groove behind the inner ankle bone.',
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
          description: 'A little further around it, onto the back of the ankle and the back of the foot; not out to the ankle bones.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'achilles', toward: 'calf', t: 0.15 }, 'achilles', 'heel'],
              width: 0.06,
            },
          ],
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      prevalenceNote:
        'The sources name TrP1 the most common soleus trigger point and TrP3 rare, but give no figure for TrP2; it is counted as common.',
      name: 'TrP2 (upper, lateral)',
      location: { landmark: 'fibular_head', toward: 'calf', t: 0.3, offset: [0, -0.01, 0] },
      landmarks: ['fibular_head', 'calf', 'popliteal'],
      description: 'High in the upper outer calf, just below the head of the fibula (the bony knob on the outer side below the knee), deep under the outer head of the gastrocnemius.',
      palpation:
        "Clinician's examination: with the patient lying on the side or face down and the knee bent, the soleus is felt through the back of the upper outer calf, below the head of the fibula and inward of the bone, pressing into the muscle and keeping off the neck of the fibula just below its head, where the common fibular nerve winds around it.",
      clinicianOnly:
        'This trigger point lies just below the head of the fibula, close to the neck of the bone, where the common fibular nerve winds around it under the skin; pressure there can bruise the nerve (tingling or numbness on the top of the foot, a weak foot). Do not press right under the bony knob yourself. For self-care, press into the calf bulge inward of the fibula starting about a hand\'s breadth below the knob, and use the bent-knee calf stretch.',
      zones: [
        {
          kind: 'essential',
          description: 'The upper half of the calf, from just below the knee down to about mid-calf.',
          shapes: [
            { shape: 'stroke', path: [{ landmark: 'popliteal', toward: 'calf', t: 0.3 }, { landmark: 'popliteal', toward: 'calf', t: 0.7 }], width: 0.09 },
          ],
        },
      ],
    },
    {
      id: 'trp3',
      prevalence: 'rare',
      prevalenceNote: 'The reference (section 26, T&S Vol. 2) calls TrP3 rare.',
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
      'Press or massage the lower inner calf with the thumbs, or rest the calf on a ball, holding on tender spots until they ease. Stay on the muscle above the ankle, not in the groove behind the inner ankle bone. Higher up, press into the calf bulge inward of the fibula, starting about a hand\'s breadth below the bony knob on the outer side of the knee: not just under the knob, where a nerve winds around the bone.',
    stretch: 'Wall calf stretch with the knee bent: hands on the wall, the affected foot flat behind you, bend the knee and lean forward until you feel the lower calf stretch.',
    other: ['If your feet do not reach the floor comfortably when sitting, use a footstool.'],
    cautions: [
      'Swelling, redness, warmth or tenderness of the calf, especially after surgery, a long journey or immobilisation, can be a deep-vein thrombosis: get urgent medical care and do not massage the calf.',
      'A sudden snap or blow felt at the back of the ankle, with difficulty pushing off, needs urgent assessment (possible Achilles tendon rupture).',
      'Sudden calf swelling after swelling behind the knee (possible ruptured Baker\'s cyst) needs a medical check.',
      'Numbness, weakness, a foot that drags, or pain after a fall or injury needs assessment by a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['trp1'],
      near: ['tibial nerve', 'posterior tibial artery'],
      caution:
        'Press on the muscle beside the Achilles tendon, not into the groove between the tendon and the inner ankle bone, where the tibial nerve and artery run down to the foot. Move if tingling or burning runs into the sole.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['trp3'],
      near: ['sural nerve', 'small saphenous vein'],
      caution: 'A skin nerve and a vein run along the outer side of the Achilles tendon: press gently, and move if tingling runs into the outer side of the foot.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['trp2'],
      near: ['common fibular nerve'],
      caution:
        'Not for self-pressure: the common fibular nerve winds around the neck of the fibula, just below its bony knob, next to this trigger point. Work the calf bulge inward of the fibula from about a hand\'s breadth below the knob instead, and stop if tingling or an electric feeling runs down the outer leg or onto the top of the foot.',
    },
    {
      technique: 'pressure-release',
      near: ['deep calf veins', 'varicose veins', 'tibial nerve', 'common fibular nerve'],
      caution:
        'Do not massage or put a ball under a calf that is swollen, warm, red or tender (possible clot): get urgent medical care. No deep calf pressure after a clot in the leg, on blood thinners, in pregnancy or the weeks after childbirth, or in the weeks after leg surgery or a cast; not over varicose veins. In the upper outer calf, start about a hand\'s breadth below the bony knob of the fibula, never just under it (common fibular nerve); move off if tingling runs onto the top of the foot.',
    },
  ],
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
  sources: ['ts-1992', 'davies-2013', 'niel-asher', 'fpnotebook'],
  notes: [
    'Davies regards the soleus as the primary cause of heel pain.',
    'TrP2 lies just below the head of the fibula, next to the neck of the bone, where the common fibular nerve winds around it; following the checked reference notes for the neighbouring fibular (peroneal) muscles and toe extensors, self-pressure starts about a hand\'s breadth below the bony knob, and the trigger point itself is left to a clinician.',
    'One secondary source mentions referral to the jaw as a rare, extreme case; this is anecdotal and not drawn.',
    'TrP1 spillover is drawn as a band just around the back of the heel and the lower Achilles tendon ("a little onto the posterior ankle and foot", reference section 26); it does not reach the ankle bones on either side.',
    'Sources: T&S Vol. 2 as summarised by Niel-Asher and fpnotebook (heel and sacroiliac joint), and Davies, per reference section 26.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
