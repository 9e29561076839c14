import type { MuscleData, ReferralZone } from '../../muscleSchema';

// The sources give one pattern for both trigger points, so they share these zones.
const BUTTOCK_AND_HIP: ReferralZone = {
  kind: 'essential',
  description: 'The sacroiliac region, the buttock and the back of the hip joint.',
  shapes: [
    {
      shape: 'stroke',
      path: [
        { landmark: 'psis', offset: [0, -0.02, 0] },
        'buttock',
        { landmark: 'trochanterion', toward: 'buttock', t: 0.3 },
      ],
      width: 0.07,
    },
    { shape: 'disc', center: 'buttock', radius: 0.06 },
  ],
};

const BACK_OF_THIGH: ReferralZone = {
  kind: 'spillover',
  description: 'The upper two-thirds of the back of the thigh.',
  shapes: [
    {
      shape: 'stroke',
      path: [
        { landmark: 'ischial_tuberosity', offset: [0.02, -0.03, 0] },
        'thigh_posterior',
        { landmark: 'thigh_posterior', toward: 'popliteal', t: 0.45 },
      ],
      width: 0.08,
    },
  ],
};

const PREVALENCE_NOTE =
  'Common: in low back pain, active piriformis trigger points were found in 42% of patients (systematic review, Monclús-Díez 2025); the sources give no figure for each of the two trigger points.';

