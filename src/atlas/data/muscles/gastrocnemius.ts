import type { MuscleData } from '../../muscleSchema';

/** Gastrocnemius: the main calf muscle, a source of instep pain, back-of-knee pain and night calf cramps. */
const muscle: MuscleData = {
  id: 'gastrocnemius',
  name: 'Gastrocnemius',
  synonyms: ['calf muscle', 'gastroc'],
  region: 'leg',
  anatomy: {
    origin: 'Medial head: posterior surface of the medial femoral condyle. Lateral head: posterior surface of the lateral femoral condyle.',
    insertion: 'Calcaneus, via the Achilles tendon.',
    innervation: 'Tibial nerve (S1-S2).',
    actions: [
      'Plantar flexes the ankle.',
      'Flexes the knee.',
      'Controls the knee and ankle eccentrically during walking.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp1',
      prevalence: 'common',
      name: 'TrP1 (medial head)',
      location: { landmark: 'calf', toward: 'popliteal', t: 0.45, offset: [-0.025, 0, 0] },
      landmarks: ['calf', 'popliteal'],
      description: 'The most common one: in the inner (medial) head of the calf muscle, slightly higher than the middle of the inner calf bulge.',
      palpation:
        'Lying face down with the foot supported, or sitting with the leg up, squeeze or press the upper inner calf bulge, feeling for a tight, tender band.',
      zones: [
        {
          kind: 'essential',
          description: 'The instep: the middle of the sole under the inner arch of the same foot.',
          shapes: [{ shape: 'disc', center: 'instep', radius: 0.04 }],
        },
        {
          kind: 'spillover',
          description: 'A strip from the lower back of the thigh, across the hollow of the knee and on down the back and inner side of the calf to the ankle.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'popliteal', toward: 'thigh_posterior', t: 0.4 },
                'popliteal',
                { landmark: 'calf', offset: [-0.02, 0, 0] },
                { landmark: 'medial_malleolus', toward: 'achilles', t: 0.5 },
              ],
              width: 0.05,
            },
          ],
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      name: 'TrP2 (lateral head)',
      location: { landmark: 'calf', toward: 'popliteal', t: 0.45, offset: [0.025, 0, 0] },
      landmarks: ['calf', 'popliteal', 'fibular_head'],
      description: 'In the outer head of the calf muscle, at about the same height as TrP1.',
      palpation: 'Press or squeeze the upper outer calf bulge at the same height as TrP1.',
      zones: [
        {
          kind: 'essential',
          description: 'Local pain around the trigger point in the back and outer side of the calf.',
          uncertain:
            'NAMTPT describes gastrocnemius referral differently: behind the knee, down the outer side of the leg below the knee, and the instep.',
          shapes: [
            {
              shape: 'disc',
              center: { landmark: 'calf', toward: 'popliteal', t: 0.45, offset: [0.025, 0, 0] },
              radius: 0.05,
            },
          ],
        },
      ],
    },
    {
      id: 'trp3-4-medial',
      prevalence: 'common',
      name: 'TrP3/TrP4 (behind the medial condyle)',
      location: { landmark: 'popliteal', offset: [-0.03, 0.03, 0] },
      landmarks: ['popliteal'],
      description: 'High, near the knee, where the inner head attaches behind the thighbone: the upper inner border of the hollow at the back of the knee.',
      palpation: 'With the knee slightly bent, press at the upper inner corner of the hollow behind the knee.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the knee.',
          shapes: [{ shape: 'disc', center: 'popliteal', radius: 0.05 }],
        },
      ],
    },
    {
      id: 'trp3-4-lateral',
      prevalence: 'common',
      name: 'TrP3/TrP4 (behind the lateral condyle)',
      location: { landmark: 'popliteal', offset: [0.03, 0.03, 0] },
      landmarks: ['popliteal', 'fibular_head'],
      description: 'High, near the knee, where the outer head attaches behind the thighbone: the upper outer border of the hollow at the back of the knee.',
      palpation: 'With the knee slightly bent, press at the upper outer corner of the hollow behind the knee.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the knee.',
          shapes: [{ shape: 'disc', center: 'popliteal', radius: 0.05 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'Climbing hills or stairs, running uphill.',
    'Cycling with the saddle too low.',
    'Chilling of the calf.',
  ],
  perpetuatingFactors: [
    'High heels.',
    'Long periods with the foot pointed (sleeping with the toes pointed, long drives with the foot on the pedal).',
    'Immobilisation in a cast.',
    'Tight elastic socks.',
  ],
  selfCare: {
    pressureRelease:
      'Press with the thumbs or roll the calf with a rolling pin or foam roller, pausing on tender spots until they ease.',
    stretch: 'Wall calf stretch: hands on the wall, the affected leg straight behind you with the heel down, lean forward.',
    other: ['At night, keep the bedclothes from pushing the toes into a pointed position.'],
    cautions: [
      'Swelling, redness, warmth or tenderness of the calf, especially after surgery, a long journey or immobilisation, can be a deep-vein thrombosis: get urgent medical care and do not massage the calf.',
      'A sudden sharp pain in the calf during sport, as if kicked, needs a medical check (possible muscle tear).',
      'Calf pain that comes on with walking and goes with rest needs a check of the circulation.',
      'Numbness, weakness, or pain after a fall or injury needs assessment by a clinician.',
    ],
  },
  techniqueCautions: [],
  mistakenFor: [
    'S1 radiculopathy',
    'Tennis leg (partial tear of the medial head)',
    'Thrombophlebitis or deep-vein thrombosis (must be excluded)',
    'Baker\'s cyst',
    'Back-of-knee or meniscal problems',
    'Intermittent claudication',
    'Plantar fasciitis (instep pain)',
  ],
  sources: ['ts-1992', 'namtpt'],
  notes: [
    'Night calf cramps are linked especially with trigger points in the medial head, even latent ones.',
    'Disagreement: NAMTPT describes the referral as behind the knee, the outer side of the leg below the knee, and the instep.',
    'The sources consulted do not say which of the two high trigger points near the knee is TrP3 and which is TrP4, so both are labelled TrP3/TrP4.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
