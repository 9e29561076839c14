import type { MuscleData } from '../../muscleSchema';

const PREVALENCE_NOTE =
  'No figure is given for adductor magnus itself; the hip adductors together had latent trigger points in 35% and active ones in 17% of patients with painful knee osteoarthritis (Sánchez Romero 2020), so it is counted as common.';

/** Adductor magnus: the big inner-thigh muscle, behind inner-thigh pain and, from high up, pain felt inside the pelvis. */
const muscle: MuscleData = {
  id: 'adductor-magnus',
  name: 'Adductor magnus',
  synonyms: ['great adductor', 'large adductor', 'inner thigh muscle', 'hip adductors'],
  region: 'thigh',
  anatomy: {
    origin: 'The inferior pubic ramus and the ischial ramus (adductor part) and the ischial tuberosity (ischiocondylar or "hamstring" part).',
    insertion:
      'The linea aspera and the medial supracondylar line (adductor part) and the adductor tubercle of the femur (ischiocondylar part). The adductor hiatus, through which the femoral vessels pass to the back of the knee, lies about 8-13 cm (a hand\'s breadth) above the tubercle, at the junction of the middle and lower thirds of the thigh.',
    innervation: 'Obturator nerve, posterior division (L2-L4), for the adductor part; tibial part of the sciatic nerve (L4) for the ischiocondylar part.',
    actions: ['Adducts the hip strongly.', 'The ischiocondylar part extends the hip.', 'The front fibres may help flex the hip.'],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'TrP1 refers to the same thigh; the TrP2 pain is felt centrally, inside the pelvis.',
  },
  triggerPoints: [
    {
      id: 'trp1',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'TrP1 (mid inner thigh)',
      location: { landmark: 'thigh_medial', offset: [0, 0.02, -0.02] },
      landmarks: ['thigh_medial'],
      description:
        'In the middle of the thigh, in the adductor part on the inner side, under the thin gracilis and between adductor longus in front and the inner hamstrings behind: toward the back of the inner thigh.',
      palpation:
        'Lying on your back in the frog-leg position (knee bent, thigh dropped out to the side), press flat through the soft inner-thigh muscles against the thigh bone in the back part of the inner mid-thigh. Stay behind the groove between the front-thigh muscle and the inner-thigh muscles, where the adductor canal runs.',
      uncertain: 'The exact level is an estimate.',
      zones: [
        {
          kind: 'essential',
          description: 'The front-inner thigh from just below the groin almost down to the knee, strongest in the upper inner thigh.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'groin', toward: 'pubic_tubercle', t: 0.5, offset: [0, -0.015, 0] },
                { landmark: 'pubic_tubercle', toward: 'thigh_medial', t: 0.5 },
                'thigh_medial',
                { landmark: 'thigh_medial', toward: 'knee_medial', t: 0.6 },
              ],
              width: 0.065,
            },
            { shape: 'disc', center: { landmark: 'pubic_tubercle', toward: 'thigh_medial', t: 0.45 }, radius: 0.05 },
          ],
        },
        {
          kind: 'spillover',
          description: 'The rest of the front-inner thigh down to the inner knee.',
          shapes: [{ shape: 'stroke', path: [{ landmark: 'thigh_medial', toward: 'knee_medial', t: 0.6 }, 'knee_medial'], width: 0.05 }],
          uncertain: 'The split between this part and the essential zone was not checked against the T&S figure.',
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'TrP2 (high, near the sitting bone)',
      location: { landmark: 'ischial_tuberosity', offset: [-0.015, -0.03, 0.01] },
      landmarks: ['ischial_tuberosity', 'perineum'],
      description:
        'High in the muscle, near its origin on the bony ring below the pelvis (ischiopubic ramus and sitting bone), deep in the upper back-inner thigh close to the crotch.',
      palpation:
        "Clinician's examination: the trigger point lies deep, close to the bone of the ischium, and is reached from the inner upper thigh with the thigh spread out, or with the patient lying on the painful side, with gentle pressure on the inner side of the sitting bone. Pressure here may bring on the pelvic pain.",
      clinicianOnly:
        'It lies deep in the crotch beside the genitals and the perineum, and the pain it causes is felt inside the pelvis, which must first be examined medically to rule out disease of the pelvic organs. The sciatic nerve runs on the outer side of the sitting bone. Leave the examination to a clinician; for self-care, use the stretches and the mid-thigh pressure.',
      uncertain: 'Its exact position and how to reach it are uncertain in the summaries.',
      zones: [
        {
          kind: 'essential',
          description:
            'Pain inside the pelvis, which may include the pubic bone, the vagina, the rectum and possibly the bladder; diffuse, or a sudden sharp "explosion" of pain. It has no skin zone of its own: it is drawn at the nearest skin points, over the pubic bone and at the perineum.',
          shapes: [
            { shape: 'disc', center: { landmark: 'suprapubic', offset: [0, -0.022, 0] }, radius: 0.025 },
            { shape: 'disc', center: 'perineum', radius: 0.03 },
          ],
          uncertain: 'The pain is internal; the two skin discs only stand for it, and their size is the atlas\'s estimate.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Slipping with the legs splaying; skiing; horse riding.',
    'Climbing and walking uphill; running, swimming and triathlon training.',
  ],
  perpetuatingFactors: [
    'Hours of slow walking or standing.',
    'Sitting for long periods with the hips bent.',
    'Sacroiliac or pelvic dysfunction.',
  ],
  selfCare: {
    pressureRelease:
      'Lying on your back in the frog-leg position, work the back part of the inner mid-thigh against the thigh bone with the fingers or a ball. Stay behind the groove between the front-thigh muscle (vastus medialis) and the inner-thigh muscles, where sartorius and the adductor canal with the femoral artery and vein run, and use no rolling pin or tool in that groove; a pulse is usually not felt there, so do not rely on one. Keep away from the genitals and the perineum. The upper part near the sitting bone is for a clinician to examine.',
    stretch:
      'Sitting with the legs straight and wide apart, lean forward from the hips keeping the back long (do not bounce or force it), or do the kneeling side-lunge stretch of adductor longus. Bending forward also stretches the hamstring-like part of the muscle. After a hip replacement, ask before the frog-leg or straddle positions.',
    other: [],
    cautions: [
      'Pelvic pain with vaginal or rectal bleeding, fever, burning or difficulty passing urine, pregnancy, or a change in bowel habit needs a doctor before it is treated as muscular.',
      'Sudden one-sided pain in the pelvis, groin or scrotum needs emergency care (possible ectopic pregnancy, twisted ovary or testicular torsion).',
      'A swollen, warm thigh needs urgent care (possible deep-vein thrombosis).',
      'A lump in the groin (hernia), pain down the inner thigh in an older thin woman (obturator hernia), or pain after a fall (hip or pubic fracture) needs a doctor.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['trp1'],
      near: ['femoral artery', 'femoral vein', 'saphenous nerve', 'adductor canal'],
      caution:
        'The femoral artery and vein, with the saphenous nerve, run through the adductor canal under sartorius in the middle third of the inner thigh and pass to the back of the knee through the adductor hiatus about a hand\'s breadth above the knee. They are deep and the pulse often cannot be felt, so "avoid the pulse" is no guide: press the back part of the inner mid-thigh, behind the groove between vastus medialis and the inner-thigh muscles.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['trp2'],
      near: ['genitals', 'perineum', 'sciatic nerve', 'pelvic organs'],
      caution:
        'Not for self-care: it lies beside the genitals and the perineum, the sciatic nerve runs on the outer side of the sitting bone, and pain felt inside the pelvis needs a medical examination first.',
    },
    {
      technique: 'pressure-release',
      near: ['femoral artery', 'femoral vein', 'saphenous nerve', 'great saphenous vein', 'varicose veins', 'genitals'],
      caution:
        'Work the back part of the inner mid-thigh only, behind the groove where sartorius and the adductor canal run; no rolling pin or tool in the groove. Keep away from the genitals and the perineum. No pressure with varicose veins of the inner thigh (great saphenous vein), after a clot in the leg (DVT) or on blood thinners; in pregnancy, avoid the upper inner thigh near the pelvis.',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint', 'spine (osteoporosis)'],
      caution:
        'After a hip replacement, ask your surgeon or physiotherapist before the frog-leg or straddle positions. With osteoporosis, keep the back straight in the straddle and do not bounce. In pregnancy, do not force the straddle.',
    },
  ],
  mistakenFor: [
    'Disease of the pelvic organs (gynaecological, prostate, bladder): Niel-Asher warns this pain can be taken for serious pelvic disease',
    'Proctalgia fugax',
    'Groin strain; sports or inguinal hernia',
    'Hip degeneration; iliopsoas or upper quadriceps injury',
    'Osteitis pubis',
  ],
  sources: ['ts-1992', 'huhn-triggerpoint-ca', 'painwhisperer', 'aberdeen-chiropractic', 'niel-asher', 'coccyx-org', 'sanchez-romero-2020', 'olson-1995', 'atlas-safety-review'],
  notes: [
    'Clues: pelvic pain, which may come with pain on intercourse (Niel-Asher, uncertain), and limited spreading of the legs. Coccyx.org lists this muscle among those that can cause tailbone pain, with pain in both the thigh and the pelvic floor.',
    'The adductor hiatus lies about 8-13.5 cm above the adductor tubercle (Olson & Holt 1995), not just above it.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons (hip adductor chapter; the chapter number is unconfirmed) as excerpted on triggerpoint.ca and summarised by blogs; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: The pulse in the adductor canal usually cannot be felt, so the pressure text gives a place rule (behind the groove where sartorius runs) instead of "avoid the pulse"; no pressure with varicose veins, after a DVT, on blood thinners; the high trigger point near the crotch is left to a clinician.',
  ],
};

export default muscle;