/** Piriformis: a deep hip rotator behind buttock and back-of-thigh pain, and a possible site of sciatic nerve irritation. */
const muscle: MuscleData = {
  id: 'piriformis',
  name: 'Piriformis',
  synonyms: ['piriform muscle'],
  region: 'hip',
  anatomy: {
    origin:
      'Pelvic surface of the sacrum between the anterior sacral foramina (S2-S4), the margin of the greater sciatic notch, and the sacrotuberous ligament / sacroiliac joint capsule.',
    insertion: 'Upper border of the greater trochanter (medial side).',
    innervation: 'Nerve to piriformis (S1-S2, with L5).',
    actions: [
      'Laterally rotates the extended hip.',
      'Abducts the flexed hip.',
      'Stabilises the head of the femur in the hip socket.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'lateral',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Lateral TrP',
      location: { landmark: 'trochanterion', toward: 'buttock', t: 0.5, offset: [0, 0.03, 0] },
      landmarks: ['trochanterion', 'buttock'],
      description:
        'On a line from the top of the bony bump of the hip (greater trochanter) to the edge of the sacrum, about one-third of the way in from the trochanter.',
      palpation:
        'Lying on the other side with the top hip bent, imagine the line from the top of the greater trochanter to the edge of the sacrum and press slowly and firmly through the buttock at the junction of its outer and middle thirds. Stay on that line; if tingling, burning or an electric feeling runs down the leg, ease off and move.',
      zones: [BUTTOCK_AND_HIP, BACK_OF_THIGH],
    },
    {
      id: 'medial',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Medial TrP',
      location: { landmark: 'buttock', toward: 'sacrum', t: 0.3, offset: [0, 0.03, 0] },
      landmarks: ['sacrum', 'buttock', 'psis'],
      description: 'On the same line, in its inner third, close to the edge of the sacrum.',
      palpation:
        'Press gently into the buttock just outside the side edge of the sacrum, on the line toward the top of the greater trochanter, with steady, moderate pressure. Nerves and vessels come out of the pelvis just above and below the muscle here: if you feel a throbbing pulse, or tingling, burning or an electric feeling runs down the leg, ease off and move.',
      zones: [BUTTOCK_AND_HIP, BACK_OF_THIGH],
    },
  ],
  activatingFactors: [
    'Forceful twisting while the weight is on one leg, such as catching yourself in a fall.',
    'Running.',
  ],
  perpetuatingFactors: [
    'Long sitting on hard surfaces or on a wallet.',
    'Long sitting with the hips bent and spread apart (driving, the position used in childbirth).',
    'Sacroiliac joint displacement.',
    'Leg-length inequality.',
    'Morton\'s foot structure (a long second toe bone).',
  ],
  selfCare: {
    pressureRelease:
      'Sit or lie on a tennis ball placed on the line from the edge of the sacrum to the top of the bony bump of the hip. Let your weight sink in until you meet firm resistance and hold until it eases. If tingling, burning or an electric feeling runs down the leg, move the ball at once: it is pressing on the sciatic nerve. Keep the ball off the tailbone and out of the hollow between the sitting bone and the bony bump of the hip, where that nerve runs.',
    stretch:
      'Lying on your back, bend the hip to about a right angle and pull the knee toward the opposite shoulder, or cross the ankle over the other knee (figure-4) and draw the legs toward you. If the stretch sends tingling down the leg, ease off until it stops.',
    other: ['Take the wallet out of your back pocket and avoid long sitting on hard seats.'],
    cautions: [
      'Get emergency care for loss of bladder or bowel control, or numbness around the genitals or back passage.',
      'Numbness, tingling or weakness in the leg, or a foot that drags or slaps (foot drop), needs assessment by a clinician.',
      'See a clinician for pain after a fall or injury, fever, pain at night that rest does not ease, or unexplained weight loss.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['sciatic nerve'],
      caution:
        'If tingling, burning or an electric feeling runs down the leg, move the ball: it is on the sciatic nerve. Keep it on the line from the sacrum to the top of the hip bone, not in the hollow between the sitting bone and the bony bump of the hip, and off the tailbone. On blood thinners, use a soft ball and light pressure.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['lateral', 'medial'],
      near: ['sciatic nerve', 'superior gluteal artery and nerve', 'gluteal nerves and vessels'],
      caution:
        'The sciatic nerve and the gluteal nerves and vessels pass through the greater sciatic notch beside this muscle; the upper gluteal artery and nerve come out at the top of the notch, near the inner trigger point, and the sciatic nerve below the muscle. Press gently and steadily, not with sharp or prolonged digging, on the muscle just outside the edge of the sacrum; move off if it throbs, or if tingling, burning or an electric feeling runs down the leg.',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint', 'sciatic nerve'],
      caution:
        'After a hip replacement, do not pull the knee toward the opposite shoulder unless your surgeon or physiotherapist agrees: bending the hip past a right angle while it crosses inward is the classic position for the new hip to dislocate. Ease off if the stretch sends tingling down the leg.',
    },
  ],
  mistakenFor: [
    'Lumbar disc herniation / sciatica',
    'Sacroiliac joint dysfunction',
    'Facet syndrome',
    'Hamstring strain',
    'Pudendal neuralgia',
    'Spinal stenosis',
    'Episacroiliac lipoma',
  ],
  sources: ['ts-1992', 'medlink', 'namtpt', 'monclus-diez-2025', 'iglesias-gonzalez-2013', 'verhagen-2016', 'ahcpr-1994-low-back', 'atlas-safety-review'],
  notes: [
    'Separate from referred pain: the sciatic, gluteal or pudendal nerves can be squeezed where they pass through the greater sciatic foramen with the muscle, adding pain or pins-and-needles further down the leg and into the perineum. Travell & Simons count sacroiliac dysfunction as a third part of "piriformis syndrome". NAMTPT mentions pain on opening the bowels.',
    'In low back pain, active piriformis trigger points were found in 42% of patients (systematic review, Monclús-Díez 2025); a controlled study of chronic low back pain also examined the piriformis (Iglesias-González 2013).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: the sciatic nerve leaves the pelvis through the greater sciatic notch just below this muscle (in some people through it), so the ball and finger texts say to move off when tingling runs down the leg, and keep the ball out of the hollow between the sitting bone and the greater trochanter, where the nerve runs down (clinical safety review of this atlas).',
  ],
};

export default muscle;
