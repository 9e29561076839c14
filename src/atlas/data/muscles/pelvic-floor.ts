import type { MuscleData } from '../../muscleSchema';

const CLINICIAN_ONLY =
  'These trigger points lie inside the pelvis. A trained clinician (pelvic-health physiotherapist, gynaecologist, urologist or colorectal specialist) examines them internally; they cannot be found or pressed from the skin. This atlas describes no internal technique: do not insert fingers, wands or other devices into the vagina or rectum yourself. Any home programme is for the treating clinician to prescribe and supervise.';

const PALPATION =
  "Clinician's examination only, done internally by a trained clinician after a medical assessment. The atlas gives no technique for it; the mark on the body shows only the nearest skin point.";

/** The pelvic floor muscles (levator ani, coccygeus, obturator internus): referral only; examined by a clinician. */
const muscle: MuscleData = {
  id: 'pelvic-floor',
  name: 'Pelvic floor muscles (levator ani, coccygeus, obturator internus)',
  synonyms: ['pelvic floor', 'levator ani', 'coccygeus', 'obturator internus', 'pubococcygeus', 'puborectalis', 'iliococcygeus', 'pelvic floor muscles'],
  aliases: ['levator-ani', 'coccygeus', 'obturator-internus', 'pelvic-floor-muscles'],
  region: 'pelvis',
  anatomy: {
    origin:
      'Levator ani (pubococcygeus with puborectalis, and iliococcygeus): the back of the pubic bone, the tendinous arch over obturator internus and the ischial spine. Coccygeus: the ischial spine and the sacrospinous ligament. Obturator internus: the inner surface of the obturator membrane and the surrounding bone.',
    insertion:
      'Levator ani: the perineal body, the anococcygeal ligament and the coccyx. Coccygeus: the side of the coccyx and the lowest sacrum. Obturator internus: leaves the pelvis through the lesser sciatic foramen to the medial greater trochanter.',
    innervation:
      'Levator ani: direct branches of S3-S4 (nerve to levator ani), with pudendal branches. Coccygeus: S4-S5. Obturator internus: L5-S2.',
    actions: [
      'Levator ani and coccygeus support the pelvic organs, help continence (the puborectalis sling) and flex the coccyx.',
      'Obturator internus laterally rotates the extended hip.',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The tailbone, anal, vaginal and perineal zones lie on the midline and belong to either side; the thigh spillover of obturator internus is on the same side.',
  },
  triggerPoints: [
    {
      id: 'levator-ani-coccygeus',
      prevalence: 'common',
      prevalenceNote:
        'Myofascial pelvic pain is estimated in 14-23% of women with chronic pelvic pain and up to 78% of women with interstitial cystitis (Pastore & Katzman 2012, citing Tu 2006); in men with chronic pelvic pain, pressing levator ani trigger points reproduced their pain often (Anderson 2009). No figure is given per muscle.',
      name: 'Levator ani and coccygeus TrPs (internal)',
      location: { landmark: 'coccyx', toward: 'ischial_tuberosity', t: 0.15 },
      landmarks: ['coccyx', 'perineum'],
      description:
        'Inside the pelvis: along the levator ani from the pubic bone back to the tailbone, and in the coccygeus beside the tailbone and the lowest sacrum. They have no skin point; the mark shows the nearest one, beside the tailbone.',
      palpation: PALPATION,
      clinicianOnly: CLINICIAN_ONLY,
      zones: [
        {
          kind: 'essential',
          description: 'The tailbone and the sacrococcygeal area, the anal area and rectum, the vagina, and the perineum (the area between the back passage and the genitals): the picture called coccygodynia or levator ani syndrome.',
          shapes: [
            { shape: 'disc', center: 'coccyx', radius: 0.035 },
            { shape: 'stroke', path: ['coccyx', 'perineum'], width: 0.04 },
            { shape: 'disc', center: 'perineum', radius: 0.03 },
          ],
        },
        {
          kind: 'spillover',
          description: 'The lower sacrum, and sometimes the low back.',
          shapes: [{ shape: 'stroke', path: [{ landmark: 'sacrum', toward: 'coccyx', t: 0.3 }, { landmark: 'coccyx', offset: [0, 0.015, 0] }], width: 0.045 }],
          uncertain: 'The split between this part and the essential zone comes from summaries, not from the T&S figure; the low back is not drawn.',
        },
      ],
    },
    {
      id: 'obturator-internus',
      prevalence: 'common',
      prevalenceNote: 'No figure is given for obturator internus; it is counted as common.',
      name: 'Obturator internus TrP (internal)',
      location: { landmark: 'ischial_tuberosity', offset: [-0.015, 0, 0] },
      landmarks: ['ischial_tuberosity', 'perineum'],
      description:
        'Inside the pelvis, on its side wall above the levator ani. It has no skin point; the mark shows the nearest one, just inside the sitting bone.',
      palpation: PALPATION,
      clinicianOnly: CLINICIAN_ONLY,
      zones: [
        {
          kind: 'essential',
          description: 'The area between the tailbone and the back passage and the vagina, with a feeling of fullness in the rectum; sometimes electric or shooting pain inside the vagina (webmanmed).',
          shapes: [{ shape: 'stroke', path: ['coccyx', 'perineum'], width: 0.035 }],
        },
        {
          kind: 'spillover',
          description: 'Down the back of the upper thigh on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'ischial_tuberosity', offset: [0, -0.02, 0] }, { landmark: 'ischial_tuberosity', toward: 'thigh_posterior', t: 0.5 }],
              width: 0.05,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'A fall onto the buttocks or tailbone; childbirth injury.',
    'Strain, direct injury or surgery (obturator internus; webmanmed).',
  ],
  perpetuatingFactors: [
    'Long sitting, especially slumped or on hard seats.',
    'Chronic constipation and straining.',
    'Pelvic or abdominal surgery and adhesions.',
    'Persistent emotional stress with guarding of the pelvic floor.',
    'Sacroiliac dysfunction.',
  ],
  selfCare: {
    pressureRelease:
      'None. These muscles lie inside the pelvis and are examined and treated by a trained clinician; the atlas describes no internal technique and no pressure point for them.',
    stretch: 'No stretch is given for these muscles; any exercise or relaxation ("down-training") programme should be the one your treating clinician teaches you.',
    other: [
      'Sit on a cushion with a cut-out for the tailbone, or a wedge; sit upright on the sitting bones rather than slumped back onto the tailbone; get up often.',
      'Avoid constipation (fluids, fibre, no straining); warm baths; slow, relaxed breathing.',
      'Muscles outside the pelvis can refer pain to the same area and are shown in the atlas: gluteus maximus (its trigger point beside the tailbone) and adductor magnus (its high trigger point).',
    ],
    cautions: [
      'Any lasting pain in the pelvis, back passage, tailbone, genitals or when passing urine needs a medical examination first.',
      'Rectal bleeding, a change in bowel habit or unexplained weight loss: see a doctor promptly (bowel cancer must be ruled out).',
      'Fever with a painful swelling by the back passage needs a doctor the same day (possible abscess).',
      'Difficulty passing urine, blood in the urine, or burning when passing urine needs a doctor (infection, stones).',
      'Numbness between the legs (saddle area) with bladder or bowel change: emergency care (cauda equina syndrome).',
      'In women: pain in pregnancy, abnormal vaginal bleeding or discharge, or sudden one-sided pelvic pain (possible ectopic pregnancy or twisted ovary: emergency); endometriosis and pelvic infection also need a doctor.',
      'In men: fever with pain between the legs (possible acute prostate infection) and testicular pain need a doctor; sudden severe pain or swelling of a testicle is testicular torsion until proved otherwise: emergency care.',
      'Tailbone or sacral pain after a fall needs a check for a fracture.',
      'Burning pain between the legs on sitting that eases on a toilet seat can be pudendal neuralgia: see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['rectum', 'vagina', 'bladder', 'pudendal nerve', 'pelvic organs'],
      caution:
        'Internal examination only, by a trained clinician after a medical assessment. Do not examine or treat these muscles yourself: no fingers, wands or other devices inside the vagina or rectum.',
    },
  ],
  mistakenFor: [
    'Coccygodynia of joint origin; a fractured tailbone; levator ani syndrome; proctalgia fugax',
    'Haemorrhoids, anal fissure, polyps, colorectal cancer, Crohn\'s disease, diverticular disease, faecal impaction, proctitis',
    'Prostatitis / chronic pelvic pain syndrome; prostate cancer',
    'Interstitial cystitis / painful bladder syndrome; vulvodynia; endometriosis',
    'Pudendal neuralgia',
    'L5-S5 radiculopathy ("sciatica"); sacroiliac dysfunction',
    'Presacral tumours such as chordoma (rare)',
  ],
  sources: ['ts-1992', 'webmanmed-lower-limb', 'coccyx-org', 'pastore-2012', 'anderson-2009', 'anderson-2005', 'chiarioni-2011', 'knowles-2022', 'atlas-safety-review'],
  notes: [
    'A clinician examines these muscles: their trigger points lie inside the pelvis and are found internally, through the vagina or the rectum, by a trained clinician. The atlas shows where they send pain and describes no internal technique.',
    'Clues: pain worse sitting (especially slumped on a hard seat), eased by standing or sitting on one buttock; pain on opening the bowels; pain with intercourse; urgency or frequency of passing urine; brief rectal spasms (coccyx.org; Anderson 2009).',
    'Coccygeus: webmanmed lists pain around the anus, sacrum, tailbone, vagina, hip and/or low back, and says T&S link coccygeus trigger points to low back pain in women late in pregnancy. T&S mention a possible pudendal nerve entrapment in the canal within the obturator internus fascia, without evidence.',
    'Research: in 72 men with chronic pelvic pain the commonest pain sites were the penis, the perineum and the rectum, and every pain site could be reproduced from at least 2 of 10 set trigger points (Anderson 2009). In 138 men, clinician-delivered trigger-point release with relaxation training for at least a month brought moderate or marked improvement in 72% (Anderson 2005). Chronic or recurrent anorectal or pelvic pain affects 7-24% of people (Chiarioni 2011); chronic anal pain up to 11.6% of the US population (Knowles 2022).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons (ch. 6, pelvic floor muscles) as paraphrased by webmanmed; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: No self-directed internal work is described; internal examination and treatment are for a trained clinician, and pelvic pain is examined medically first.',
  ],
};

export default muscle;
