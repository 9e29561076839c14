import type { MuscleData } from '../../muscleSchema';

/** Vastus intermedius: the deep quadriceps under rectus femoris, behind mid-front thigh pain on walking and stairs. */
const muscle: MuscleData = {
  id: 'vastus-intermedius',
  name: 'Vastus intermedius',
  synonyms: ['intermediate vastus', 'deep quadriceps', 'quads', 'the frustrater'],
  region: 'thigh',
  anatomy: {
    origin: 'The front and outer surfaces of the upper two-thirds of the femoral shaft and the lower lateral intermuscular septum.',
    insertion: 'The deep layer of the quadriceps tendon to the base of the patella; deep fibres (articularis genus) pull up the suprapatellar bursa.',
    innervation: 'Femoral nerve (L2-L4).',
    actions: ['Extends the knee.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'front-thigh',
      prevalence: 'common',
      prevalenceNote:
        'No figure is given for this muscle itself: the quadriceps together had latent trigger points in 29% and active ones in 18% of patients with painful knee osteoarthritis (Sánchez Romero 2020), so it is counted as common.',
      name: 'Vastus intermedius TrPs',
      location: { landmark: 'groin', toward: 'thigh_anterior', t: 0.75, offset: [0.015, 0, 0] },
      landmarks: ['thigh_anterior', 'groin', 'thigh_lateral'],
      description:
        'Often several, deep under rectus femoris in the upper to middle front of the thigh, a little to the outer side of the midline of the front of the thigh; easiest to reach beside rectus femoris, along its border with vastus lateralis.',
      palpation:
        'Lying on your back with the knee straight and relaxed, slide the front-thigh muscle (rectus femoris) aside toward the inner thigh and press deep and slowly against the thigh bone on its outer edge, in the middle of the front of the thigh. The trigger points cannot be felt through rectus femoris, and tight bands are hard to detect; Travell nicknamed this muscle the "frustrater". Stay out of the crease at the top of the thigh.',
      uncertain: 'The positions are from memory of the T&S figure.',
      zones: [
        {
          kind: 'essential',
          description: 'Over the front of the thigh, strongest in the middle, spreading down almost to the knee but usually not over the kneecap.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'groin', toward: 'thigh_anterior', t: 0.5 }, 'thigh_anterior', { landmark: 'thigh_anterior', toward: 'patella', t: 0.72 }],
              width: 0.07,
            },
            { shape: 'disc', center: 'thigh_anterior', radius: 0.05 },
          ],
        },
        {
          kind: 'spillover',
          description: 'Upward into the fold at the top of the thigh, toward the groin.',
          shapes: [{ shape: 'stroke', path: [{ landmark: 'groin', toward: 'thigh_anterior', t: 0.5 }, { landmark: 'groin', toward: 'thigh_anterior', t: 0.1 }], width: 0.05 }],
          uncertain: 'One site also names the lower inner thigh; it is not drawn.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Usually develops as a satellite of trigger points in rectus femoris, vastus lateralis or vastus medialis.',
    'Repeated knee bending: running, squats, cycling.',
    'A sudden overload such as a stumble.',
  ],
  perpetuatingFactors: ['Long sitting with the knee fixed.'],
  selfCare: {
    pressureRelease:
      'Lie face down on a foam roller or a firm ball under the front-outer thigh and roll slowly, or press the outer edge of the front thigh with the fingers while seated. Because the muscle is deep, firm but slow pressure works better than fast rolling, and aggressive rolling is not always the answer. Work the middle of the thigh; stay out of the crease at the top of the thigh, and stop if it causes numbness.',
    stretch:
      'Quad stretch with the emphasis on bending the knee: lying face down, or standing holding a support, bring the heel toward the buttock and keep the low back from arching. Gently tighten the front of the thigh against your hand for a few seconds, relax, then take up the new slack.',
    other: [
      'Avoid long periods with the knee fixed; stand up and straighten the leg during drives.',
      'Build up running and squatting loads gradually.',
    ],
    cautions: [
      'Deep thigh or groin pain on weight-bearing in a runner, or in a woman with low energy intake, needs a check for a stress fracture of the thigh bone.',
      'A tense, swollen thigh after a blow, especially on blood thinners, needs urgent care (bleeding into the muscle or compartment syndrome).',
      'A hard lump in the thigh weeks after a bruise needs a doctor (possible bone forming in the muscle).',
      'A swollen, warm leg needs urgent care (possible deep-vein thrombosis); night pain that rest does not ease needs a doctor (rare bone tumour).',
      'Hip disease can show as thigh pain, including, in young people, a slipped growth plate of the hip: a limp or pain on hip movement needs a doctor.',
      'Numbness of the thigh or weakness of knee straightening needs a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['femoral artery', 'femoral vein', 'femoral nerve', 'varicose veins'],
      caution:
        'Stay out of the crease at the very top of the front thigh (the femoral triangle, with the femoral nerve, artery and vein). Elsewhere on the mid-front thigh deep pressure is low-risk, but stop if it causes numbness. Not on blood thinners or with a bleeding disorder (deep bleeding in the thigh), not over varicose veins, and not in the first weeks after thigh, hip or knee surgery without the surgeon\'s agreement.',
    },
    {
      technique: 'palpation',
      near: ['femoral artery', 'femoral vein', 'femoral nerve'],
      caution: 'Press in the middle of the front thigh, not in the crease at the top of the thigh, where the femoral nerve, artery and vein run. Stop if it causes numbness.',
    },
    {
      technique: 'stretch',
      near: ['artificial knee or hip joint'],
      caution: 'After thigh, hip or knee surgery, ask your surgical team before the quad stretch. With poor balance, stretch lying down rather than standing.',
    },
  ],
  mistakenFor: [
    'L2-L4 radiculopathy or femoral neuropathy (in one reported case the pain was first blamed on lumbar degeneration seen on MRI)',
    'Quadriceps strain',
    'Patellar tendinopathy or patellar dysfunction',
    'Knee osteoarthritis or meniscus problems',
    'Meralgia paresthetica; hip joint disease',
  ],
  sources: ['ts-1992', 'roberts-massage-today', 'finando-2005', 'abbottcenter-groin', 'sanchez-romero-2020', 'atlas-safety-review'],
  notes: [
    'Clues: pain that comes mainly with movement (walking, and especially climbing stairs or slopes) rather than at rest (the "rarely at rest" part is uncertain); trouble straightening the knee after sitting or driving, giving a stiff knee and a limp; weakness of knee straightening.',
    'The muscle cannot be felt directly through rectus femoris (Finando), which is why Travell called it the "frustrater" (Roberts, Massage Today).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons (quadriceps chapter; the chapter number is unconfirmed) as summarised by Massage Today and web pages; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: Pressure stays out of the femoral triangle at the top of the thigh; no deep pressure on blood thinners, over varicose veins or soon after surgery.',
  ],
};

export default muscle;
