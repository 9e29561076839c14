import type { MuscleData } from '../../muscleSchema';

/** Pectineus: a short, flat muscle in the floor of the femoral triangle, behind deep groin pain just below the groin crease. */
const muscle: MuscleData = {
  id: 'pectineus',
  name: 'Pectineus',
  synonyms: ['pectineal muscle', 'groin muscle'],
  region: 'hip',
  anatomy: {
    origin: 'The pecten pubis (pectineal line of the superior pubic ramus), between the iliopubic eminence and the pubic tubercle.',
    insertion: 'The pectineal line of the femur, from the lesser trochanter toward the linea aspera.',
    innervation: 'Femoral nerve (L2, L3), sometimes with an extra branch from the obturator nerve (L3).',
    actions: ['Flexes and adducts the hip, as in lifting the thigh to cross it over the other one; used in walking along a straight line.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp',
      prevalence: 'common',
      prevalenceNote: 'No figure was found for this muscle; it is counted as common. It usually comes together with adductor and iliopsoas trigger points (NAMTPT).',
      name: 'Pectineus TrP',
      location: { landmark: 'groin', toward: 'pubic_tubercle', t: 0.4, offset: [0, -0.025, 0] },
      landmarks: ['groin', 'pubic_tubercle'],
      description:
        'In the muscle just below the upper pubic bone, 2-3 cm below the groin crease (inguinal ligament), in the floor of the femoral triangle between adductor longus on the inner side and iliopsoas on the outer side. The femoral vein lies directly over its outer part, with the artery and the femoral nerve further out.',
      palpation:
        "Clinician's examination: with the patient on the back, the hip slightly bent, spread and turned out, the examiner finds the adductor longus cord (not the pulse) and presses flat against the pubic bone just on the outer edge of the cord, at least two finger-widths to the inner side of any pulse. The femoral vein, which has no pulse, lies about a finger-width inside the artery, and the femoral canal inside the vein, so the fingers stay close to the cord rather than just beside the pulse.",
      clinicianOnly:
        'This muscle lies under the femoral vein in the femoral triangle, with the femoral artery (the pulse) and the femoral nerve further out: "just inside the pulse" is on the vein. Examining it is for a clinician. At home, use the stretches and heat; if a clinician has shown you a spot in person, use only what they showed you.',
      uncertain: 'The distances below the groin crease are estimates.',
      zones: [
        {
          kind: 'essential',
          description: 'A deep ache in the groin just below the groin crease, over the muscle itself, toward the pubic bone. It may feel as if it is in the hip joint.',
          shapes: [
            { shape: 'disc', center: { landmark: 'groin', toward: 'pubic_tubercle', t: 0.4, offset: [0, -0.02, 0] }, radius: 0.04 },
            { shape: 'stroke', path: [{ landmark: 'groin', toward: 'pubic_tubercle', t: 0.4, offset: [0, -0.02, 0] }, 'pubic_tubercle'], width: 0.04 },
          ],
        },
        {
          kind: 'spillover',
          description: 'An oval extending onto the upper front-inner thigh.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'groin', toward: 'pubic_tubercle', t: 0.4, offset: [0, -0.03, 0] }, { landmark: 'pubic_tubercle', toward: 'thigh_medial', t: 0.45 }],
              width: 0.05,
            },
          ],
          uncertain: 'From Niel-Asher only.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Tripping and falling.',
    'Horse riding with the thighs gripping the horse (NAMTPT).',
    'Gymnastics, football, ice-skating and skiing injuries.',
  ],
  perpetuatingFactors: [
    'Long cross-legged sitting.',
    'Leg-length difference; a leg in a cast or splint (Niel-Asher).',
    'Hip joint disease.',
  ],
  selfCare: {
    pressureRelease:
      'Self-pressure on this muscle is not advised: it lies right under the large vein of the thigh in the groin. Leave pressure to a clinician; stretching and heat are the safer home options.',
    stretch:
      'Sit with the soles together and let the knees fall toward the floor, pulling the heels gently closer ("butterfly"), or lie on your back with the soles together and the knees falling open. Adding hip extension (a lunge with the back leg turned out) stretches it more. After a hip replacement, ask before the butterfly or lunge stretches.',
    other: ['Avoid long cross-legged sitting; warm up before sports with side-to-side moves; have a leg-length difference corrected.'],
    cautions: [
      'Steroid use, heavy drinking or sickle cell disease with a painful hip: see a doctor (possible loss of blood supply to the head of the thigh bone).',
      'A lump in the groin just below the crease, more often in women, can be a femoral hernia; a painful lump that will not go back, with vomiting, needs emergency care. Do not massage lumps in the groin (hernia, lymph nodes).',
      'A pulsing lump in the groin, for example after a catheter procedure, needs a doctor the same day (possible aneurysm or false aneurysm).',
      'Swollen groin lymph nodes, sudden pain in the testicle (torsion: emergency), loin-to-groin pain in waves (kidney stone) or a hot, painful hip with fever (joint infection: emergency) need a doctor.',
      'In women, sudden one-sided pain low in the belly or groin needs emergency care (possible ectopic pregnancy or twisted ovary); ongoing pelvic pain needs a gynaecological check.',
      'Hip or groin pain after a fall in an older person, or groin pain on weight-bearing in a runner (stress fracture), needs a doctor.',
      'Tingling down the front of the thigh, or a leg that swells, after pressure here: stop and see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['femoral vein', 'femoral artery', 'femoral nerve', 'femoral canal', 'groin lymph nodes'],
      caution:
        'No self-pressure: the muscle lies in the femoral triangle under the femoral vein, with the artery (the pulse) and then the femoral nerve further out. Never press on a pulse or just beside it. No groin pressure at all on blood thinners, with varicose veins or a past clot in this leg, in pregnancy, with any groin lump, or after a catheter procedure through the groin (angiogram, heart catheter).',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint', 'pubic symphysis'],
      caution: 'After a hip replacement, ask your surgeon or physiotherapist before the butterfly or lunge stretches. In pregnancy, stop any stretch that hurts at the pubic bone.',
    },
  ],
  mistakenFor: [
    'Obturator nerve entrapment',
    'Hip joint disease',
    'Pubic stress symphysitis (distance runners, contact sports)',
    'An upslip of the hip bone (innominate)',
    'Inguinal or femoral hernia; enlarged lymph nodes',
    'Meralgia paresthetica; lumbar radiculopathy; poor blood supply to the leg',
  ],
  sources: ['ts-1992', 'namtpt', 'niel-asher', 'abbottcenter-groin', 'atlas-safety-review'],
  notes: [
    'Clues: limited spreading of the legs (sitting cross-legged or in the lotus position is hard) and pain on bending the hip while crossing the leg inward. Niel-Asher lists persistent "internal" groin pain, pain after a hip replacement or fracture, in pregnancy and after childbirth, and pain with intercourse.',
    'Niel-Asher describes a strong zone of about 8-12 cm at the front of the groin.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons (pectineus chapter; the number ch. 13 is from memory and unconfirmed) as summarised by NAMTPT and Niel-Asher; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: The femoral vessels lie on this muscle, not beside it, and "press just inside the pulse" would put the fingers on the femoral vein, so the trigger point is left to a clinician and the home care is stretching and heat.',
  ],
};

export default muscle;
