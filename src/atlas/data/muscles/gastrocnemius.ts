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
      prevalenceNote: 'The sources name TrP1 the most common gastrocnemius trigger point (reference section 25, from T&S Vol. 2).',
      name: 'TrP1 (medial head, lower)',
      location: { landmark: 'calf', toward: 'popliteal', t: 0.45, offset: [-0.025, 0, 0] },
      landmarks: ['calf', 'popliteal'],
      description:
        'The most common one, and the lower of the two in the inner (medial) head: in the belly of the inner calf, a little above the middle of the inner calf bulge. Night calf cramps go especially with trigger points in the inner head.',
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
      prevalenceNote:
        'The reference ranks TrP1 first but gives no lower frequency for TrP2, so it is kept common; NAMTPT also describes pain below the knee on the outer side of the leg, where this one refers.',
      name: 'TrP2 (lateral head, lower)',
      location: { landmark: 'calf', toward: 'popliteal', t: 0.45, offset: [0.025, 0, 0] },
      landmarks: ['calf', 'popliteal', 'fibular_head'],
      description: 'The lower of the two in the outer (lateral) head: in the belly of the outer calf, at about the same height as TrP1.',
      palpation: 'Press or squeeze the upper outer calf bulge at the same height as TrP1.',
      zones: [
        {
          kind: 'essential',
          description: 'Local pain over the belly of the outer head: the back and outer side of the calf around the trigger point, down to mid-calf.',
          uncertain:
            'NAMTPT describes gastrocnemius referral differently: behind the knee, down the outer side of the leg below the knee, and the instep. The extent of the local patch is drawn from the words "around the trigger point in the back and outer calf" (reference section 25), not from the figure.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'calf', toward: 'popliteal', t: 0.7, offset: [0.025, 0, 0] },
                { landmark: 'calf', toward: 'popliteal', t: 0.45, offset: [0.025, 0, 0] },
                { landmark: 'calf', offset: [0.012, 0, 0] },
              ],
              width: 0.07,
            },
          ],
        },
      ],
    },
    {
      id: 'trp3',
      prevalence: 'common',
      prevalenceNote: 'No frequency is given for the two high trigger points near the knee; kept common (back-of-knee pain is a usual gastrocnemius complaint, NAMTPT).',
      name: 'TrP3 (medial head, upper)',
      location: { landmark: 'popliteal', offset: [-0.03, 0.03, 0] },
      landmarks: ['popliteal'],
      description:
        'The upper one in the inner (medial) head: high, near the knee, where the inner head attaches behind the thighbone, at the upper inner border of the hollow at the back of the knee.',
      palpation:
        'With the knee slightly bent, press on the firm muscle against the bone at the upper inner corner of the hollow behind the knee. Stay on that bony edge: never press into the soft middle of the hollow.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the knee.',
          shapes: [{ shape: 'disc', center: 'popliteal', radius: 0.05 }],
        },
      ],
      uncertain:
        'The reference places one high trigger point in each head but does not say which is numbered TrP3 and which TrP4; the atlas numbers the medial one first, as T&S do for TrP1 (medial) and TrP2 (lateral).',
    },
    {
      id: 'trp4',
      prevalence: 'common',
      prevalenceNote: 'No frequency is given for the two high trigger points near the knee; kept common (back-of-knee pain is a usual gastrocnemius complaint, NAMTPT).',
      name: 'TrP4 (lateral head, upper)',
      location: { landmark: 'popliteal', offset: [0.03, 0.03, 0] },
      landmarks: ['popliteal', 'fibular_head'],
      description:
        'The upper one in the outer (lateral) head: high, near the knee, where the outer head attaches behind the thighbone, at the upper outer border of the hollow at the back of the knee.',
      palpation:
        'With the knee slightly bent, press on the firm muscle against the bone at the upper outer corner of the hollow behind the knee, just inside the hamstring tendon. Stay on that bony edge: never press into the soft middle of the hollow.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the knee.',
          shapes: [{ shape: 'disc', center: 'popliteal', radius: 0.05 }],
        },
      ],
      uncertain:
        'The reference places one high trigger point in each head but does not say which is numbered TrP3 and which TrP4; the atlas numbers the lateral one second, as T&S do for TrP1 (medial) and TrP2 (lateral).',
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
      'Press with the thumbs or roll the calf with a rolling pin or foam roller, pausing on tender spots until they ease. Work the bulk of the calf from a hand-width below the knee crease downward; do not roll into the hollow behind the knee.',
    stretch: 'Wall calf stretch: hands on the wall, the affected leg straight behind you with the heel down, lean forward.',
    other: ['At night, keep the bedclothes from pushing the toes into a pointed position.'],
    cautions: [
      'Swelling, redness, warmth or tenderness of the calf, especially after surgery, a long journey or immobilisation, can be a deep-vein thrombosis: get urgent medical care and do not massage the calf.',
      'A sudden sharp pain in the calf during sport, as if kicked, needs a medical check (possible muscle tear).',
      'Calf pain that comes on with walking and goes with rest needs a check of the circulation.',
      'A lump behind the knee that pulses, or swelling there followed by a swollen calf, needs a medical check (possible popliteal artery aneurysm or Baker\'s cyst).',
      'Numbness, weakness, or pain after a fall or injury needs assessment by a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['trp3', 'trp4'],
      near: ['popliteal artery', 'popliteal vein', 'tibial nerve', 'common fibular nerve'],
      caution:
        'Press only on the upper inner and outer corners of the hollow, against the bone. The middle of the hollow holds the popliteal artery and vein and the tibial nerve; the common fibular nerve runs along its outer edge, just inside the hamstring tendon. Stop and move if tingling or an electric feeling runs down the leg. A pulsing lump behind the knee, or a swollen, warm or tender calf: do not press, and see a doctor. Not on blood thinners, after a clot in the leg, or in the weeks after knee surgery without your surgeon\'s agreement.',
    },
    {
      technique: 'pressure-release',
      near: ['deep calf veins', 'varicose veins', 'popliteal artery', 'tibial nerve'],
      caution:
        'Do not massage or roll a calf that is swollen, warm, red or tender (possible clot): get urgent medical care. No deep calf pressure after a clot in the leg, on blood thinners, in pregnancy or the weeks after childbirth, or in the weeks after leg surgery or a cast; not over varicose veins. Keep off the hollow behind the knee.',
    },
  ],
  mistakenFor: [
    'S1 radiculopathy',
    'Tennis leg (partial tear of the medial head)',
    'Thrombophlebitis or deep-vein thrombosis (must be excluded)',
    'Baker\'s cyst',
    'Back-of-knee or meniscal problems',
    'Intermittent claudication',
    'Plantar fasciitis (instep pain)',
  ],
  sources: ['ts-1992', 'namtpt', 'fpnotebook'],
  notes: [
    'Night calf cramps are linked especially with trigger points in the medial head, even latent ones.',
    'Disagreement: NAMTPT describes the referral as behind the knee, the outer side of the leg below the knee, and the instep.',
    'Numbering: TrP1 and TrP2 are the lower pair, in the bellies of the inner and outer heads; TrP3 and TrP4 the upper pair near the knee, in the inner and outer heads. The reference does not confirm which of the upper pair T&S number 3 and which 4 (see the trigger points).',
    'Sources: T&S Vol. 2 as summarised by NAMTPT and fpnotebook (calf and instep), per reference section 25.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
