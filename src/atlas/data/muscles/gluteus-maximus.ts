import type { MuscleData } from '../../muscleSchema';

const PREVALENCE_NOTE =
  'Travell & Simons describe three common sites in this muscle; no study gives a figure for gluteus maximus itself, so each is counted as common.';

/** Gluteus maximus: the big buttock muscle, behind pain beside the sacrum, over the buttock when sitting, and at the tailbone. */
const muscle: MuscleData = {
  id: 'gluteus-maximus',
  name: 'Gluteus maximus',
  synonyms: ['glute max', 'gluteus max', 'buttock muscle', 'big buttock muscle', 'glutes'],
  aliases: ['glute-max'],
  region: 'hip',
  anatomy: {
    origin:
      'Outer ilium behind the posterior gluteal line and the adjoining back of the iliac crest; the back of the lower sacrum and the side of the coccyx; the aponeurosis of the erector spinae (thoracolumbar fascia); the sacrotuberous ligament; the fascia over gluteus medius.',
    insertion: 'Most fibres (the upper part and the superficial lower part) into the iliotibial tract; the deep lower fibres into the gluteal tuberosity of the femur.',
    innervation: 'Inferior gluteal nerve (L5, S1, S2).',
    actions: [
      'Extends the hip strongly, above all out of a bent hip (rising from a chair, stairs, uphill, running).',
      'Rotates the hip outward; the upper fibres help abduction and the lower fibres adduction.',
      'Steadies the straightened knee through the iliotibial tract.',
      'Brakes the trunk when bending forward; it does little in quiet standing or easy level walking.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral', note: 'All three patterns lie on the back of the body, on the same side as the trigger point.' },
  triggerPoints: [
    {
      id: 'trp1',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'TrP1 (beside the sacrum)',
      location: { landmark: 'sacrum', toward: 'buttock', t: 0.4 },
      landmarks: ['sacrum', 'psis', 'buttock'],
      description:
        'In the upper inner fibres that arise from the side edge of the sacrum, a few centimetres out from the middle of the sacrum, a little below it and below and inside the dimple at the back of the pelvis (PSIS).',
      palpation:
        'Lying on the other side with the top hip bent (knee toward the chest until the slack is taken up), or lying face down, press the coarse fibres flat against the bone just outside the edge of the sacrum. The fibres run down and outward toward the thigh bone, so stroke across that line to find a tight, tender band. It gives a deep local ache in the buttock.',
      zones: [
        {
          kind: 'essential',
          description:
            'A crescent of pain beside the cleft between the buttocks: from the sacroiliac region (between the PSIS and the middle of the sacrum) down along the outer edge of the sacrum and the cleft to the buttock crease near the sitting bone. It is felt deep in the buttock.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'psis', toward: 'sacrum', t: 0.45 },
                { landmark: 'coccyx', offset: [0.028, 0.035, 0] },
                { landmark: 'coccyx', toward: 'ischial_tuberosity', t: 0.55 },
                { landmark: 'ischial_tuberosity', offset: [-0.01, 0.005, 0] },
              ],
              width: 0.04,
            },
          ],
          uncertain: 'The exact vertical level of the trigger point and the width of the crescent are estimates; the T&S figure was not seen.',
        },
        {
          kind: 'spillover',
          description: 'Just below the buttock crease, onto the top of the back of the thigh.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'ischial_tuberosity', offset: [0, -0.02, 0] }, { landmark: 'ischial_tuberosity', toward: 'thigh_posterior', t: 0.35 }],
              width: 0.055,
            },
          ],
          uncertain: 'The essential / spillover split of this pattern comes from flash cards based on T&S, not from the figure itself.',
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      prevalenceNote: 'The most common of the three sites (T&S Vol. 2, ch. 7); no figure is given.',
      name: 'TrP2 (above the sitting bone)',
      location: { landmark: 'ischial_tuberosity', toward: 'buttock', t: 0.45 },
      landmarks: ['ischial_tuberosity', 'buttock', 'gluteal_fold'],
      description:
        'The most common site: in the lower fibres just above the sitting bone (ischial tuberosity), 2-4 cm above it on the line toward the middle of the buttock. Pressure here feels like sitting on a nail.',
      palpation:
        'Lying on the other side with the top hip bent, press the fibres flat against the bone just above the sitting bone, or hold the lower free edge of the muscle near the buttock crease between thumb and fingers. Stay on the muscle above the sitting bone: the sciatic nerve runs in the hollow between the sitting bone and the bony point of the hip, so move off at once if tingling, burning or an electric feeling runs down the leg.',
      zones: [
        {
          kind: 'essential',
          description:
            'The whole buttock: from the lower sacrum out across the buttock to just below the iliac crest. It does not include the tailbone or the area around the anus.',
          shapes: [
            { shape: 'disc', center: 'buttock', radius: 0.075 },
            {
              shape: 'stroke',
              path: [{ landmark: 'sacrum', toward: 'coccyx', t: 0.35, offset: [0.02, 0, 0] }, 'buttock', { landmark: 'iliocristale', toward: 'buttock', t: 0.4 }],
              width: 0.07,
            },
          ],
          uncertain:
            'Sources differ a little: the T&S text stresses the lower sacrum and the area below the iliac crest, while flash cards and blogs say "the entire buttock". Some secondary charts add a spillover on the upper back of the thigh, which is not drawn here.',
        },
      ],
    },
    {
      id: 'trp3',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'TrP3 (beside the tailbone)',
      location: { landmark: 'coccyx', toward: 'ischial_tuberosity', t: 0.33 },
      landmarks: ['coccyx', 'ischial_tuberosity'],
      description: 'In the lowest and innermost fibres, 2-3 cm out from the tailbone (coccyx), about a third of the way from the tailbone to the sitting bone.',
      palpation:
        'Lying on the other side with the top hip bent, press gently into the fleshy fibres a couple of finger-widths out from the side of the tailbone, on the line toward the sitting bone. Do not press on the tailbone itself.',
      zones: [
        {
          kind: 'essential',
          description: 'The tailbone (coccyx). It is one cause of tailbone pain (coccygodynia); trigger points in the coccygeus of the pelvic floor can cause the same pain.',
          shapes: [{ shape: 'disc', center: 'coccyx', radius: 0.035 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'A fall or near-fall; a direct blow to the buttock.',
    'Walking uphill bent forward.',
    'Crawl-stroke swimming.',
    'Repeated bending and lifting.',
    'Injections into the buttock muscle.',
  ],
  perpetuatingFactors: [
    'Long sitting in one position, on a hard seat, or on a wallet in the back pocket.',
    'Leg-length difference; Morton foot structure (a long second toe bone); sacroiliac joint dysfunction.',
  ],
  selfCare: {
    pressureRelease:
      'Put a tennis or lacrosse ball (a softer ball if it is very tender) between the buttock and a wall, or lie on it on the floor. Hold on a tender spot until it softens (about 30-90 seconds), or give it short, repeated strokes. Keep the ball on the fleshy buttock, on the bone just outside the sacrum, or just above the sitting bone. Do not rest your weight on it in the hollow between the sitting bone and the bony point of the hip (greater trochanter), where the sciatic nerve runs, and do not roll on the tailbone. If the ball causes electric, burning or tingling pain down the leg, move off it.',
    stretch:
      'Lying on your back, hold behind the thigh (not over the kneecap) and draw the knee toward the opposite shoulder, keeping the tummy relaxed. A seated forward bend is a gentler alternative. After a hip replacement, do not do the knee-to-opposite-shoulder stretch unless your surgeon or physiotherapist has cleared it.',
    other: [
      'Moist heat for 10-15 minutes before the ball work and the stretch helps.',
      'Sit on a soft or cut-out cushion, take the wallet out of the back pocket, and get up every 15-20 minutes.',
      'When lying on your side, put a pillow between the knees.',
      'A leg-length difference of 5 mm or more is worth having checked and corrected.',
    ],
    cautions: [
      'Steroid use, heavy drinking or sickle cell disease with a painful hip: see a doctor (possible loss of blood supply to the head of the thigh bone).',
      'Numbness in the saddle area (between the legs), new trouble controlling the bladder or bowel, or weakness in the legs: get emergency care (possible cauda equina syndrome).',
      'Buttock pain that comes on with walking and goes when you stand still needs a check of the circulation (possible narrowed arteries).',
      'Fever with a hot, swollen, tender area near the cleft between the buttocks needs a doctor promptly (possible abscess).',
      'Tailbone pain after a fall, or buttock or sacral pain in someone with thin bones, after childbirth or in a runner, needs a check for a fracture.',
      'After a fall in an older person, hip pain with inability to bear weight needs urgent assessment (possible hip fracture); so does a hot, painful hip or sacroiliac joint with fever (possible joint infection).',
      'Pain at night that rest does not ease, or unexplained weight loss, needs a doctor.',
      'In the first weeks after hip, pelvic or spine surgery, ask your surgical team before ball work or stretching.',
      'Pregnancy-related pelvic girdle pain should be assessed by a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['sciatic nerve', 'coccyx'],
      caution:
        'The sciatic nerve leaves the pelvis under this muscle, about midway between the sitting bone and the bony point of the hip: never rest your weight on the ball in that hollow. Keep the ball on the fleshy buttock, beside the sacrum or just above the sitting bone, and off the tailbone. Move off at once for electric, burning or tingling pain down the leg. On blood thinners or with a bleeding disorder, use a soft ball and light pressure. With osteoporosis, light pressure only. In later pregnancy, use the wall rather than lying on your back. In the first weeks after hip, pelvic or spine surgery, ask your surgical team first.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['trp2'],
      near: ['sciatic nerve'],
      caution:
        'Press on the muscle just above the sitting bone, not in the hollow between the sitting bone and the bony point of the hip, where the sciatic nerve runs. Move off at once if tingling, burning or an electric feeling runs down the leg.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['trp3'],
      near: ['coccyx', 'anus'],
      caution: 'Press beside the tailbone, not on it, and stay on the buttock well away from the back passage. Tailbone pain after a fall needs a check for a fracture first.',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint', 'spine (osteoporosis)'],
      caution:
        'After a hip replacement, do not draw the knee toward the opposite shoulder unless your surgeon or physiotherapist has cleared it: bending the hip past a right angle while it crosses inward is the classic position for the new hip to dislocate. With osteoporosis, skip the seated forward bend (rounding the spine under load raises the risk of a vertebral fracture). In later pregnancy, do not lie flat on your back for long; stretch lying on your side.',
    },
  ],
  mistakenFor: [
    'Sacroiliac joint dysfunction',
    'Tailbone pain arising from the joint (coccygodynia)',
    'Ischial (ischiogluteal) bursitis; trochanteric bursitis',
    'Lumbar radiculopathy ("sciatica"); piriformis syndrome',
    'Proximal hamstring tendinopathy',
    'Trigger points in the deeper gluteal muscles (gluteus medius or minimus)',
  ],
  sources: ['ts-1992', 'brainscape-ts-cards', 'aberdeen-chiropractic', 'namtpt', 'davies-2013', 'mortonsfoot', 'coccyx-org', 'akamatsu-2017', 'adelmanesh-2015', 'adelmanesh-2016', 'atlas-safety-review'],
  notes: [
    'T&S (Vol. 2, ch. 7) describe the pain of this muscle as mainly local to the buttock; it rarely, if ever, travels as far down the leg as gluteus minimus pain does. The TrP1 pain is felt deep and can wrongly suggest the deeper gluteal muscles.',
    'Sitting: T&S describe TrP2 pain while sitting on a hard seat ("like sitting on a nail") and restless sitting. Disagreement: coccyx.org describes a "gluteus maximus syndrome" that hurts on moving into and out of sitting and eases once seated.',
    'Other clues: pain walking uphill bent forward, painful crawl-stroke swimming, and limited hip bending with the knee toward the opposite shoulder.',
    'Research: nerve entry points of the inferior gluteal nerve matched the clinically described trigger-point sites in a cadaver study (Akamatsu 2017; anatomical support only). A "gluteal trigger point" was found in 76% of patients with lumbosacral radiculopathy against 2% of controls (Adelmanesh 2015; sensitivity 74%, specificity 91% in Adelmanesh 2016), but that site was the upper outer buttock, over gluteus medius and minimus more than over this muscle. No prevalence figure specific to gluteus maximus was found.',
    'Secondary lists add cold-water swimming, martial-arts kicking and heavy squats or deadlifts as activating factors; these are not from T&S and are uncertain.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons (the referred-pain text of ch. 7 was read directly; the figure was not seen) and flash cards based on it; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: The ball text says where not to put the ball (the hollow between the sitting bone and the bony point of the hip, over the sciatic nerve), and names who should not stretch or ask first (hip replacement, recent surgery, osteoporosis, blood thinners, pregnancy).',
  ],
};

export default muscle;
