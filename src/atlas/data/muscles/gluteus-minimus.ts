import type { MuscleData } from '../../muscleSchema';

/** Gluteus minimus: the classic "pseudo-sciatica" muscle, sending severe pain down the side or back of the leg. */
const muscle: MuscleData = {
  id: 'gluteus-minimus',
  name: 'Gluteus minimus',
  synonyms: ['glute min', 'smallest gluteal muscle'],
  region: 'hip',
  anatomy: {
    origin: 'Outer surface of the ilium between the anterior and inferior gluteal lines, deep to gluteus medius.',
    insertion: 'Anterior facet of the greater trochanter.',
    innervation: 'Superior gluteal nerve (L4-S1).',
    actions: [
      'Abducts the hip.',
      'Anterior fibres strongly medially rotate and also flex the hip.',
      'Stabilises the pelvis.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'anterior',
      prevalence: 'common',
      prevalenceNote: 'No frequency is given for either portion (reference section 17); kept common.',
      name: 'Anterior TrP',
      location: { landmark: 'asis', toward: 'trochanterion', t: 0.4 },
      landmarks: ['asis', 'trochanterion'],
      description:
        'Deep in the front part of the muscle, a few centimetres below and behind the bony point at the front of the hip (ASIS), between it and the bony bump of the hip (greater trochanter), under the front of gluteus medius and tensor fasciae latae.',
      palpation:
        'Lying on your back or on the other side, press firmly and deeply into the side of the hip between the ASIS and the greater trochanter, a little behind the ASIS rather than below it. It lies under other muscles, so expect to feel tenderness rather than a clear band.',
      zones: [
        {
          kind: 'essential',
          description: 'The lower outer buttock, down the outer thigh to the outer knee.',
          uncertain: 'The reference (section 17, from T&S Vol. 2 via secondary pages) gives this pattern in words without marking its layers; the atlas draws the part above the knee as essential and the part below it as spillover, the distal extension that only some patients feel. Check against the T&S figures.',
          shapes: [
            {
              shape: 'disc',
              center: { landmark: 'buttock', toward: 'trochanterion', t: 0.5, offset: [0, -0.04, 0] },
              radius: 0.05,
            },
            {
              shape: 'stroke',
              path: ['trochanterion', 'thigh_lateral', { landmark: 'fibular_head', offset: [0, 0.04, 0] }],
              width: 0.055,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'On down the outer side of the lower leg to the outer ankle bone; rarely the top of the foot.',
          uncertain: 'The reference (section 17, from T&S Vol. 2 via secondary pages) gives this pattern in words without marking its layers; the atlas draws the part above the knee as essential and the part below it as spillover, the distal extension that only some patients feel. Check against the T&S figures.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'fibular_head', offset: [0, 0.04, 0] },
                'fibular_head',
                { landmark: 'fibular_head', toward: 'lateral_malleolus', t: 0.5 },
                'lateral_malleolus',
              ],
              width: 0.055,
            },
            { shape: 'disc', center: 'foot_dorsum', radius: 0.035 },
          ],
        },
      ],
    },
    {
      id: 'posterior',
      prevalence: 'common',
      prevalenceNote: 'No frequency is given for either portion (reference section 17); kept common.',
      name: 'Posterior TrP',
      location: { landmark: 'buttock', toward: 'trochanterion', t: 0.4, offset: [0, 0.04, 0] },
      landmarks: ['buttock', 'trochanterion', 'sacrum'],
      description:
        'Deep in the upper outer part of the buttock, following the upper border of the piriformis: on the line that runs from the top of the greater trochanter toward the top of the sacrum.',
      palpation:
        'Lying on the other side with the top knee bent, press deeply into the upper outer buttock along the line from the top of the hip bone bump toward the sacrum. Keep to the upper outer buttock, not the middle or lower buttock.',
      zones: [
        {
          kind: 'essential',
          description: 'The lower inner buttock and down the back of the thigh.',
          uncertain: 'The reference (section 17, from T&S Vol. 2 via secondary pages) gives this pattern in words without marking its layers; the atlas draws the part above the knee as essential and the part below it as spillover, the distal extension that only some patients feel. Check against the T&S figures.',
          shapes: [
            {
              shape: 'disc',
              center: { landmark: 'buttock', toward: 'ischial_tuberosity', t: 0.5, offset: [-0.01, 0, 0] },
              radius: 0.05,
            },
            {
              shape: 'stroke',
              path: [
                { landmark: 'buttock', toward: 'ischial_tuberosity', t: 0.6 },
                'thigh_posterior',
                { landmark: 'popliteal', toward: 'thigh_posterior', t: 0.45 },
              ],
              width: 0.06,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'On across the back of the knee and into the upper calf.',
          uncertain: 'The reference (section 17, from T&S Vol. 2 via secondary pages) gives this pattern in words without marking its layers; the atlas draws the part above the knee as essential and the part below it as spillover, the distal extension that only some patients feel. Check against the T&S figures. The words say only that the pain goes "into the calf", not how far; the atlas draws it into the upper calf.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'popliteal', toward: 'thigh_posterior', t: 0.45 }, 'popliteal', { landmark: 'popliteal', toward: 'calf', t: 0.4 }],
              width: 0.06,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Sudden overload: a fall, running, tennis.',
    'Injections into the buttock muscles.',
    'Trigger points in quadratus lumborum (gluteus minimus trigger points can arise as satellites of them).',
    'Irritation of the L5 or S1 nerve root itself.',
  ],
  perpetuatingFactors: [
    'Staying still for long periods: long drives with the foot on the accelerator, prolonged standing.',
    'Limping.',
    'Sacroiliac joint dysfunction.',
    'Sitting on a wallet or sitting cross-legged.',
  ],
  selfCare: {
    pressureRelease:
      'Lean the side of the hip against a wall with a ball between the rim of the pelvis and the bony bump of the hip, slightly toward the front. Let your weight sink in until you meet firm resistance, hold until it eases, then move the ball a little. Keep the ball on the side of the hip, not in the middle or lower buttock.',
    stretch:
      'Front fibres: take the hip back, turn the leg outward and bring it across behind the other leg. Back fibres: bend the hip and draw the knee across toward the opposite side. With a hip replacement, ask your surgeon or physiotherapist first.',
    other: ['Change position often; avoid sitting or standing still for long periods.'],
    cautions: [
      'Get emergency care for loss of bladder or bowel control, or numbness around the genitals or back passage.',
      'Numbness, tingling or weakness in the leg, or a foot that drags or slaps (foot drop), needs assessment by a clinician: true nerve-root compression has to be ruled out.',
      'Swelling, redness or warmth of the calf (possible deep-vein thrombosis) needs urgent medical care.',
      'See a clinician for pain after a fall or injury, fever, pain at night that rest does not ease, or unexplained weight loss.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['posterior'],
      near: ['sciatic nerve', 'superior gluteal nerve and artery'],
      caution:
        'The sciatic nerve leaves the pelvis under the piriformis, in the middle of the lower buttock, and the upper gluteal nerve and artery come out above it near the edge of the sacrum. Press in the upper outer buttock only; if tingling, numbness or an electric pain runs down the leg, move off the spot, and see a clinician if it stays.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['anterior'],
      near: ['lateral femoral cutaneous nerve'],
      caution:
        'A skin nerve of the outer thigh passes beside and below the ASIS. If pressing causes burning, tingling or numbness over the outer thigh, move back toward the bony bump of the hip.',
    },
    {
      technique: 'pressure-release',
      near: ['sciatic nerve', 'lateral femoral cutaneous nerve'],
      caution:
        'If tingling, numbness or an electric pain runs down the leg, move the ball: it is pressing on a nerve (the sciatic nerve runs through the lower middle buttock). Keep it on the side of the hip. On blood thinners, light pressure only.',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint'],
      caution:
        'After a hip replacement, do not draw the bent knee across the body, or take the leg back, turned out and across, unless your surgeon or physiotherapist agrees: depending on the operation these are the positions in which a new hip can dislocate.',
    },
  ],
  mistakenFor: [
    'Sciatica / L5 or S1 radiculopathy',
    'Lumbar disc herniation',
    'Trochanteric bursitis',
    'Hip osteoarthritis',
    'Peroneal (fibular) nerve entrapment',
    'Piriformis syndrome',
    'Failed back surgery syndrome',
  ],
  sources: ['ts-1992', 'niel-asher', 'iglesias-gonzalez-2013'],
  notes: [
    'The pain can be severe and unrelenting; it usually stops at the ankle.',
    'Travell & Simons quote a series of 70 patients referred with "sciatica" in whom 55 turned out to have pain from ligaments or muscles, often the gluteal muscles, rather than from a nerve root.',
    'Layers: the sources summarised describe these patterns in words only, without marking essential and spillover. The atlas draws the buttock and thigh as essential and the part below the knee (the outer leg to the ankle, the top of the foot, the back of the knee and the calf) as spillover, felt by some patients when the trigger point is more irritable (reference sections 0 and 17). This is the atlas\'s reading, not checked against the T&S Vol. 2 figures.',
    'Behind reference section 17 are secondary pages paraphrasing T&S Vol. 2: painfreehealth.ca, Massage Today (Kent 2011) and triggerpoints3d.com (Niel-Asher, with a comment by Gerwin); the first two have no entry in the atlas\'s source list yet.',
    'A controlled study of chronic low back pain examined gluteus minimus among other muscles; patients had more active trigger points than controls (Iglesias-González 2013).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
