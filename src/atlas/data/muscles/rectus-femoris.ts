import type { MuscleData } from '../../muscleSchema';

/** Rectus femoris: a two-joint quadriceps muscle whose trigger point high in the thigh causes deep knee pain far from the spot. */
const muscle: MuscleData = {
  id: 'rectus-femoris',
  name: 'Rectus femoris',
  synonyms: ['quadriceps (rectus femoris)', 'quads'],
  region: 'thigh',
  anatomy: {
    origin: 'Anterior inferior iliac spine (straight head) and the groove above the acetabulum (reflected head).',
    insertion: 'Base of the patella via the quadriceps tendon, then the tibial tuberosity via the patellar ligament.',
    innervation: 'Femoral nerve (L2-L4).',
    actions: ['Extends the knee.', 'Flexes the hip (a two-joint muscle).'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'proximal',
      prevalence: 'common',
      prevalenceNote: 'The only trigger point the sources give for this muscle (reference section 28).',
      name: 'TrP (high, below the AIIS)',
      location: { landmark: 'asis', toward: 'thigh_anterior', t: 0.3 },
      landmarks: ['asis', 'groin', 'thigh_anterior'],
      description:
        'Near the top of the muscle, at the front of the hip joint, a short way below the lower bony point at the front of the pelvis (AIIS).',
      palpation:
        'Lying on your back with the leg relaxed, find the bony point at the front of the hip (ASIS) and press into the front of the thigh a few finger-widths straight below it, feeling for a tender band running down the thigh. Stay in line below that bony point, on the outer side, well away from the groin crease and the groin pulse.',
      zones: [
        {
          kind: 'essential',
          description: 'Around and deep inside the knee: over and around the kneecap and the lower front of the thigh just above it.',
          shapes: [
            { shape: 'disc', center: 'patella', radius: 0.05 },
            { shape: 'stroke', path: [{ landmark: 'patella', toward: 'thigh_anterior', t: 0.45 }, 'patella'], width: 0.07 },
          ],
        },
      ],
    },
  ],
  activatingFactors: ['Sudden overload: kicking, sprint starts, falls, skiing.', 'Repeated hip-flexing sports (cycling, running).'],
  perpetuatingFactors: ['Sitting for long periods.', 'High heels.'],
  selfCare: {
    pressureRelease:
      'Press with the fingertips or a ball into the upper front of the thigh a few finger-widths straight below the bony point at the front of the hip, holding on tender spots until they ease. Keep to the outer side, in line with that bony point, never in the groin crease or beside the groin pulse.',
    stretch:
      'Standing, or lying on the other side, pull the heel toward the buttock while keeping the hip straight (knee pointing down) and the pelvis tucked under. With poor balance, do it lying on your side; after a knee or hip replacement, ask your surgeon or physiotherapist first.',
    other: ['Break up long periods of sitting.'],
    cautions: [
      'A swollen, hot or red knee, fever, or a knee that gives way after an injury needs a medical check.',
      'Hip pain with a limp or inability to bear weight, or pain after a fall, needs prompt assessment.',
      'Swelling, redness or warmth of the calf or thigh (possible deep-vein thrombosis) needs urgent medical care.',
      'Numbness, tingling or weakness in the leg needs assessment by a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['femoral artery', 'femoral nerve', 'femoral vein', 'lateral femoral cutaneous nerve'],
      caution:
        'In the groin, from outside in, lie the femoral nerve, the femoral artery (the groin pulse) and the femoral vein, so the nerve is on the outer side of the pulse. Work in line below the ASIS, well to the outside of the pulse; if you feel a pulse under your fingers, or tingling or burning runs down the front of the thigh, move further out. Burning or numbness over the outer thigh means a skin nerve near the ASIS is pressed: move down a little.',
    },
    {
      technique: 'pressure-release',
      near: ['femoral artery', 'femoral nerve', 'femoral vein', 'lateral femoral cutaneous nerve'],
      caution:
        'Keep the ball or fingers on the outer side of the upper front thigh, in line below the ASIS, never in the groin crease or beside the groin pulse (femoral nerve, artery and vein). Move if you feel a pulse or tingling runs down the thigh. Do not press on a lump in the groin. No groin-area pressure on blood thinners, with a past clot in this leg, or after a procedure through the groin (such as an angiogram).',
    },
  ],
  mistakenFor: [
    'Patellofemoral pain',
    'Knee osteoarthritis',
    'Patellar tendinopathy',
    'Prepatellar bursitis',
    '"Trick knee" instability',
    'L3-L4 radiculopathy',
    'Hip joint disease',
  ],
  sources: ['ts-1992', 'fpnotebook', 'painwhisperer', 'innerouterhealth', 'aberdeen-chiropractic'],
  notes: [
    'Typical complaints are a deep ache at the front of the knee at night and the knee feeling weak or buckling when going downstairs.',
    'Because the trigger point sits high in the thigh, well away from the painful knee, it is often missed.',
    'The pattern is taken from T&S Vol. 2 as summarised by fpnotebook (kneecap and lower thigh), painwhisperer, innerouterhealth and the Aberdeen Chiropractic blog (reference section 28).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
