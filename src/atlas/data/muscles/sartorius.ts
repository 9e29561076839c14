import type { MuscleData } from '../../muscleSchema';

const PREVALENCE_NOTE =
  'Occasional: the sources say this muscle seldom causes pain on its own and is rarely seen alone, usually only together with other muscles of its group (webmanmed, quoting T&S; cheatography); no figure was found.';

/** Sartorius: the long strap muscle across the front of the thigh, with superficial, sharp or tingling pain along its course. */
const muscle: MuscleData = {
  id: 'sartorius',
  name: 'Sartorius',
  synonyms: ['tailor\'s muscle', 'tailor muscle'],
  region: 'thigh',
  anatomy: {
    origin: 'The ASIS and the notch just below it.',
    insertion: 'The upper medial surface of the tibia (pes anserinus), in front of gracilis and semitendinosus.',
    innervation: 'Femoral nerve (L2, L3).',
    actions: [
      'Flexes, abducts and laterally rotates the hip.',
      'Flexes the knee and helps turn the bent knee inward; together, the cross-legged "tailor" position.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'upper',
      prevalence: 'occasional',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Upper TrP',
      location: { landmark: 'asis', toward: 'thigh_anterior', t: 0.25 },
      landmarks: ['asis', 'thigh_anterior'],
      description: 'A few centimetres (5-8 cm) below the bony point at the front of the hip (ASIS), where the muscle begins its diagonal course across the thigh.',
      palpation:
        'Lying on your back with the thigh turned out and the knee slightly bent (the "tailor" position), the thin strap stands out. Feel it lightly with flat fingers or a gentle pinch below the bony point at the front of the hip; the bands roll easily under the fingers and give sharp or tingling pain rather than a deep ache. Press lightly, stay off the spot just inside and below the bony point (a skin nerve of the thigh), and never press where you feel a pulse.',
      uncertain: 'The distance below the ASIS is an estimate.',
      zones: [
        {
          kind: 'essential',
          description: 'Superficial, sharp or tingling pain over the front of the upper thigh, along the muscle below the front of the hip.',
          shapes: [{ shape: 'stroke', path: [{ landmark: 'asis', toward: 'thigh_anterior', t: 0.12 }, { landmark: 'asis', toward: 'thigh_anterior', t: 0.55 }], width: 0.045 }],
        },
      ],
    },
    {
      id: 'middle',
      prevalence: 'occasional',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Middle TrP',
      location: { landmark: 'thigh_anterior', toward: 'thigh_medial', t: 0.55, offset: [0, 0.02, 0] },
      landmarks: ['thigh_anterior', 'thigh_medial'],
      description: 'Where the muscle crosses the front-inner thigh, at about mid-thigh.',
      palpation:
        'In the tailor position, follow the strap lightly across the front-inner thigh at mid-thigh with flat fingers. Light pressure only: the adductor canal with the thigh\'s main vessels lies under the muscle here, and never press where you feel a pulse.',
      zones: [
        {
          kind: 'essential',
          description: 'Superficial, sharp or tingling pain over the front-inner thigh around the trigger point.',
          shapes: [{ shape: 'disc', center: { landmark: 'thigh_anterior', toward: 'thigh_medial', t: 0.6 }, radius: 0.045 }],
        },
      ],
    },
    {
      id: 'lower',
      prevalence: 'occasional',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Lower TrP',
      location: { landmark: 'knee_medial', offset: [0, 0.09, -0.01] },
      landmarks: ['knee_medial', 'thigh_medial'],
      description: 'On the inner thigh about a hand-width above the inner knee, near where the muscle turns behind the inner knuckle of the thigh bone.',
      palpation: 'With the knee slightly bent and turned out, stroke lightly across the thin strap on the inner thigh a hand-width above the knee. Keep off varicose veins.',
      zones: [
        {
          kind: 'essential',
          description: 'Superficial, sharp or tingling pain at the inner knee.',
          shapes: [{ shape: 'disc', center: 'knee_medial', radius: 0.04 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'Strains in which the leg and the trunk move in opposite directions; kicking; twisting sports (soccer, basketball, dance).',
  ],
  perpetuatingFactors: [
    'Persistent rocking of an over-pronated foot (webmanmed, quoting T&S).',
    'Lying with the hips and knees bent; seated cycling.',
    'Long periods with the legs crossed or curled up.',
  ],
  selfCare: {
    pressureRelease:
      'Use light pressure or slow stroking with the fingertips along the strap from the hip toward the inner knee; heavy pressure is not needed because the muscle lies just under the skin. Keep the pressure light over the upper and middle thirds (the thigh\'s main vessels and the femoral nerve lie underneath or beside it there), never press where you feel a pulse, stay off the spot just inside and below the bony point at the front of the hip, and do not stroke over varicose veins on the inner thigh and knee.',
    stretch:
      'Take the hip back and in with the knee straight: lie on your back at the edge of the bed and let the straight leg hang down off the side, turned slightly in; or do a standing lunge with the back knee straight and that foot turned in. After a hip replacement, ask your surgeon or physiotherapist before either stretch.',
    other: ['Correct foot over-pronation; sleep with a pillow between the knees.'],
    cautions: [
      'Numbness of the thigh with weakness of knee straightening or a lost knee reflex needs a clinician: it points to the femoral nerve or an L3-L4 root rather than the skin nerve (meralgia); in people with diabetes it can be diabetic amyotrophy.',
      'A lump in the groin (hernia) needs a doctor; a painful lump that will not go back, with vomiting, needs emergency care.',
      'A swollen, warm thigh needs urgent care (possible deep-vein thrombosis).',
      'A swollen knee, or pain after a fall or injury, needs a clinician (effusion or fracture).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['upper', 'middle'],
      near: ['femoral nerve', 'femoral artery', 'femoral vein', 'adductor canal', 'lateral femoral cutaneous nerve'],
      caution:
        'In its upper third this muscle forms the outer border of the femoral triangle: the femoral nerve lies nearest to it (outside the artery), then the femoral artery (the pulse), then the femoral vein, from outside in. In the middle third it lies over the adductor canal and the femoral vessels. Press lightly and never where a pulse is felt. Near the bony point at the front of the hip, pressure on the lateral femoral cutaneous nerve causes burning or numbness of the outer thigh.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['lower'],
      near: ['great saphenous vein', 'saphenous nerve'],
      caution: 'The great saphenous vein runs along the lower course of the muscle on the inner thigh and knee: no stroking over varicose veins. Go gently at the inner knee (saphenous nerve).',
    },
    {
      technique: 'pressure-release',
      near: ['femoral nerve', 'femoral artery', 'femoral vein', 'adductor canal', 'lateral femoral cutaneous nerve', 'great saphenous vein', 'varicose veins'],
      caution:
        'Light pressure only. From outside in lie the femoral nerve, the femoral artery (the pulse) and the femoral vein, under and beside the upper third; the adductor canal lies under the middle third. Never press where a pulse is felt, stay off the spot just inside and below the bony point at the front of the hip, and no stroking over varicose veins on the inner thigh and knee.',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint'],
      caution:
        'After a hip replacement, ask your surgeon or physiotherapist before the leg-off-the-bed or turned-in lunge stretch: it combines taking the hip back, across and turning it in. In later pregnancy, skip the lying leg-off-the-bed version.',
    },
  ],
  mistakenFor: [
    'Meralgia paresthetica',
    'L2, L3 or L4 radiculopathy',
    'Pes anserine bursitis; inner knee ligament or meniscus injury',
    'Chondromalacia patellae',
    'Hip flexor strain',
  ],
  sources: ['ts-1992', 'webmanmed-lower-limb', 'cheatography-upper-leg', 'niel-asher', 'atlas-safety-review'],
  notes: [
    'The pain is superficial and sharp or tingling, unlike the deep ache of the other thigh muscles. T&S describe no large separate spillover (uncertain); Niel-Asher describes severe burning or sharp tingling along the front but mostly inner thigh and the kneecap, usually not a deep knee pain.',
    'Numbness or burning over the front-outer thigh can come from the lateral femoral cutaneous nerve, squeezed near the origin of this muscle below the ASIS (meralgia paresthetica; webmanmed). Sleeping with a pillow between the knees eases the pain (webmanmed).',
    'Secondary sources place several superficial trigger points along the strap (one site sees 3-6); the atlas shows the upper, middle and lower ones.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons (TFL and sartorius chapter; the chapter number is unconfirmed) as summarised by webmanmed and blogs; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: The order in the femoral triangle is given from outside in as nerve, artery, vein; no stroking over varicose veins; hip replacement and later pregnancy are named for the stretch.',
  ],
};

export default muscle;
