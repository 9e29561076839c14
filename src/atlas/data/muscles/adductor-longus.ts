import type { MuscleData } from '../../muscleSchema';

/** Adductor longus and brevis: the front inner-thigh muscles, behind groin pain and pain above the inner knee. */
const muscle: MuscleData = {
  id: 'adductor-longus',
  name: 'Adductor longus and brevis',
  synonyms: ['adductor longus', 'adductor brevis', 'long adductor', 'short adductor', 'groin muscle', 'inner thigh muscle', 'hip adductors'],
  aliases: ['adductor-brevis', 'adductor-longus-brevis', 'adductor-longus-and-brevis'],
  region: 'thigh',
  anatomy: {
    origin:
      'Adductor longus: the front of the pubic body just below the pubic crest, by a narrow tendon near the pubic tubercle and symphysis. Adductor brevis: the body and inferior ramus of the pubis, below the longus.',
    insertion: 'Adductor longus: the middle third of the linea aspera. Adductor brevis: the pectineal line and the upper linea aspera.',
    innervation: 'Obturator nerve, anterior division (L2-L4); brevis sometimes also from the posterior division.',
    actions: ['Adduct the hip.', 'Help flex the straightened hip.', 'Steady the pelvis in walking.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'upper-thigh',
      prevalence: 'common',
      prevalenceNote:
        'Common: in painful knee osteoarthritis the hip adductors (not separated by muscle) had latent trigger points in 35% and active ones in 17% (Sánchez Romero 2020). Blogs call these trigger points the most common muscular cause of groin pain, without a study figure.',
      name: 'Upper inner thigh TrPs',
      location: { landmark: 'pubic_tubercle', toward: 'knee_medial', t: 0.27 },
      landmarks: ['pubic_tubercle', 'groin', 'thigh_medial', 'knee_medial'],
      description:
        'In the upper third of the inner thigh, in the muscles a few centimetres below the pubic bone. Adductor longus is the front, cord-like one; adductor brevis lies deeper, behind longus and pectineus. T&S do not separate the trigger points or patterns of the two.',
      palpation:
        'Lying on your back with the knee bent and the thigh dropped out to the side (the "frog-leg" position), find the cord of the adductor longus tendon running down from beside the pubic bone. Take the muscle between thumb and fingers from about a finger-width below the pubic bone downward, or press flat on the flesh on the inner side of the cord. Keep out of the groin crease and off the outer side of the cord. Pressure gives a deep groin ache that may spread toward the inner knee.',
      uncertain: 'The exact distances below the pubic bone are estimates.',
      zones: [
        {
          kind: 'essential',
          description: 'Deep in the groin and the upper front-inner thigh, just below the crease of the groin, toward the pubic bone.',
          shapes: [
            {
              shape: 'stroke',
              path: ['pubic_tubercle', { landmark: 'groin', toward: 'pubic_tubercle', t: 0.35 }, { landmark: 'pubic_tubercle', toward: 'knee_medial', t: 0.2 }],
              width: 0.06,
            },
          ],
          uncertain: 'One secondary source (webmanmed) also names the genitals in this part of the pattern; it is not drawn.',
        },
        {
          kind: 'essential',
          description: 'The front-inner knee, just above and on the inner side of the knee, and the lower inner thigh just above it.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'knee_medial', toward: 'thigh_medial', t: 0.35 }, { landmark: 'knee_medial', offset: [0, 0.005, 0.005] }],
              width: 0.055,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Down the front-inner upper shin below the knee.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'knee_medial', offset: [0, -0.015, 0.01] }, { landmark: 'knee_medial', toward: 'shin', t: 0.4 }],
              width: 0.04,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Sometimes the whole front-inner thigh between the groin and the inner knee.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'pubic_tubercle', toward: 'knee_medial', t: 0.2 }, { landmark: 'thigh_medial', offset: [0, 0, 0.02] }, { landmark: 'knee_medial', toward: 'thigh_medial', t: 0.35 }],
              width: 0.05,
            },
          ],
          uncertain: 'Niel-Asher describes this whole strip; the T&S summaries give only the groin and inner-knee parts, so the strip is drawn as spillover.',
        },
      ],
    },
  ],
  activatingFactors: [
    'A sudden overload: slipping on ice with the legs splaying, a skiing fall, sprinting, cutting and change-of-direction sports (football, basketball).',
    'Horse riding with the thighs gripping.',
  ],
  perpetuatingFactors: [
    'Hip osteoarthritis.',
    'Long sitting with the hips bent, or cross-legged.',
    'A leg in a cast or splint; foot and ankle problems (Niel-Asher).',
  ],
  selfCare: {
    pressureRelease:
      'Sit with the painful leg turned out, or lie on your back in the frog-leg position. With the fingertips or a ball, work the cord-like muscle and the flesh on its inner side, from about a finger-width below the pubic bone downward. Stay on the cord itself and its inner side, at least two to three finger-widths to the inner side of any pulse; not in the groin crease and not on the outer side of the cord, where the femoral vein, artery and nerve run (the vein, which has no pulse, lies just inside the artery). Keep off the lymph nodes in the groin crease and, in men, off the spermatic cord and testis.',
    stretch:
      'Kneel on the good knee and take the painful leg straight out to the side, toes pointing forward; put the hands on the floor and slowly slide the foot further out. Gentler options: sitting with the soles together and the knees dropping toward the floor ("butterfly"), or lying on your back with the soles together and the knees falling open. After a hip replacement, ask before the frog-leg, butterfly or side-lunge positions.',
    other: ['Avoid long cross-legged sitting; change position often on long drives; warm up before cutting sports.'],
    cautions: [
      'A painful, swollen testicle that came on over hours or days, with fever or burning on passing urine (possible epididymitis): see a doctor today; sudden severe testicular pain is an emergency.',
      'Steroid use, heavy drinking or sickle cell disease with a painful hip: see a doctor (possible loss of blood supply to the head of the thigh bone).',
      'A lump in the groin, especially one that bulges on coughing, needs a doctor; a painful lump that will not go back, with vomiting, needs emergency care (possible trapped hernia).',
      'Pain running down the inner thigh to the knee in an older, thin woman can be an obturator hernia: see a doctor.',
      'Sudden pain in the testicle or scrotum needs emergency care (possible testicular torsion).',
      'In women, sudden one-sided pain low in the belly or groin needs emergency care (possible ectopic pregnancy or twisted ovary); ongoing pelvic or groin pain needs a gynaecological check (ovarian cyst, pelvic infection).',
      'Pain from the loin to the groin in waves needs a doctor (possible kidney stone).',
      'A swollen, warm thigh needs urgent care (possible clot in the femoral vein).',
      'Hip or groin pain after a fall in an older person, pain on weight-bearing in a runner (stress fracture), or a hot, painful hip with fever (joint infection: emergency) needs a doctor; so does groin or knee pain with a limp in a child or teenager (slipped growth plate of the hip).',
      'Pain at the front of the pubic bone in athletes can be osteitis pubis: see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['femoral vein', 'femoral artery', 'femoral nerve', 'great saphenous vein', 'groin lymph nodes', 'spermatic cord'],
      caution:
        'This muscle forms the inner border of the femoral triangle. From outside in lie the femoral nerve, the femoral artery (the pulse) and the femoral vein, which has no pulse and lies just inside the artery, between the pulse and this muscle; the great saphenous vein joins it 3-4 cm below and outside the pubic tubercle. "Not over a pulse" is not enough: stay at least two to three finger-widths to the inner side of the pulse, on the cord itself. Keep out of the groin crease (lymph nodes) and, in men, off the spermatic cord and testis beside the pubic bone.',
    },
    {
      technique: 'pressure-release',
      near: ['femoral vein', 'femoral artery', 'femoral nerve', 'great saphenous vein', 'varicose veins'],
      caution:
        'Work the cord and its inner side only, at least two to three finger-widths inside any pulse, never in the groin crease or on the outer side of the cord (femoral vein, artery and nerve). No pressure here with varicose veins of the inner thigh, after a clot in the leg (DVT), or on blood thinners; in pregnancy, no groin pressure (congested veins, higher clot risk).',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint', 'pubic symphysis'],
      caution:
        'After a hip replacement, ask your surgeon or physiotherapist before the frog-leg, butterfly or side-lunge positions. In pregnancy, stop any wide-legged stretch that hurts at the pubic bone (pelvic girdle pain).',
    },
  ],
  mistakenFor: [
    'Adductor ("groin") strain',
    'Osteitis pubis',
    'Hip osteoarthritis',
    'Inguinal hernia',
    'Obturator nerve entrapment',
    'L2-L4 radiculopathy or upper lumbar disc herniation',
    'Iliacus strain',
    'For the knee pain: medial knee osteoarthritis, pes anserine bursitis, "arthritic" knee pain',
  ],
  sources: ['ts-1992', 'webmanmed-lower-limb', 'aberdeen-chiropractic', 'niel-asher', 'abbottcenter-groin', 'sanchez-romero-2020', 'atlas-safety-review'],
  notes: [
    'Clues: groin and thigh pain with activity, worse with weight-bearing and sudden twisting of the hip; stiffness with limited spreading of the legs, which patients notice less than the pain.',
    'The Aberdeen blog links the lower trigger points to the upper inner knee and the upper ones to the front of the hip. Niel-Asher notes that severe knee pain from adductor brevis is sometimes taken for arthritis.',
    'T&S (hip adductor chapter; the number ch. 15 is from memory and unconfirmed) do not separate the trigger points or patterns of longus and brevis, so they share one entry here.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons as paraphrased by webmanmed and blogs; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: Pressure stays on the cord of the adductor longus and its inner side, at least two to three finger-widths inside the pulse, because the femoral vein has no pulse and lies just inside the artery; no pressure with varicose veins, after a DVT, on blood thinners or in pregnancy.',
  ],
};

export default muscle;
