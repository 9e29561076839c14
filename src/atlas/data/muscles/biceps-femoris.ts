import type { MuscleData } from '../../muscleSchema';

/** Biceps femoris: the outer hamstring, which sends pain into the back of the knee. */
const muscle: MuscleData = {
  id: 'biceps-femoris',
  name: 'Biceps femoris',
  synonyms: ['outer hamstring', 'lateral hamstring', 'hamstring', 'hamstrings', 'biceps femoris long head', 'biceps femoris short head'],
  aliases: ['lateral-hamstring', 'hamstrings-lateral'],
  region: 'thigh',
  anatomy: {
    origin:
      'Long head: the ischial tuberosity (common tendon with semitendinosus) and the sacrotuberous ligament. Short head: the lateral lip of the linea aspera and the lateral supracondylar line.',
    insertion: 'The head of the fibula (and the lateral tibial condyle).',
    innervation: 'Long head: tibial division of the sciatic nerve (L5, S1, S2). Short head: common fibular (peroneal) division (L5, S1, S2).',
    actions: [
      'Flexes the knee; the long head also extends the hip.',
      'Turns the lower leg outward when the knee is bent.',
      'Brakes forward bending of the trunk and slows the leg at the end of the swing phase of walking.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'lower-lateral',
      prevalence: 'common',
      prevalenceNote:
        'Common: in painful knee osteoarthritis the hamstrings (not separated by muscle) had active trigger points in 30%, the highest active rate of the six muscle groups tested, and latent ones in 25% (Sánchez Romero 2020).',
      name: 'Biceps femoris TrPs (long and short heads)',
      location: { landmark: 'popliteal', toward: 'thigh_posterior', t: 0.33, offset: [0.025, 0, 0] },
      landmarks: ['thigh_posterior', 'popliteal', 'fibular_head'],
      description: 'In the lower half of the back of the thigh, on its outer side, in the lower third above the knee, on the line toward the head of the fibula.',
      palpation:
        'Lying face down with the knee a little bent over a pillow, press flat against the thigh bone on the outer side of the back of the thigh, in its lower third, from about a hand-width above the knee crease upward. Stay on the muscle, not on its tendon near the knee, and stay out of the hollow of the knee; move off if it gives sharp, electric or tingling pain. Pressure sends pain down into the back of the knee.',
      uncertain: 'The levels are estimates; the summaries group the trigger points of the two heads together.',
      zones: [
        {
          kind: 'essential',
          description: 'Concentrated behind the knee, strongest over the outer half of the back of the knee toward the head of the fibula and reaching the middle of the hollow of the knee.',
          shapes: [
            { shape: 'disc', center: { landmark: 'popliteal', toward: 'fibular_head', t: 0.4 }, radius: 0.045 },
            { shape: 'stroke', path: [{ landmark: 'popliteal', toward: 'fibular_head', t: 0.4 }, { landmark: 'popliteal', toward: 'fibular_head', t: 0.8 }], width: 0.04 },
          ],
        },
        {
          kind: 'spillover',
          description: 'Up the back-outer thigh toward the buttock crease, and a little below the knee onto the upper back-outer calf.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'popliteal', toward: 'thigh_posterior', t: 0.35, offset: [0.02, 0, 0] },
                { landmark: 'thigh_posterior', offset: [0.02, 0, 0] },
                { landmark: 'gluteal_fold', offset: [0.01, -0.03, 0] },
              ],
              width: 0.05,
            },
            {
              shape: 'stroke',
              path: [{ landmark: 'popliteal', toward: 'fibular_head', t: 0.5 }, { landmark: 'calf', toward: 'popliteal', t: 0.6, offset: [0.015, 0, 0] }],
              width: 0.04,
            },
          ],
          uncertain:
            'Niel-Asher labels this wider zone "posteromedial", probably an error; the other sources say back-outer. It reaches less far into the calf than the pattern of the inner hamstrings.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Sprinting, kicking and jumping sports; a previous hamstring strain.',
  ],
  perpetuatingFactors: [
    'Chairs whose front edge presses into the back of the thigh: garden chairs with a frame under a woven seat, high stools without a footrest, children on seats too high for their feet to reach the floor.',
    'Long sitting or driving without changing position.',
    'Bed rest with the knees bent.',
    'A short leg or pelvic asymmetry (uncertain).',
  ],
  selfCare: {
    pressureRelease:
      'Sit on a hard chair with a firm ball (lacrosse or tennis) under the thigh, starting just in front of the sitting bone. Let your weight press down and breathe, then move the ball a few centimetres at a time down the outer side of the back of the thigh, not the centre line, where the sciatic nerve runs. Stop about a hand-width above the knee crease; near the knee stay on the muscle, not on the biceps tendon, along whose inner edge the common fibular nerve runs. Stop or move the ball for sharp, electric or tingling pain. Never press into the hollow of the knee. A foam roller also works.',
    stretch:
      'Lie on your back with a strap around the foot and lift the straight leg until you feel gentle tension behind the thigh, the other leg flat and the low back neutral. If this sends tingling or pain into the calf or foot, it is pulling on the sciatic nerve: lower the leg until it stops, and see a clinician if it keeps happening. Or stand with the heel on a low step, knee straight, and hinge forward from the hips with a long back. A stretch in a warm bath is an easy alternative.',
    other: [
      'Set the seat height so the feet rest flat; round or pad the front edge of the seat; give children a footrest.',
      'Use cruise control, or shift the legs often, on long drives.',
    ],
    cautions: [
      'Swelling, warmth or redness of the calf or thigh, especially after surgery, immobility, a long flight, in pregnancy, on hormonal contraception or with cancer, needs urgent medical care (possible deep-vein thrombosis); do not massage it.',
      'A swelling behind the knee followed by a swollen calf can be a burst Baker\'s cyst, and a pulsing lump behind the knee can be a popliteal artery aneurysm: see a doctor.',
      'A sudden "pop" in the back of the thigh with bruising needs a clinician (possible hamstring tear or avulsion).',
      'Leg pain with numbness, weakness or lost reflexes needs a clinician; numbness between the legs or new bladder or bowel problems needs emergency care (cauda equina syndrome).',
      'Buttock, thigh or calf pain that comes on with walking and eases within minutes of standing still (claudication), above all in smokers and people with diabetes, needs a check of the arteries.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['sciatic nerve', 'common fibular nerve', 'popliteal artery', 'popliteal vein', 'tibial nerve', 'varicose veins'],
      caution:
        'The sciatic nerve runs down the middle of the back of the thigh under this muscle: keep the ball on the outer side, not the centre line, and move off any spot that gives electric or tingling pain down the leg. Stop a hand-width above the knee crease and never press into the hollow of the knee (popliteal artery and vein, tibial nerve). Near the knee, stay off the tendon, whose inner edge the common fibular nerve follows. No ball or roller under the thigh with varicose veins at the back of the thigh or knee, after a clot in the leg (DVT) or on blood thinners.',
    },
    {
      technique: 'palpation',
      near: ['sciatic nerve', 'common fibular nerve', 'popliteal artery', 'tibial nerve'],
      caution:
        'Stay on the outer side of the back of the thigh and above the hollow of the knee: the popliteal artery and vein and the tibial nerve lie in the hollow, the common fibular nerve along the inner edge of the biceps tendon, and the sciatic nerve under the middle of the thigh. Move off for electric or tingling pain.',
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
    'Hamstring strain',
    'Baker\'s cyst or other problems at the back of the knee',
  ],
  sources: ['ts-1992', 'niel-asher', 'mally-massagelibrary', 'simplehealthideas-hamstrings', 'sanchez-romero-2020', 'nice-ng158-vte', 'atlas-safety-review'],
  notes: [
    'Clues: pain on sitting (where the seat edge presses the back of the thigh) and on walking, sometimes with a limp; pain that disturbs sleep; pain bending forward and not being able to touch the toes. Tight hamstrings flatten the low back curve and can feed low back pain.',
    'Niel-Asher describes a strong zone about 10 cm across behind the knee.',
    'Pain at the centre of the back of the knee is shared with the gastrocnemius trigger points near the knee (and, in the sources, popliteus and plantaris); pain on the outer side of the back of the knee points more to this muscle.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons (hamstring chapter; the number ch. 16 is from memory and unconfirmed) as summarised by Niel-Asher, Mally and web pages; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: The ball is moved off the sciatic nerve\'s course down the middle of the thigh and out of the hollow of the knee; the straight-leg stretch carries a nerve-tension warning; hip replacement, osteoporosis, varicose veins, DVT, blood thinners and pregnancy are named.',
  ],
};

export default muscle;
