import type { MuscleData, ReferralZone } from '../../muscleSchema';

// The sources give one pattern for the muscle as a whole, so every trigger point shares these zones.
// Travell & Simons draw the lumbar band BESIDE the spine, not over the spinous processes: its
// centre runs 3.5 cm out from the midline and its soft edge fades out before the midline strip.
const LUMBAR_BAND: ReferralZone = {
  kind: 'essential',
  description:
    'A vertical band beside the spine on the same side (not over the bony points of the spine itself), from about the bottom of the ribcage down to the sacroiliac joint and top of the sacrum.',
  shapes: [
    {
      shape: 'stroke',
      path: [
        { landmark: 't12', offset: [0.035, 0, 0] },
        { landmark: 'l3', offset: [0.035, 0, 0] },
        { landmark: 'l5', offset: [0.035, 0, 0] },
        { landmark: 'sacrum', toward: 'psis', t: 0.6 },
      ],
      width: 0.04,
      feather: 0.015,
    },
  ],
};

const PSOAS_PREVALENCE_NOTE =
  'Occasional: in low back pain, active psoas trigger points were found in only 5-10% of patients, far fewer than in QL, gluteus medius or piriformis (systematic review, Monclús-Díez 2025).';

// The 5-10% figure counts psoas trigger points only; none is given for the iliacus or for the
// common tendon in the groin.
const DEFAULT_PREVALENCE_NOTE =
  'No figure was found for this trigger point: the 5-10% found in low back pain (Monclús-Díez 2025) counts psoas trigger points only, so this one is counted as common.';

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
      prevalenceNote: DEFAULT_PREVALENCE_NOTE,
      name: 'Femoral triangle TrP',
      location: { landmark: 'groin', offset: [0.02, -0.02, 0] },
      landmarks: ['groin', 'asis'],
      description:
        'At the junction of muscle and tendon in the upper front of the thigh, just below the groin crease, in the femoral triangle, to the outer side of the femoral artery, where the femoral nerve lies on the muscle.',
      palpation:
        "Clinician's examination: with the patient lying on the back, the musculotendinous junction is palpated below the inguinal ligament, lateral to the femoral pulse. The femoral nerve lies directly lateral to the artery, on the muscle (nerve, artery, vein, from outside in), so the pressure is light and brief and stops at once if it sends tingling or shooting pain down the front of the thigh.",
      clinicianOnly:
        'The femoral nerve lies directly on the outer side of the femoral artery (nerve, artery, vein, from outside in), so pressing "just outside the pulse" lands on the nerve, with the artery and vein next to it. Self-care works the iliacus just inside the bony point at the front of the hip (ASIS) instead.',
      zones: ZONES,
    },
    {
      id: 'iliacus',
      prevalence: 'common',
      prevalenceNote: DEFAULT_PREVALENCE_NOTE,
      name: 'Iliacus TrP',
      location: { landmark: 'asis', offset: [-0.03, 0.01, 0] },
      landmarks: ['asis', 'lower_abdomen'],
      description: 'In the iliacus, on the inside of the rim of the pelvis, just inward from and behind the bony point at the front of the hip (ASIS).',
      palpation:
        'Lying on your back with the knees bent, curl the fingertips over the inner edge of the front of the pelvic rim, just inside the ASIS, and press slowly and gently outward against the inside of the bone. Stay close to the bone and above the groin crease; do not dig inward toward the middle of the belly, and stop if it causes sharp pain in the belly.',
      zones: ZONES,
    },
    {
      id: 'psoas',
      prevalence: 'occasional',
      prevalenceNote: PSOAS_PREVALENCE_NOTE,
      name: 'Psoas TrP',
      location: 'lower_abdomen',
      landmarks: ['lower_abdomen', 'omphalion'],
      description:
        'In the psoas, reached through the belly wall to the outer side of the "six-pack" muscle (rectus abdominis), at or below the level of the navel.',
      palpation:
        "Clinician's examination: with the patient lying on the back, knees bent and belly relaxed, the fingertips sink slowly and gently toward the spine just outside the rectus abdominis, at or below the navel. A painless pulsating mass under the fingers means stop: the patient should see a doctor the same day (possible abdominal aortic aneurysm); with sudden, severe pain, collapse or faintness, call emergency services. No deep abdominal pressure in pregnancy, after recent abdominal surgery, with a hernia, or on blood thinners.",
      clinicianOnly:
        'Reaching the psoas means pressing deep through the belly, past the bowel and close to the main artery (aorta) and its branches to the legs, which belongs in a clinician\'s examination. If you ever feel a pulsing lump under your fingers in the belly, stop and see a doctor the same day: it can be a swelling of the aorta (abdominal aortic aneurysm). If it comes with sudden, severe pain or you feel faint, call emergency services. Do not press into the belly at all if you are pregnant, have had abdominal surgery recently, have a hernia, or take blood thinners.',
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
      'Work only the iliacus: lying on your back with the knees bent, curl the fingertips just inside the bony point at the front of the hip (ASIS) and press gently outward against the inside of the pelvic rim until you meet resistance, then wait for it to soften. Do not press deep into the middle of the belly to reach the psoas yourself, and keep out of the groin crease. If you feel a pulse under your fingers, move away; a pulsing lump means stop and see a doctor the same day, or call emergency services if it comes with sudden, severe pain or faintness. Skip this pressure altogether if you are pregnant, have had recent abdominal surgery, have a hernia, or take blood thinners.',
    stretch:
      'Kneeling lunge with the back knee down and the pelvis tucked, or lie at the end of a bed, hug one knee to the chest and let the other leg hang off the edge to stretch the front of the hip.',
    other: ['Break up long periods of sitting or lying with the hips bent.'],
    cautions: [
      'Sudden, severe pain in the back or belly, or collapse or feeling faint, above all if you are over 60 or smoke, with or without a pulsing lump in the belly: call emergency services. It can be a swelling of the main artery of the belly (abdominal aortic aneurysm) that is leaking or bursting.',
      'A pulsing lump felt under the fingers in the belly, without pain: stop pressing and see a doctor the same day (possible abdominal aortic aneurysm).',
      'Do no pressure into the belly or the inside of the pelvic rim at all if you are pregnant, have had abdominal surgery recently, have a hernia, or take blood thinners.',
      'Do not press in the groin crease: the femoral nerve, artery and vein run there.',
      'After a hip replacement, ask your surgeon or physiotherapist before lunge or hanging-leg stretches.',
      'Get emergency care for loss of bladder or bowel control, or numbness around the genitals or back passage.',
      'See a doctor promptly for abdominal pain with fever, vomiting or a tender belly (for example appendicitis on the right), flank pain with blood in the urine, or a bulge in the groin.',
      'Numbness, weakness or tingling in the leg, pain after a fall or injury, pain at night that rest does not ease, or unexplained weight loss need assessment by a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['femoral-triangle'],
      near: ['femoral nerve', 'femoral artery', 'femoral vein'],
      caution:
        'Do not press here yourself. From outside in lie the femoral nerve, the femoral artery (the pulse) and the femoral vein, so "just outside the pulse" is on the nerve. This is for a clinician\'s examination.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['psoas'],
      near: ['abdominal aorta', 'iliac arteries', 'bowel'],
      caution:
        'Not for self-care. A pulsing lump under the fingers: stop and see a doctor the same day (possible abdominal aortic aneurysm); with sudden, severe pain, collapse or faintness, call emergency services. No deep pressure into the belly in pregnancy, after recent abdominal surgery, with a hernia, or on blood thinners.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['iliacus'],
      near: ['bowel (caecum on the right, sigmoid colon on the left)', 'external iliac artery', 'lateral femoral cutaneous nerve'],
      caution:
        'The bowel lies over the iliacus on the inside of the pelvic rim (the start of the large bowel, the caecum, on the right; the sigmoid colon on the left). Stay just inside the ASIS and press outward against the bone, above the groin crease, not down into the belly. Stop for sharp belly pain. Move away if you feel a pulse, or if burning, tingling or numbness spreads over the outer thigh (a skin nerve passes beside the ASIS). Not in pregnancy, after recent abdominal surgery, with a hernia, or on blood thinners.',
    },
    {
      technique: 'pressure-release',
      near: ['abdominal aorta', 'bowel', 'femoral nerve', 'femoral artery', 'lateral femoral cutaneous nerve'],
      caution:
        'Iliacus only, just inside the ASIS, pressing outward against the bone; not deep into the belly (bowel, aorta) and not in the groin crease (femoral nerve and vessels). Stop for sharp belly pain. A pulsing lump: stop and see a doctor the same day, or call emergency services if it comes with sudden, severe pain or faintness. Not in pregnancy, after recent abdominal surgery, with a hernia, or on blood thinners.',
    },
  ],
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
  sources: ['ts-1992', 'monclus-diez-2025', 'iglesias-gonzalez-2013', 'nice-ng156-aaa', 'verhagen-2016', 'ahcpr-1994-low-back', 'atlas-safety-review'],
  notes: [
    'The pain is typically worse when standing upright and eased by lying down with the hips bent.',
    'The sources give a single pattern for the whole muscle, so the three trigger points share the same zones.',
    'In low back pain, active psoas trigger points were found in only 5-10% of patients in a systematic review (Monclús-Díez 2025); a controlled study of chronic low back pain also examined the psoas (Iglesias-González 2013).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: the summaries of Travell & Simons describe careful fingertip pressure on the psoas through the belly and a trigger point in the femoral triangle beside the femoral artery. In this atlas both are left to a clinician\'s examination (clinical safety review of this atlas): the femoral nerve lies directly on the outer side of the artery, and deep belly pressure reaches the aorta, so the home self-care is limited to the iliacus just inside the ASIS. The aneurysm warning follows NICE NG156.',
  ],
};

export default muscle;
