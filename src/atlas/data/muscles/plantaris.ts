import type { MuscleData } from '../../muscleSchema';

/** Plantaris: a small, sometimes missing muscle behind the knee whose trigger point refers to the back of the knee and upper calf. */
const muscle: MuscleData = {
  id: 'plantaris',
  name: 'Plantaris',
  synonyms: ['plantaris muscle'],
  region: 'knee',
  anatomy: {
    origin: 'Lower outer ridge above the outer knuckle of the thighbone (lateral supracondylar line) and the back of the knee capsule; a small belly about a finger long, just inside the outer head of the gastrocnemius.',
    insertion: 'A long thin tendon between the gastrocnemius and the soleus to the inner side of the Achilles tendon and heel bone.',
    innervation: 'Tibial nerve (S1-S2).',
    actions: ['Weakly bends the knee and points the foot; sometimes described as mainly a sensing (proprioceptive) muscle.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'occasional',
      prevalenceNote:
        'Occasional: the sources give this muscle a brief section with no frequency, it is missing in some people (often quoted as about 1 in 10, not confirmed), and the pain behind the knee is usually put down first to the popliteus and the gastrocnemius.',
      name: 'TrP (back of the knee, outer side)',
      location: { landmark: 'popliteal', offset: [0.02, 0, 0] },
      landmarks: ['popliteal', 'fibular_head'],
      description: 'In the hollow behind the knee, just to the outer side of the middle, in the small belly beside the outer head of the gastrocnemius, at or just below the knee crease.',
      palpation:
        "Clinician's examination: with the patient lying face down and the knee slightly bent, light flat pressure just outside the central bundle of vessels and nerve, keeping inside the common fibular nerve at the outer edge of the hollow.",
      clinicianOnly:
        'The belly lies between the two nerves of the hollow behind the knee: the tibial nerve with the popliteal artery and vein in the middle, and the common fibular nerve at the outer edge. Do not press in the hollow behind the knee yourself; use the straight-knee calf stretch and heat.',
      zones: [
        {
          kind: 'essential',
          description: 'A small patch, 2-3 cm across, at the back of the knee.',
          shapes: [{ shape: 'disc', center: 'popliteal', radius: 0.016 }],
        },
        {
          kind: 'spillover',
          description: 'Sometimes spreading 5-10 cm down into the upper calf, occasionally to mid-calf.',
          shapes: [{ shape: 'stroke', path: ['popliteal', { landmark: 'popliteal', toward: 'calf', t: 0.5 }], width: 0.05 }],
        },
      ],
      uncertain:
        'The exact site is not confirmed. Two secondary pages (a Niel-Asher blog, muscle-joint-pain) say the pain occasionally reaches the big toe; the summaries of Travell & Simons do not, and it is not drawn.',
    },
  ],
  activatingFactors: [
    'A sudden stretch of knee and ankle together, as when stepping into a hole or missing a stair.',
    'Stair climbing.',
  ],
  perpetuatingFactors: [
    'High heels; flat feet.',
    'Splinting after a fracture; long drives; sitting with the back of the legs on a chair edge (Niel-Asher).',
  ],
  selfCare: {
    pressureRelease:
      'No self-pressure in the hollow behind the knee: the vessels and nerves run through it. Use heat over the back of the knee and the stretch instead.',
    stretch: 'Straight-knee calf stretch, as for the gastrocnemius: hands on a wall, the affected leg straight behind you with the heel down, lean forward until the calf stretches.',
    other: [],
    cautions: [
      'A swollen calf needs a medical check before any treatment (possible clot in a deep vein, or a burst Baker\'s cyst).',
      'A sudden sharp calf pain during push-off ("tennis leg") is usually a tear of the inner calf muscle, sometimes a torn plantaris tendon: get it assessed.',
      'A lump behind the knee that pulses needs a medical check.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['popliteal artery', 'popliteal vein', 'tibial nerve', 'common fibular nerve'],
      caution:
        'For a clinician only: never press into the middle of the hollow behind the knee (popliteal artery and vein, tibial nerve), and keep inside the common fibular nerve at its outer edge. Rule out a clot or a burst Baker\'s cyst when the calf is swollen.',
    },
    {
      technique: 'pressure-release',
      near: ['popliteal artery', 'popliteal vein', 'tibial nerve', 'common fibular nerve'],
      caution:
        'No self-pressure, ball or roller in the hollow behind the knee (popliteal artery and vein and tibial nerve in the middle, common fibular nerve at the outer edge). A swollen, warm or tender calf, or a pulsing lump behind the knee, needs a doctor, not treatment.',
    },
  ],
  mistakenFor: [
    'Baker\'s cyst',
    'Gastrocnemius strain or "tennis leg"',
    'Hamstring (biceps femoris) tendinopathy',
    'Deep-vein thrombosis',
    'Achilles tendinopathy (inner side of the tendon)',
  ],
  sources: ['ts-1992', 'niel-asher', 'triggerpoints3d', 'muscle-joint-pain', 'thewellnessdigest', 'atlas-safety-review'],
  notes: [
    'The self-pressure in the hollow behind the knee that some self-help pages describe is left out on purpose: the belly lies between the two nerves of the hollow.',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 22 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
