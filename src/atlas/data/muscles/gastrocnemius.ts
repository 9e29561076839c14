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
      name: 'TrP1 (medial head, belly)',
      location: { landmark: 'calf', toward: 'popliteal', t: 0.45, offset: [-0.025, 0, 0] },
      landmarks: ['calf', 'popliteal'],
      description:
        'The most common one: in the belly of the inner (medial) head, a little above the middle of the inner calf bulge, well below the knee. Night calf cramps go especially with trigger points in the inner head.',
      palpation:
        'Lying face down with the foot supported, or sitting with the leg up, squeeze or press the belly of the inner calf a little above the middle of its bulge, at least a hand-width below the knee crease, feeling for a tight, tender band.',
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
                { landmark: 'calf', offset: [-0.015, 0, 0] },
                { landmark: 'medial_malleolus', toward: 'achilles', t: 0.5 },
              ],
              width: 0.07,
            },
          ],
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      prevalenceNote:
        'TrP1 is the most common gastrocnemius trigger point; the sources give no figure for TrP2, so it is counted as common.',
      name: 'TrP2 (lateral head, belly)',
      location: { landmark: 'calf', toward: 'popliteal', t: 0.45, offset: [0.025, 0, 0] },
      landmarks: ['calf', 'popliteal', 'fibular_head'],
      description: 'In the belly of the outer (lateral) head, at about the same height as TrP1.',
      palpation: 'Squeeze or press the belly of the outer calf at the same height as TrP1, at least a hand-width below the knee crease.',
      zones: [
        {
          kind: 'essential',
          description: 'Local pain around the trigger point, over the back and outer side of the upper calf.',
          uncertain:
            'The sources say only "local pain around the trigger point"; the size of the patch is the atlas\'s estimate, not taken from the T&S figure. NAMTPT describes gastrocnemius referral differently: behind the knee, down the outer side of the leg below the knee, and the instep.',
          shapes: [{ shape: 'disc', center: { landmark: 'calf', toward: 'popliteal', t: 0.45, offset: [0.025, 0, 0] }, radius: 0.05 }],
        },
      ],
    },
    {
      id: 'trp3',
      prevalence: 'common',
      prevalenceNote: 'The sources give no figure for the two trigger points near the knee; they are counted as common.',
      name: 'TrP3 (medial head, near the knee)',
      location: { landmark: 'popliteal', offset: [-0.025, -0.005, 0] },
      landmarks: ['popliteal'],
      description:
        'High in the inner (medial) head, close to where it attaches behind the inner knuckle of the thighbone (medial femoral condyle), at the lower inner edge of the hollow behind the knee.',
      palpation:
        "Clinician's examination: with the patient lying face down and the knee slightly bent over a pillow, the upper end of the inner head is felt at the lower inner edge of the hollow behind the knee, with light, flat pressure that stays out of the middle of the hollow.",
      clinicianOnly:
        'This trigger point lies at the edge of the hollow behind the knee, where the popliteal artery and vein and the tibial nerve run through the middle and the common fibular nerve along the outer side. Do not press in the hollow behind the knee yourself. For self-care, use the straight-knee calf stretch and pressure on the calf belly from a hand-width below the knee crease.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the knee.',
          shapes: [{ shape: 'disc', center: 'popliteal', radius: 0.05 }],
        },
      ],
      uncertain:
        'The reference places one high trigger point in each head but does not say which is numbered TrP3 and which TrP4; the atlas numbers the medial one first, as T&S do for TrP1 (medial) and TrP2 (lateral). The reference summary calls these sites the upper borders of the hollow behind the knee; the upper borders are in fact the hamstring tendons, and the two heads of the gastrocnemius form the lower borders, so the atlas places TrP3 and TrP4 at the lower edges, close to the knuckles of the thighbone.',
    },
    {
      id: 'trp4',
      prevalence: 'common',
      prevalenceNote: 'The sources give no figure for the two trigger points near the knee; they are counted as common.',
      name: 'TrP4 (lateral head, near the knee)',
      location: { landmark: 'popliteal', offset: [0.025, -0.005, 0] },
      landmarks: ['popliteal', 'fibular_head'],
      description:
        'High in the outer (lateral) head, close to where it attaches behind the outer knuckle of the thighbone (lateral femoral condyle), at the lower outer edge of the hollow behind the knee.',
      palpation:
        "Clinician's examination: with the patient lying face down and the knee slightly bent over a pillow, the upper end of the outer head is felt at the lower outer edge of the hollow behind the knee, with light, flat pressure that stays out of the middle of the hollow and clear of the common fibular nerve, which runs along the inner edge of the outer hamstring tendon.",
      clinicianOnly:
        'This trigger point lies at the edge of the hollow behind the knee, close to the common fibular nerve on the outer side and the popliteal artery and vein and the tibial nerve in the middle. Do not press in the hollow behind the knee yourself. For self-care, use the straight-knee calf stretch and pressure on the calf belly from a hand-width below the knee crease.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the knee.',
          shapes: [{ shape: 'disc', center: 'popliteal', radius: 0.05 }],
        },
      ],
      uncertain:
        'The reference places one high trigger point in each head but does not say which is numbered TrP3 and which TrP4; the atlas numbers the lateral one second, as T&S do for TrP1 (medial) and TrP2 (lateral). The reference summary calls these sites the upper borders of the hollow behind the knee; the upper borders are in fact the hamstring tendons, and the two heads of the gastrocnemius form the lower borders, so the atlas places TrP3 and TrP4 at the lower edges, close to the knuckles of the thighbone.',
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
    stretch: 'Wall calf stretch with the knee straight: hands on the wall, the affected leg straight behind you with the heel down, lean forward until you feel the calf stretch.',
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
      triggerPoints: ['trp1', 'trp2'],
      near: ['deep calf veins', 'varicose veins'],
      caution:
        'Do not press or squeeze a calf that is swollen, warm, red or tender (possible clot in a deep vein): get urgent medical care instead. Not after a clot in the leg or on blood thinners unless your doctor agrees, and not over varicose veins. Keep the fingers on the calf belly, at least a hand-width below the knee crease.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['trp3', 'trp4'],
      near: ['popliteal artery', 'popliteal vein', 'tibial nerve', 'common fibular nerve'],
      caution:
        'No self-pressure in the hollow behind the knee: the popliteal artery and vein and the tibial nerve run through its middle, and the common fibular nerve along its outer edge, on the inner side of the outer hamstring tendon. These two trigger points are for a clinician to examine. A pulsing lump behind the knee, or a swollen, warm or tender calf, needs a doctor, not pressure.',
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
    'Numbering: TrP1 and TrP2 lie in the bellies of the inner and outer heads, a little above mid-calf; TrP3 and TrP4 lie high in the inner and outer heads, near the knee behind the knuckles of the thighbone. The reference does not confirm which of the two near the knee T&S number 3 and which 4 (see the trigger points).',
    'Self-care for this muscle is the straight-knee calf stretch and pressure on the calf belly from a hand-width below the knee crease; the two trigger points near the knee lie beside the nerves and vessels in the hollow behind the knee and are left to a clinician, as the checked reference notes advise for the other muscles of that hollow (popliteus, plantaris).',
    'Sources: T&S Vol. 2 as summarised by NAMTPT and fpnotebook (calf and instep), per reference section 25.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
