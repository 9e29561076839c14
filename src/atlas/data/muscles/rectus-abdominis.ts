import type { MuscleData } from '../../muscleSchema';

const NO_FIGURE =
  'No figure was found for this trigger point (the chronic abdominal wall pain figures are not trigger-point specific); counted as common.';

const BELLY_PRESSURE =
  'The muscle lies just under the skin and fat, so firm pressure is never needed. Work its outer edge and its attachments at the ribs and the pubic bone; do not push deep into the middle of the belly around and above the navel, where the main artery (aorta) runs. If you feel a pulse under the fingers, move outward and keep the pressure shallow. A pulsing lump means stop and see a doctor the same day. No deep pressure into the belly in pregnancy, soon after abdominal surgery, or over a hernia bulge.';

/** Rectus abdominis: belly-wall trigger points that imitate visceral pain and send bands of pain across the back. */
const muscle: MuscleData = {
  id: 'rectus-abdominis',
  name: 'Rectus abdominis',
  synonyms: ['six-pack muscle', 'abs', 'rectus', 'straight abdominal muscle'],
  region: 'abdomen',
  anatomy: {
    origin: 'Pubic crest and pubic symphysis.',
    insertion: 'Xiphoid process and the costal cartilages of ribs 5-7.',
    innervation:
      'Ventral rami of T7-T11 (thoraco-abdominal nerves) and T12 (subcostal nerve). Their front skin branches pierce the rectus sheath, where they can be trapped (anterior cutaneous nerve entrapment, ACNES).',
    actions: [
      'Bends the trunk forward and tilts the pelvis back.',
      'Compresses the belly in coughing, straining and forced breathing out.',
      'Divided by 3-4 tendinous bands, it lies in the rectus sheath on each side of the midline (linea alba).',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral-and-bilateral',
    note: 'Unusual: the bands of pain across the back run over both sides from a trigger point on one side; the pains at the front stay mostly in the same quarter of the belly.',
  },
  triggerPoints: [
    {
      id: 'upper',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Upper TrPs',
      location: { landmark: 'xiphoid', toward: 'costal_margin', t: 0.45, offset: [0, -0.015, 0] },
      landmarks: ['xiphoid', 'costal_margin', 'epigastrium'],
      description: 'High in the muscle, just below the edge of the rib cage and beside the lower tip of the breastbone.',
      palpation:
        'Lying on your back with the knees slightly bent and the belly relaxed, press flat and gently with the fingertips just below the rib edge beside the tip of the breastbone, or pinch the outer edge of the muscle; the bands run up and down. Stay on the muscle just under the skin: no deep pressure into the belly.',
      zones: [
        {
          kind: 'essential',
          description:
            'A horizontal band across the middle of the back, over both sides, at the level of the lowest ribs and the junction of the chest and low-back spine.',
          crossesMidline:
            'Travell & Simons 1999, Fig. 49-2: the back band from an upper trigger point on either side is drawn across both sides of the spine (reference section 8, "bilateral from a one-sided TrP").',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'lower_ribs_posterior', offset: [0, -0.01, 0] },
                { landmark: 't12', offset: [0, -0.01, 0] },
                { landmark: 'lower_ribs_posterior@opposite', offset: [0, -0.01, 0] },
              ],
              width: 0.06,
            },
          ],
        },
        {
          kind: 'essential',
          description: 'At the front, fullness in the pit of the stomach, on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'epigastrium', offset: [0.01, 0.005, 0] }, radius: 0.03 }],
        },
      ],
    },
    {
      id: 'periumbilical',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Periumbilical TrPs',
      location: { landmark: 'omphalion', offset: [0.035, 0, 0] },
      landmarks: ['omphalion', 'lower_abdomen'],
      description: 'At the outer edge of the muscle around the level of the navel, 2-4 cm out from it.',
      palpation:
        'Lying on your back with the knees bent, pinch the outer edge of the muscle at navel level between thumb and fingers, or press flat and lightly against it. Stay at the outer edge, not over the middle of the belly.',
      zones: [
        {
          kind: 'essential',
          description: 'Cramping or colicky pain in the belly around the navel.',
          uncertain:
            'Travell & Simons describe this in words (cramping, colic; NAMTPT "intestinal colic"); the area around the navel and the layer are the atlas\'s reading of that description.',
          shapes: [{ shape: 'disc', center: { landmark: 'omphalion', offset: [0.02, 0, 0] }, radius: 0.045 }],
        },
      ],
    },
    {
      id: 'mcburney',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Lower outer-edge ("McBurney") TrP',
      location: { landmark: 'lower_abdomen', offset: [0.005, -0.01, 0] },
      landmarks: ['lower_abdomen', 'asis', 'omphalion'],
      description: 'At the outer edge of the lower muscle, a little below navel level, near the point midway between the navel and the bony point at the front of the hip.',
      palpation:
        'Lying on your back with the knees bent, pinch or press lightly on the outer edge of the muscle below the navel. Tenderness that stays the same or worsens when you tense the belly (lifting the head or both legs) can point to the belly wall rather than an organ (Carnett\'s sign, a clinician\'s sign), but it does not rule out appendicitis: with fever, loss of appetite, vomiting or worsening pain, see a doctor today whatever it shows.',
      uncertain:
        'Travell & Simons describe this trigger point on the right, where it imitates appendicitis; the atlas mirrors it to the left, where the sources do not describe it.',
      zones: [
        {
          kind: 'essential',
          description: 'Pain and tenderness in the lower quarter of the belly at McBurney\'s point, imitating appendicitis.',
          shapes: [{ shape: 'disc', center: { landmark: 'asis', toward: 'omphalion', t: 0.45 }, radius: 0.04 }],
        },
      ],
    },
    {
      id: 'lower-attachment',
      prevalence: 'occasional',
      prevalenceNote:
        'The sources give no figure. Its pain is a band across both sides of the low back at sacroiliac level; for pain on one side there the reference also names quadratus lumborum, gluteus medius, iliopsoas and piriformis, so this trigger point is counted as occasional: it leads for the two-sided band, not for a one-sided spot.',
      name: 'Lower attachment TrP',
      location: { landmark: 'suprapubic', offset: [0.015, 0.008, 0] },
      landmarks: ['suprapubic', 'pubic_tubercle', 'lower_abdomen'],
      description: 'Where the muscle attaches just above the pubic bone, beside the midline.',
      palpation: 'Lying on your back with the knees bent, press lightly just above the pubic bone beside the midline, against the bone.',
      zones: [
        {
          kind: 'essential',
          description: 'A horizontal band across the low back at the level of the sacroiliac joints, over both sides.',
          crossesMidline:
            'Travell & Simons 1999, Fig. 49-2: the low-back band from the lower attachment trigger point of either side is drawn across the sacrum over both sacroiliac regions.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'psis', toward: 'iliac_crest_posterior', t: 0.15 },
                { landmark: 'sacrum', offset: [0, -0.005, 0] },
                { landmark: 'psis@opposite', toward: 'iliac_crest_posterior@opposite', t: 0.15 },
              ],
              width: 0.04,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Period-like (dysmenorrhoea-like) pain low in the belly above the pubic bone.',
          uncertain:
            'Named for the lower rectus trigger points in words (Travell & Simons text from memory; NAMTPT lists dysmenorrhoea); the exact drawing and layer are not known.',
          shapes: [
            { shape: 'disc', center: { landmark: 'suprapubic', offset: [0.015, 0.02, 0] }, radius: 0.04 },
            { shape: 'stroke', path: [{ landmark: 'suprapubic', offset: [0.02, 0.03, 0] }, 'lower_abdomen'], width: 0.035 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Overdone sit-ups or crunches, or a sudden overload.',
    'Abdominal surgery and its scars.',
    'Pregnancy and separation of the two halves of the muscle (diastasis recti).',
    'Disease of an organ in the belly (peptic ulcer, irritable bowel, painful periods, endometriosis, gallbladder disease), which can start trigger points that outlast it.',
  ],
  perpetuatingFactors: [
    'Slumped posture.',
    'Breathing with the chest instead of the diaphragm (paradoxical breathing), or a chronic cough.',
    'Emotional stress and chilling.',
  ],
  selfCare: {
    pressureRelease:
      'Lie on your back with the knees bent. Use light fingertip pressure or short strokes along the outer edge of the muscle and at its attachments on the lower ribs and just above the pubic bone. Keep the pressure shallow: the muscle lies just under the skin and fat.',
    stretch:
      'Lie face down and press up on the arms so the back arches while the pelvis stays on the floor, then take slow breaths with the diaphragm that push the belly out.',
    other: ['Avoid long series of sit-ups; correct breathing pattern and posture.'],
    cautions: [
      'Chest or upper-belly pain on exertion, or with breathlessness, sweating, nausea or pain spreading into the arm or jaw, can be the heart: call emergency services. A left upper trigger point can imitate heart pain, but a tender spot never rules out the heart.',
      'Severe or fast-worsening belly pain, a hard or board-like belly, repeated vomiting, fever or fainting: call emergency services.',
      'Sudden severe pain in the belly or back with faintness, especially over 60 or in a smoker (a bursting aortic aneurysm): call emergency services.',
      'Pain low on the right with fever, loss of appetite or pain when the pressure is let go (appendicitis): see a doctor today.',
      'Pain under the right ribs after meals, or with fever or yellow skin or eyes (gallbladder): see a doctor today.',
      'Pain in the pit of the stomach going through to the back (pancreatitis, a penetrating ulcer): see a doctor today.',
      'A missed period with belly pain (ectopic pregnancy), or sudden one-sided pain low in the belly (a twisted ovary): get urgent medical help.',
      'Blood in the stool or urine, weight loss or anaemia: see a doctor.',
      'A bulge at the groin or the navel (hernia): see a doctor, and do not press on it.',
      'Pain in the side of the back with urinary symptoms (kidney stone or infection): see a doctor today.',
      'A band of burning, tingling or sensitive skin on one side of the belly, with or without a rash yet (shingles): see a doctor soon.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['abdominal aorta', 'hernia', 'organs of the belly'],
      caution: BELLY_PRESSURE,
    },
    {
      technique: 'pressure-release',
      near: ['abdominal aorta', 'hernia', 'organs of the belly'],
      caution: BELLY_PRESSURE,
    },
    {
      technique: 'stretch',
      near: ['lumbar spine', 'recent abdominal surgery'],
      caution:
        'Skip the press-up if arching the back is painful (for example with spinal stenosis or a slipped vertebra, spondylolisthesis), in pregnancy, and soon after abdominal surgery.',
    },
  ],
  mistakenFor: [
    'Appendicitis',
    'Gallbladder disease (cholecystitis, gallstones)',
    'Peptic ulcer',
    'Reflux or hiatal hernia',
    'Irritable bowel syndrome',
    'Painful periods or endometriosis',
    'Angina (left upper trigger point)',
    'Back pain at the junction of the chest and low back, or at the sacroiliac joints (the back bands)',
    'Anterior cutaneous nerve entrapment (ACNES)',
    'Hernia',
  ],
  sources: ['ts-1999', 'namtpt', 'triggerpointbook-abdominals', 'davies-2013', 'j-clin-gastroenterol-2016-cawp', 'am-j-surg-2009-cawp', 'nazareno-2005', 'serrano-imedio-2022', 'nice-ng156-aaa', 'nice-cg95-chest-pain', 'atlas-safety-review'],
  notes: [
    'Pattern after Travell & Simons 1999, Figs. 49-2 (trigger points and zones) and 49-8 (stretch), read from a translated edition.',
    'Travell & Simons add that left upper trigger points can give pain over the heart (precordial pain), with bloating, heartburn, nausea and vomiting. The atlas does not draw that zone because it mirrors every muscle to the right side, where this pain is not described.',
    'Effects that feel like organ trouble (NAMTPT, after Travell & Simons): vomiting, loss of appetite, nausea, intestinal colic, diarrhoea, bladder and sphincter spasm, painful periods.',
    'Chronic abdominal wall pain (not trigger-point specific) accounts for 10-30% of chronic abdominal pain, most often from anterior cutaneous nerve entrapment (J Clin Gastroenterol 2016 review), about 30% in an Am J Surg 2009 review, where Carnett\'s test recognised over 90% (first author not checked). Of 110 patients given trigger point injections, 89 met the criteria for abdominal wall pain (84% women, mean age 42); 77% had some or complete relief over a mean 25 months (Nazareno 2005).',
    'In 84 women with and without primary dysmenorrhoea, active trigger points of the abdominal and pelvic-floor muscles were more frequent with dysmenorrhoea and during menstruation (Serrano-Imedio 2022).',
  ],
};

export default muscle;
