import type { Anchor, MuscleData } from '../../muscleSchema';

// The outer side of the knee, just above the joint line and in front of the fibular head.
const OUTER_KNEE: Anchor = { landmark: 'fibular_head', toward: 'patella', t: 0.25, offset: [0, 0.03, 0] };

/** Vastus lateralis: the outer quadriceps, with many trigger points causing outer-thigh and outer-knee pain and a "stuck" kneecap. */
const muscle: MuscleData = {
  id: 'vastus-lateralis',
  name: 'Vastus lateralis',
  synonyms: ['lateral vastus', 'outer quadriceps', 'quads'],
  region: 'thigh',
  anatomy: {
    origin:
      'Upper intertrochanteric line, anterior and inferior borders of the greater trochanter, lateral lip of the gluteal tuberosity and linea aspera, lateral intermuscular septum.',
    insertion:
      'Lateral border of the patella and the quadriceps tendon (to the tibial tuberosity via the patellar ligament), and the lateral retinaculum.',
    innervation: 'Femoral nerve (L2-L4).',
    actions: ['Extends the knee.', 'Pulls the patella laterally.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'distal-anterior',
      prevalence: 'common',
      prevalenceNote: 'The reference (section 27) gives the groups of trigger points without saying which is found more often; kept common.',
      name: 'Distal anterior TrP',
      location: { landmark: 'patella', offset: [0.04, 0.06, 0] },
      landmarks: ['patella', 'thigh_lateral'],
      description: 'Just above and to the outer side of the kneecap.',
      palpation: 'Lying on your back with the leg relaxed, press just above and outside the upper outer corner of the kneecap.',
      zones: [
        {
          kind: 'essential',
          description: 'Along the outer edge of the kneecap and the outer knee. It goes with a kneecap that feels stuck, and difficulty straightening the knee and walking.',
          shapes: [
            { shape: 'disc', center: { landmark: 'patella', offset: [0.03, 0, 0] }, radius: 0.035 },
            { shape: 'disc', center: OUTER_KNEE, radius: 0.035 },
          ],
        },
      ],
    },
    {
      id: 'distal-posterolateral',
      prevalence: 'common',
      prevalenceNote: 'The reference (section 27) gives the groups of trigger points without saying which is found more often; kept common.',
      name: 'Distal posterolateral TrP',
      location: { landmark: 'thigh_lateral', toward: 'fibular_head', t: 0.65, offset: [0, 0, -0.02] },
      landmarks: ['thigh_lateral', 'fibular_head', 'popliteal'],
      description: 'On the back part of the outer thigh, just above the outer side of the knee.',
      palpation:
        'Lying on the other side, press into the back edge of the outer thigh a hand-width above the knee, in front of the hamstring tendon at the back of the thigh.',
      zones: [
        {
          kind: 'essential',
          description: 'The outer knee and the outer part of the back of the knee.',
          shapes: [
            { shape: 'disc', center: OUTER_KNEE, radius: 0.04 },
            { shape: 'disc', center: { landmark: 'popliteal', toward: 'fibular_head', t: 0.5 }, radius: 0.035 },
          ],
        },
      ],
    },
    {
      id: 'mid-thigh',
      prevalence: 'common',
      prevalenceNote: 'The reference (section 27) gives the groups of trigger points without saying which is found more often; kept common.',
      name: 'Mid-thigh TrP',
      location: { landmark: 'thigh_lateral', offset: [0, 0, -0.02] },
      landmarks: ['thigh_lateral'],
      description: 'On the back part of the outer thigh at about mid-thigh, under the iliotibial band.',
      palpation: 'Lying on the other side, press or roll along the outer thigh about halfway between hip and knee, slightly toward the back.',
      zones: [
        {
          kind: 'essential',
          description: 'The whole length of the outer thigh, up toward the bony bump of the hip, and the outer knee.',
          shapes: [
            { shape: 'stroke', path: [{ landmark: 'trochanterion', offset: [0, 0.03, 0] }, 'thigh_lateral', OUTER_KNEE], width: 0.07 },
          ],
        },
      ],
    },
    {
      id: 'proximal',
      prevalence: 'common',
      prevalenceNote: 'The reference (section 27) gives the groups of trigger points without saying which is found more often; kept common.',
      name: 'Proximal TrP',
      location: { landmark: 'trochanterion', toward: 'thigh_lateral', t: 0.3 },
      landmarks: ['trochanterion', 'thigh_lateral'],
      description: 'High on the outer thigh, toward the bony bump of the hip (greater trochanter).',
      palpation: 'Lying on the other side, press along the outer thigh a few finger-widths below the bony bump of the hip.',
      zones: [
        {
          kind: 'essential',
          description: 'The upper outer thigh toward the bony bump of the hip.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'trochanterion', offset: [0, 0.03, 0] }, { landmark: 'trochanterion', toward: 'thigh_lateral', t: 0.75 }],
              width: 0.07,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Sudden overload while the muscle is lengthening: a misstep, a fall, skiing.',
    'A blow to, or injections into, the outer thigh.',
    'Deep squats and lunges; running.',
  ],
  perpetuatingFactors: ['Keeping the knee straight and still for a long time (immobilisation).', 'Sitting with the legs crossed.'],
  selfCare: {
    pressureRelease:
      'Roll the outer thigh on a foam roller or a ball, or use a rolling pin, pausing on tender spots until they ease. Stay on the outer thigh, above the knee.',
    stretch:
      'Bend the knee, drawing the heel toward the buttock, and at the same time bring the thigh inward across the body. After a hip or knee replacement, ask your surgeon or physiotherapist first: bringing the leg across the body is a position to avoid after some hip operations.',
    other: ['Avoid sitting with the legs crossed and keeping the knee straight and still for long periods.'],
    cautions: [
      'Swelling, redness or warmth of the calf or thigh (possible deep-vein thrombosis) needs urgent medical care.',
      'A swollen knee after an injury, a knee that locks or gives way, or a hot, red knee with fever needs a medical check.',
      'Numbness, tingling or weakness in the leg, or pain after a fall or injury, needs assessment by a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['distal-posterolateral'],
      near: ['common fibular nerve'],
      caution:
        'The common fibular nerve runs just inside the outer hamstring tendon at the back of the lower thigh and knee. Stay in front of that tendon and above the knee, and move if tingling runs down the outer leg or into the foot.',
    },
    {
      technique: 'pressure-release',
      near: ['common fibular nerve'],
      caution:
        'Roll the outer thigh only, not the outer corner of the back of the knee or the bony knob below the outer knee, where the common fibular nerve lies close under the skin. On blood thinners, after a clot in the leg, or over varicose veins, no roller or rolling pin.',
    },
  ],
  mistakenFor: [
    'Iliotibial band friction syndrome',
    'Trochanteric bursitis',
    'Patellofemoral pain / chondromalacia',
    'Lateral meniscus tear',
    'Meralgia paresthetica (lateral femoral cutaneous nerve entrapment)',
    'L3-L4 radiculopathy',
  ],
  sources: ['ts-1992', 'namtpt', 'niel-asher'],
  notes: [
    'The trigger points are scattered over the outer thigh under the iliotibial band; the four drawn here are the groups the sources describe.',
    'Pain when lying on the affected side disturbs sleep.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
