import type { MuscleData } from '../../muscleSchema';

const GM_PREVALENCE =
  'Common: in low back pain, active gluteus medius trigger points were found in 34-45% of patients, and latent ones were commoner in this muscle than in any other reviewed (74%) (systematic review, Monclús-Díez 2025).';

/** Gluteus medius: one of the commonest trigger-point sources of low back, sacroiliac and buttock pain. */
const muscle: MuscleData = {
  id: 'gluteus-medius',
  name: 'Gluteus medius',
  synonyms: ['glute med', 'middle gluteal muscle'],
  region: 'hip',
  anatomy: {
    origin:
      'Outer surface of the ilium between the anterior and posterior gluteal lines, below the iliac crest, and the gluteal aponeurosis.',
    insertion: 'Lateral (and posterosuperior) surface of the greater trochanter.',
    innervation: 'Superior gluteal nerve (L4-S1).',
    actions: [
      'Abducts the hip.',
      'Anterior fibres medially rotate and flex the hip; posterior fibres laterally rotate and extend it.',
      'Keeps the pelvis level when standing on one leg.',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral-and-bilateral',
    note: 'Referral is on the same side, and each zone stops at the midline. One summary says TrP3 pain may spread across the low back and sacrum to both sides; that spread is not verified against the book, so it is not drawn.',
  },
  triggerPoints: [
    {
      id: 'trp1',
      prevalence: 'common',
      prevalenceNote: GM_PREVALENCE,
      uncertain:
        'Some teaching sheets give this muscle patterns that look like gluteus maximus ones (gluteal cleft, tailbone, the whole buttock and back of the thigh); the pattern drawn follows a summary based on Travell & Simons.',
      name: 'TrP1 (posterior)',
      location: { landmark: 'iliac_crest_posterior', toward: 'psis', t: 0.5, offset: [0.02, -0.01, 0] },
      landmarks: ['iliac_crest_posterior', 'psis'],
      description: 'In the back part of the muscle, just below the rim of the pelvis, near the dimple at the back of the pelvis (PSIS) and the sacroiliac joint.',
      palpation:
        'Lying on the other side or standing, press just under the back of the pelvic rim, a little out from the dimple at the base of the spine, feeling for a tender band running down toward the hip. Stay high, just under the rim.',
      zones: [
        {
          kind: 'essential',
          description: 'Along the back of the pelvic rim to the sacroiliac joint and over the sacrum on the same side, up to the midline.',
          shapes: [
            {
              shape: 'stroke',
              path: ['iliac_crest_posterior', 'psis', { landmark: 'sacrum', offset: [0.015, 0, 0] }],
              width: 0.05,
            },
            { shape: 'disc', center: { landmark: 'sacrum', offset: [0.015, 0, 0] }, radius: 0.04 },
          ],
        },
        {
          kind: 'spillover',
          description: 'May spread into the upper buttock.',
          shapes: [
            { shape: 'disc', center: { landmark: 'buttock', toward: 'iliac_crest_posterior', t: 0.4 }, radius: 0.06 },
          ],
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      prevalenceNote: GM_PREVALENCE,
      uncertain:
        'Some teaching sheets give this muscle patterns that look like gluteus maximus ones; the pattern drawn follows a summary based on Travell & Simons.',
      name: 'TrP2 (middle)',
      location: { landmark: 'iliac_crest_posterior', toward: 'iliocristale', t: 0.55, offset: [0, -0.03, 0] },
      landmarks: ['iliocristale', 'iliac_crest_posterior'],
      description: 'Just below the middle of the rim of the pelvis, on the side of the hip.',
      palpation: 'Lying on the other side, press just under the middle of the pelvic rim and explore downward for a tender, tight spot.',
      zones: [
        {
          kind: 'essential',
          description: 'Further out than TrP1: the middle and outer part of the buttock.',
          shapes: [{ shape: 'disc', center: { landmark: 'buttock', offset: [0.03, 0, 0] }, radius: 0.07 }],
        },
        {
          kind: 'spillover',
          description: 'Possibly down into the back and outer side of the upper thigh.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'buttock', toward: 'trochanterion', t: 0.5, offset: [0, -0.05, 0] },
                { landmark: 'thigh_posterior', toward: 'thigh_lateral', t: 0.5, offset: [0, 0.03, 0] },
              ],
              width: 0.06,
            },
          ],
        },
      ],
    },
    {
      id: 'trp3',
      prevalence: 'occasional',
      prevalenceNote:
        'Occasional: the summaries of Travell & Simons call this front trigger point uncommon, without a figure (the atlas counts "uncommon" as occasional and keeps "rare" for trigger points the sources call rare); the muscle as a whole is common in low back pain (Monclús-Díez 2025).',
      name: 'TrP3 (anterior)',
      location: { landmark: 'iliocristale', toward: 'asis', t: 0.6, offset: [0, -0.03, 0] },
      landmarks: ['asis', 'iliocristale'],
      description: 'In the front part of the muscle, just below the rim of the pelvis, toward the bony point at the front of the hip (ASIS). Uncommon.',
      palpation: 'Lying on the other side, press just below the front part of the pelvic rim, behind the ASIS.',
      zones: [
        {
          kind: 'essential',
          description: 'Along the rim of the pelvis and across the lower back and sacrum on the same side, up to the midline.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'iliocristale', toward: 'asis', t: 0.4 },
                'iliocristale',
                'iliac_crest_posterior',
                'psis',
              ],
              width: 0.05,
            },
            {
              shape: 'stroke',
              path: [{ landmark: 'l5', offset: [0.03, 0, 0] }, { landmark: 'sacrum', offset: [0.02, 0, 0] }],
              width: 0.05,
            },
          ],
          uncertain:
            'The wording of this pattern in Travell & Simons has not been checked against the book. One summary adds that the pain may cross to both sides of the low back and sacrum; that is unverified and not drawn: the zone stops at the midline.',
        },
      ],
      uncertain:
        'The referral of TrP3 (across the low back and sacrum, possibly to both sides) is not verified against the book; only its own side is drawn.',
    },
  ],
  activatingFactors: [
    'Running or walking on slopes.',
    'A fall.',
    'Sports such as tennis and aerobics.',
  ],
  perpetuatingFactors: [
    'Standing with the weight on one leg.',
    'Sitting on a wallet in a back pocket.',
    'Sleeping on the side.',
    'Leg-length inequality.',
    'Morton\'s foot structure (a long second toe bone).',
  ],
  selfCare: {
    pressureRelease:
      'Lean against a wall or lie on the floor with a ball just below the rim of the pelvis, on the back or side of the hip. Let your weight sink in until you meet firm resistance, hold until it eases, then move to the next spot along the rim. Keep the ball high, within about three finger-widths of the rim; if tingling, burning or an electric feeling runs down the leg, move the ball up and off that spot.',
    stretch:
      'Lying on the unaffected side near the edge of the bed, let the upper leg drop down over the edge. For the front fibres, keep the hip straight and let the leg drop behind the lower leg; for the back fibres, bend the hip a little and let the leg drop in front of the lower leg. Hold gently for 20 to 30 seconds.',
    other: [
      'Take the wallet out of your back pocket before sitting.',
      'Have leg-length differences and footwear checked and corrected.',
    ],
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
        'Keep the ball high on the buttock, just below the pelvic rim. If tingling, burning or an electric feeling runs down the leg, the ball has moved down toward the sciatic nerve: move it up. On blood thinners, use a soft ball and light pressure.',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint'],
      caution:
        'After a hip replacement, do not let the leg cross behind or in front of the other one past the midline unless your surgeon or physiotherapist agrees: depending on the operation, these are positions in which the new hip can dislocate.',
    },
  ],
  mistakenFor: [
    'Sacroiliac joint dysfunction',
    'Lumbar facet syndrome',
    'L4-L5 radiculopathy',
    'Trochanteric bursitis or gluteal tendinopathy',
    'Hip osteoarthritis',
    'Lumbago',
  ],
  sources: ['ts-1992', 'monclus-diez-2025', 'ge-2011', 'iglesias-gonzalez-2013', 'wolfe-1990', 'verhagen-2016', 'ahcpr-1994-low-back', 'atlas-safety-review'],
  notes: [
    'Disagreement: some teaching sheets give gluteus medius patterns that look like gluteus maximus ones (gluteal cleft, coccyx, "entire buttock and posterior thigh"). A flash-card set based on Travell & Simons gives TrP1 to the low back, sacrum and sacroiliac joint and TrP2 to the outer buttock, matching what is drawn here.',
    'In low back pain (systematic review, Monclús-Díez 2025) active gluteus medius trigger points were found in 34-45% of patients, and latent trigger points were most common in this muscle (74%). A controlled study of chronic low back pain also examined it (Iglesias-González 2013).',
    'In a fibromyalgia study where stimulating active trigger points reproduced the overall spontaneous pain pattern, gluteus medius was a key lower-body muscle (Ge 2011).',
    'Stretch: the front fibres bend the hip and turn it inward, so they are stretched with the hip straight and the leg taken back behind the other; the back fibres straighten the hip and turn it outward, so they are stretched with the hip bent and the leg brought forward in front of the other (the same rule as for gluteus minimus). The reference summary words the side-lying stretch the other way round (leg behind for the back fibres, in front for the front fibres); the atlas follows the actions of the fibres.',
    'The fibromyalgia "gluteal" tender point of the ACR 1990 criteria, in the upper outer part of the buttock, sits over this muscle; it is a site tested for tenderness, not a trigger point (Wolfe 1990).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
