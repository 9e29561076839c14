import type { MuscleData } from '../../muscleSchema';

/** Semitendinosus and semimembranosus: the inner hamstrings, which send pain up to the lower buttock and the buttock crease. */
const muscle: MuscleData = {
  id: 'semitendinosus',
  name: 'Semitendinosus and semimembranosus',
  synonyms: ['semitendinosus', 'semimembranosus', 'inner hamstrings', 'medial hamstrings', 'hamstring', 'hamstrings'],
  aliases: ['semimembranosus', 'semitendinosus-semimembranosus', 'medial-hamstrings'],
  region: 'thigh',
  anatomy: {
    origin: 'Both from the ischial tuberosity: semitendinosus by the common tendon with the long head of biceps, semimembranosus from its upper outer facet.',
    insertion:
      'Semitendinosus: the upper medial tibia (pes anserinus). Semimembranosus: the back of the medial tibial condyle, with expansions to the back of the knee capsule.',
    innervation: 'Tibial division of the sciatic nerve (L5, S1, S2).',
    actions: [
      'Flex the knee and extend the hip.',
      'Turn the lower leg inward when the knee is bent.',
      'Brake forward bending of the trunk and slow the leg at the end of the swing phase of walking.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'mid-lower-medial',
      prevalence: 'common',
      prevalenceNote:
        'Common: in painful knee osteoarthritis the hamstrings (not separated by muscle) had active trigger points in 30%, the highest active rate of the six muscle groups tested, and latent ones in 25% (Sánchez Romero 2020).',
      name: 'Inner hamstring TrPs',
      location: { landmark: 'thigh_posterior', toward: 'popliteal', t: 0.3, offset: [-0.035, 0, 0] },
      landmarks: ['thigh_posterior', 'popliteal', 'ischial_tuberosity'],
      description:
        'In the middle and lower part of the back of the thigh, on its inner side: from the middle of the back of the thigh down to about halfway to the knee crease, 3-5 cm inside the midline of the back of the thigh.',
      palpation:
        'Lying face down with the knee a little bent over a pillow, take the inner side of the back of the thigh between the thumb and fingers from the inner side, from mid-thigh down to about a hand-width above the knee crease. The tight bands run lengthwise; pressure sends pain up toward the sitting bone.',
      uncertain: 'The levels are estimates.',
      zones: [
        {
          kind: 'essential',
          description: 'Up to the lower buttock and the buttock crease, around the sitting bone, and over the upper back-inner thigh down to about mid-thigh.',
          shapes: [
            { shape: 'disc', center: { landmark: 'ischial_tuberosity', toward: 'gluteal_fold', t: 0.5 }, radius: 0.045 },
            {
              shape: 'stroke',
              path: [
                { landmark: 'ischial_tuberosity', toward: 'gluteal_fold', t: 0.5 },
                { landmark: 'ischial_tuberosity', toward: 'thigh_posterior', t: 0.5, offset: [-0.005, 0, 0] },
                { landmark: 'thigh_posterior', toward: 'popliteal', t: 0.08, offset: [-0.012, 0, 0] },
              ],
              width: 0.07,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Down the back-inner thigh and the back of the knee to the inner side of the upper calf.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'thigh_posterior', offset: [-0.02, 0, 0] },
                { landmark: 'popliteal', toward: 'thigh_posterior', t: 0.4, offset: [-0.02, 0, 0] },
                { landmark: 'popliteal', offset: [-0.015, 0, 0] },
                { landmark: 'calf', toward: 'popliteal', t: 0.55, offset: [-0.03, 0, 0] },
              ],
              width: 0.05,
            },
          ],
          uncertain:
            'Sources differ on how far it goes: Niel-Asher extends the diffuse pain to the Achilles tendon area; other summaries stop at the upper inner calf, as drawn. Pain behind the knee from these trigger points is sometimes sharp.',
        },
      ],
    },
  ],
  activatingFactors: ['Sprinting, kicking and jumping sports; a previous hamstring strain.'],
  perpetuatingFactors: [
    'Chairs whose front edge presses into the back of the thigh: garden chairs with a frame under a woven seat, high stools without a footrest, children on seats too high for their feet to reach the floor.',
    'Long sitting or driving without changing position.',
    'Bed rest with the knees bent.',
    'A short leg or pelvic asymmetry (uncertain).',
  ],
  selfCare: {
    pressureRelease:
      'Sit on a hard chair with a firm ball (lacrosse or tennis) under the thigh, starting just in front of the sitting bone. Let your weight press down and breathe, then move the ball a few centimetres at a time down the inner side of the back of the thigh, not the centre line, where the sciatic nerve runs. Stop about a hand-width above the knee crease and never press into the hollow of the knee. Stop or move the ball for sharp, electric or tingling pain. A foam roller also works.',
    stretch:
      'Lie on your back with a strap around the foot and lift the straight leg until you feel gentle tension behind the thigh, the other leg flat and the low back neutral. If this sends tingling or pain into the calf or foot, it is pulling on the sciatic nerve: lower the leg until it stops, and see a clinician if it keeps happening. Or stand with the heel on a low step, knee straight, and hinge forward from the hips with a long back. A stretch in a warm bath is an easy alternative.',
    other: [
      'Set the seat height so the feet rest flat; round or pad the front edge of the seat; give children a footrest.',
      'Use cruise control, or shift the legs often, on long drives.',
    ],
    cautions: [
      'Swelling, warmth or redness of the calf or thigh, especially after surgery, immobility, a long flight, in pregnancy, on hormonal contraception or with cancer, needs urgent medical care (possible deep-vein thrombosis); do not massage it.',
      'A swelling behind the knee followed by a swollen calf can be a burst Baker\'s cyst, and a pulsing lump behind the knee can be a popliteal artery aneurysm: see a doctor.',
      'A sudden "pop" in the back of the thigh with bruising, or pain at the sitting bone after a sudden stretch, needs a clinician (possible hamstring tear or avulsion).',
      'Leg pain with numbness, weakness or lost reflexes needs a clinician; numbness between the legs or new bladder or bowel problems needs emergency care (cauda equina syndrome).',
      'Buttock, thigh or calf pain that comes on with walking and eases within minutes of standing still (claudication), above all in smokers and people with diabetes, needs a check of the arteries.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['sciatic nerve', 'popliteal artery', 'popliteal vein', 'tibial nerve', 'varicose veins'],
      caution:
        'The sciatic nerve runs down the middle of the back of the thigh: keep the ball on the inner side, not the centre line, and move off any spot that gives electric or tingling pain down the leg. Stop a hand-width above the knee crease and never press into the hollow of the knee (popliteal artery and vein, tibial nerve). No ball or roller under the thigh with varicose veins at the back of the thigh or knee, after a clot in the leg (DVT) or on blood thinners.',
    },
    {
      technique: 'palpation',
      near: ['sciatic nerve', 'popliteal artery', 'tibial nerve'],
      caution:
        'Grip the inner side of the back of the thigh, not its middle (sciatic nerve), and stop a hand-width above the knee crease, out of the hollow of the knee (popliteal artery and vein, tibial nerve). Move off for electric or tingling pain.',
    },
    {
      technique: 'stretch',
      near: ['sciatic nerve', 'artificial hip joint', 'spine (osteoporosis)'],
      caution:
        'Tingling or pain into the calf or foot means the stretch is pulling on the sciatic nerve: lower the leg until it stops. After a hip replacement, keep the straight-leg lift within the hip-bending limit your surgeon gave (often a right angle). With osteoporosis, only hinge with a long, straight back, never rounded toe-touching. In later pregnancy, use the standing heel-on-step version rather than lying flat.',
    },
  ],
  mistakenFor: [
    'Sciatica or S1 radiculopathy; piriformis syndrome',
    'Hamstring strain; proximal hamstring tendinopathy (pain at the sitting bone)',
    'Ischial bursitis',
    'Baker\'s cyst or other problems at the back of the knee',
    '"Growing pains" in children (from memory; uncertain)',
  ],
  sources: ['ts-1992', 'niel-asher', 'mally-massagelibrary', 'simplehealthideas-hamstrings', 'sanchez-romero-2020', 'nice-ng158-vte', 'atlas-safety-review'],
  notes: [
    'Clues: pain on sitting (where the seat edge presses the back of the thigh) and on walking, sometimes with a limp; pain that disturbs sleep; pain bending forward and not being able to touch the toes. Tight hamstrings flatten the low back curve and can feed low back pain.',
    'The two inner hamstrings share one pattern in the sources, so they share one entry here; biceps femoris, whose pattern differs (the back of the knee), has its own.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons (hamstring chapter; the number ch. 16 is from memory and unconfirmed) as summarised by Niel-Asher, Mally and web pages; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: The ball is moved off the sciatic nerve\'s course down the middle of the thigh and out of the hollow of the knee; the straight-leg stretch carries a nerve-tension warning; hip replacement, osteoporosis, varicose veins, DVT, blood thinners and pregnancy are named.',
  ],
};

export default muscle;
