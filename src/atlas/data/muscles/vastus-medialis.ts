import type { MuscleData } from '../../muscleSchema';

const PREVALENCE_NOTE =
  'Common: in soldiers with front-of-knee pain nearly half had trigger points in this muscle, one of the two largest differences from controls (Rozenfeld 2020); the sources do not say which of the two sites is found more often.';

/** Vastus medialis: the inner quadriceps, behind front and inner knee pain and a knee that suddenly gives way. */
const muscle: MuscleData = {
  id: 'vastus-medialis',
  name: 'Vastus medialis',
  synonyms: ['VMO', 'vastus medialis oblique', 'medial vastus', 'inner quadriceps', 'quads'],
  aliases: ['vmo', 'vastus-medialis-oblique'],
  region: 'thigh',
  anatomy: {
    origin:
      'The lower intertrochanteric line, the spiral line, the medial lip of the linea aspera, the medial supracondylar line, the medial intermuscular septum, and the tendons of adductor longus and magnus.',
    insertion:
      'The medial border of the patella and the quadriceps tendon, and the medial retinaculum; through the patellar ligament to the tibial tuberosity. Its lowest, oblique fibres are the "VMO".',
    innervation: 'Femoral nerve (L2-L4).',
    actions: ['Extends the knee.', 'Holds the kneecap inward against lateral drift, working with vastus lateralis for normal tracking.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp1',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'TrP1 (distal, above the inner kneecap)',
      location: { landmark: 'patella', toward: 'knee_medial', t: 0.5, offset: [0, 0.05, 0] },
      landmarks: ['patella', 'knee_medial'],
      description: 'In the lower, oblique part of the muscle just above the knee: the bulge above the upper inner corner of the kneecap, about 4-6 cm above it.',
      palpation:
        'Sitting with the leg out straight, or lying on your back with the knee slightly bent over a small pillow and the thigh a little turned out, press flat on the bulge above the upper inner corner of the kneecap against the thigh bone. The tight bands run obliquely down toward the kneecap; pressure gives a deep ache at the front or inner knee.',
      uncertain: 'The distance above the kneecap is an estimate.',
      zones: [
        {
          kind: 'essential',
          description: 'The front of the knee, over the kneecap and just inside it; often a deep, toothache-like knee pain.',
          shapes: [
            { shape: 'disc', center: { landmark: 'patella', toward: 'knee_medial', t: 0.3 }, radius: 0.04 },
            { shape: 'stroke', path: ['patella', { landmark: 'patella', toward: 'knee_medial', t: 0.65 }], width: 0.045 },
          ],
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'TrP2 (proximal, front-inner thigh)',
      location: { landmark: 'thigh_anterior', toward: 'thigh_medial', t: 0.5, offset: [0, -0.03, 0] },
      landmarks: ['thigh_anterior', 'thigh_medial'],
      description: 'Higher, on the front-inner thigh at about mid-thigh or a little below, between the front and the inner side of the thigh.',
      palpation:
        'Lying on your back with the thigh a little turned out, press flat on the front-inner thigh at about mid-thigh, on the bulge of the muscle against the front-inner thigh bone, not into the groove on its inner-back edge.',
      uncertain: 'The level is an estimate.',
      zones: [
        {
          kind: 'essential',
          description: 'A line of pain down the front-inner lower thigh to the inner knee.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'thigh_anterior', toward: 'thigh_medial', t: 0.5, offset: [0, 0.01, 0] },
                { landmark: 'knee_medial', toward: 'thigh_anterior', t: 0.35 },
                'knee_medial',
              ],
              width: 0.045,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Just below the inner knee.',
          shapes: [{ shape: 'disc', center: { landmark: 'knee_medial', offset: [0, -0.035, 0.01] }, radius: 0.03 }],
          uncertain: 'From one secondary site (healthathand) only.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Kneeling work (gardening, floor laying); deep knee bends and squats.',
    'Jogging or hiking on rough ground; skiing; football, basketball and other running sports.',
    'A fall onto the knee; a sudden overload.',
  ],
  perpetuatingFactors: [
    'Flat or over-pronated feet, or Morton foot structure (uncertain for this muscle).',
    'Trigger points in the adductors, which can induce satellite trigger points here (webmanmed).',
  ],
  selfCare: {
    pressureRelease:
      'Sitting with the leg out straight, or lying on your back, work the lower inner thigh with the thumbs or a ball against the thigh bone, on the bulge of the muscle above the inner kneecap and along the front-inner thigh, not on the kneecap itself. Stay on the front of the bulge, out of the groove on its inner-back edge (the adductor canal), go gently at the inner knee, and keep off any varicose veins.',
    stretch:
      'Standing quad stretch holding a support: hold the ankle and bring the heel toward the buttock with the knee pointing down and the pelvis tucked under (no arching of the low back). Or lie on your side or face down with a strap around the ankle; with poor balance or osteoporosis, use the lying version.',
    other: [
      'Kneel on a pad or use a stool; avoid deep squats while it is sore.',
      'Correct over-pronation with supportive shoes or insoles; warm up before running sports.',
    ],
    cautions: [
      'A hot, swollen, red knee needs urgent care (possible joint infection or gout).',
      'A knee that locks can be a torn meniscus, and giving-way after a twisting injury can be a torn ligament: see a clinician rather than assuming it is the muscle.',
      'A swollen, warm calf or thigh needs urgent care (possible deep-vein thrombosis).',
      'In children and teenagers, knee pain can come from the hip (a slipped growth plate or Perthes disease): the hip needs examining.',
      'Night pain in a young person needs a doctor (rare bone tumour).',
      'After a knee or hip replacement or other recent knee surgery, ask the surgical team before pressure or the standing quad stretch.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['femoral artery', 'femoral vein', 'saphenous nerve', 'adductor canal', 'great saphenous vein', 'varicose veins'],
      caution:
        'In the middle third of the inner thigh the adductor canal lies just behind and inside this muscle, under sartorius, with the femoral artery and vein and the saphenous nerve. Its pulse is deep and often cannot be felt, so press on the bulge of the muscle and against the front-inner thigh bone, not into the groove on its inner-back edge, and go gently over the saphenous nerve at the inner knee. The great saphenous vein runs up the inner knee and thigh: no thumb, ball or rolling pin on varicose veins. No deep pressure or rolling pin on blood thinners or after a clot in the leg (DVT).',
    },
    {
      technique: 'palpation',
      near: ['adductor canal', 'femoral artery', 'femoral vein', 'saphenous nerve', 'great saphenous vein'],
      caution:
        'Press on the bulge of the muscle, not into the groove on its inner-back edge, where the adductor canal with the femoral vessels and the saphenous nerve runs; the pulse there usually cannot be felt. Not over varicose veins.',
    },
    {
      technique: 'stretch',
      near: ['artificial knee or hip joint'],
      caution:
        'After a knee or hip replacement, or other recent knee surgery, ask your surgical team before the standing quad stretch. With poor balance or osteoporosis, stretch lying on your side rather than standing (fall risk).',
    },
  ],
  mistakenFor: [
    'Patellofemoral pain / chondromalacia patellae',
    'Medial meniscus tear; tendinitis; bursitis; pes anserine bursitis',
    'Medial collateral ligament sprain',
    'Knee osteoarthritis',
    'Anterior subluxation of the lateral tibial plateau (which also causes buckling)',
    'L3-L4 radiculopathy; saphenous nerve entrapment',
    '"Growing pains" in children (one secondary site; uncertain)',
  ],
  sources: ['ts-1992', 'namtpt', 'roberts-massage-today', 'webmanmed-lower-limb', 'rozenfeld-2020', 'sanchez-romero-2020', 'atlas-safety-review'],
  notes: [
    'The "buckling knee": Travell called this muscle a "quitter". The pain comes first, may fade over weeks or months, and is then replaced by sudden giving-way of the knee when walking, especially on uneven ground, which can lead to falls (NAMTPT). Pain may wake the patient at night (uncertain). Knee movement is usually not much restricted.',
    'Research: in soldiers with front-of-knee pain, trigger points were more frequent than in controls in every muscle tested, most of all in this muscle and vastus lateralis (Rozenfeld 2020). In knee osteoarthritis, the quadriceps together had latent trigger points in 29% and active ones in 18% (Sánchez Romero 2020).',
    'The fibromyalgia "knee" tender point (the fat pad just above the inner joint line) lies over this area; it is an anatomical overlap only, not a trigger point.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons (quadriceps chapter; the chapter number is unconfirmed) as summarised by NAMTPT and web pages; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: The pulse in the adductor canal is not a reliable guide, so the texts say to press on the bulge of the muscle and stay out of the groove on its inner-back edge; no pressure on varicose veins.',
  ],
};

export default muscle;
