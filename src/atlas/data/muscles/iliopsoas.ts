import type { MuscleData, ReferralZone } from '../../muscleSchema';

// The sources give one pattern for the muscle as a whole, so every trigger point shares these zones.
const LUMBAR_BAND: ReferralZone = {
  kind: 'essential',
  description:
    'A vertical band beside the spine on the same side, from about the bottom of the ribcage down to the sacroiliac joint and top of the sacrum.',
  shapes: [
    {
      shape: 'stroke',
      path: [
        { landmark: 't12', offset: [0.03, 0, 0] },
        { landmark: 'l3', offset: [0.03, 0, 0] },
        { landmark: 'l5', offset: [0.03, 0, 0] },
        { landmark: 'sacrum', toward: 'psis', t: 0.6 },
      ],
      width: 0.05,
    },
  ],
};

const GROIN_THIGH: ReferralZone = {
  kind: 'essential',
  description: 'The groin and the upper front of the thigh.',
  shapes: [
    {
      shape: 'stroke',
      path: ['groin', { landmark: 'groin', toward: 'thigh_anterior', t: 0.6 }],
      width: 0.07,
    },
  ],
  uncertain: 'The sources summarised name this front part of the pattern without saying whether it is essential or spillover.',
};

const UPPER_BUTTOCK: ReferralZone = {
  kind: 'spillover',
  description: 'Sometimes the upper inner part of the buttock.',
  uncertain: 'Described only as occasional; the sources summarised do not give a colour-coded main and sometimes zone.',
  shapes: [
    { shape: 'disc', center: { landmark: 'buttock', toward: 'sacrum', t: 0.3 }, radius: 0.05 },
  ],
};

const ZONES: ReferralZone[] = [LUMBAR_BAND, GROIN_THIGH, UPPER_BUTTOCK];

/** Iliopsoas: a deep hip flexor whose trigger points send pain up and down the low back and into the groin. */
const muscle: MuscleData = {
  id: 'iliopsoas',
  name: 'Iliopsoas',
  synonyms: ['psoas major', 'iliacus', 'psoas', 'hip flexor'],
  region: 'hip',
  anatomy: {
    origin:
      'Psoas major: sides of the vertebral bodies and intervertebral discs T12-L5 and the lumbar transverse processes. Iliacus: upper two-thirds of the iliac fossa, inner lip of the iliac crest and the ala of the sacrum.',
    insertion: 'Lesser trochanter of the femur (common tendon).',
    innervation: 'Psoas major: ventral rami of L1-L3 (L4). Iliacus: femoral nerve (L2-L3).',
    actions: [
      'Flexes the hip.',
      'With the thigh fixed, flexes the trunk (as in a sit-up).',
      'Stabilises the lumbar lordosis in standing.',
      'Small contribution to side-bending of the trunk.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'femoral-triangle',
      prevalence: 'common',
      name: 'Femoral triangle TrP',
      location: { landmark: 'groin', offset: [0.02, -0.02, 0] },
      landmarks: ['groin', 'asis'],
      description:
        'At the junction of muscle and tendon in the upper front of the thigh, just below the groin crease and to the outer side of the femoral artery.',
      palpation:
        'Lying on your back, find the pulse of the artery in the groin and press gently just to the outside of it, below the crease. Do not press on the pulse itself.',
      zones: ZONES,
    },
    {
      id: 'iliacus',
      prevalence: 'common',
      name: 'Iliacus TrP',
      location: { landmark: 'asis', offset: [-0.03, 0.01, 0] },
      landmarks: ['asis', 'lower_abdomen'],
      description: 'In the iliacus, on the inside of the rim of the pelvis, just inward from and behind the bony point at the front of the hip (ASIS).',
      palpation:
        'Lying on your back with the knees bent, curl the fingertips over the inner edge of the front of the pelvic rim, just inside the ASIS, and press slowly outward and down along the inside of the bone.',
      zones: ZONES,
    },
    {
      id: 'psoas',
      prevalence: 'common',
      name: 'Psoas TrP',
      location: 'lower_abdomen',
      landmarks: ['lower_abdomen', 'omphalion'],
      description:
        'In the psoas, reached through the belly wall to the outer side of the "six-pack" muscle (rectus abdominis), at or below the level of the navel.',
      palpation:
        'Lying on your back with the knees bent and the belly relaxed, sink the fingertips slowly and gently toward the spine beside the rectus abdominis. If you feel a pulse under your fingers, move away from it.',
      zones: ZONES,
    },
  ],
  activatingFactors: [
    'Sit-ups done with straight legs or with the feet held down.',
    'Sudden overload or a fall.',
  ],
  perpetuatingFactors: [
    'Long periods of sitting with the hips bent (driving) or sleeping curled up.',
    'Leg-length inequality.',
    'Prolonged standing.',
  ],
  selfCare: {
    pressureRelease:
      'With the knees bent, use gentle fingertip pressure on the iliacus just inside the front of the pelvic rim, or on the psoas through the belly wall. Press slowly until you meet resistance and wait for it to soften; never press on a pulsing spot.',
    stretch:
      'Kneeling lunge with the back knee down and the pelvis tucked, or lie at the end of a bed, hug one knee to the chest and let the other leg hang off the edge to stretch the front of the hip.',
    other: ['Break up long periods of sitting or lying with the hips bent.'],
    cautions: [
      'Never press on a pulsing spot in the belly: that is the main artery (aorta).',
      'Get emergency care for loss of bladder or bowel control, or numbness around the genitals or back passage.',
      'See a doctor promptly for abdominal pain with fever, vomiting or a tender belly (for example appendicitis on the right), flank pain with blood in the urine, or a bulge in the groin.',
      'Numbness, weakness or tingling in the leg, pain after a fall or injury, pain at night that rest does not ease, or unexplained weight loss need assessment by a clinician.',
    ],
  },
  techniqueCautions: [],
  mistakenFor: [
    'Lumbar disc disease or radiculopathy (L1-L3)',
    'Sacroiliac joint dysfunction',
    'Appendicitis (right side)',
    'Hip joint disease',
    'Inguinal hernia',
    'Kidney or ureter problems',
    'Femoral nerve entrapment',
    'Gynaecological pelvic pain',
  ],
  sources: ['ts-1992', 'monclus-diez-2025', 'iglesias-gonzalez-2013'],
  notes: [
    'The pain is typically worse when standing upright and eased by lying down with the hips bent.',
    'The sources give a single pattern for the whole muscle, so the three trigger points share the same zones.',
    'In low back pain, active psoas trigger points were found in only 5-10% of patients in a systematic review (Monclús-Díez 2025); a controlled study of chronic low back pain also examined the psoas (Iglesias-González 2013).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
