import type { MuscleData } from '../../muscleSchema';

const NO_FIGURE =
  'No prevalence figure for this trigger point was found (a study of upper thoracic spine pain examined iliocostalis thoracis but its figure is not in the abstract, Ortega-Santiago 2019), so it is counted as common.';

/**
 * Thoracic iliocostalis and longissimus: the mid-thoracic iliocostalis (T6), whose pain can reach
 * the front of the chest, and the lower thoracic longissimus (T10-T11), which refers far down to
 * the lower buttock. The T11 iliocostalis and L1 longissimus trigger points are in
 * lumbar-paraspinals.ts and are not repeated here.
 */
const muscle: MuscleData = {
  id: 'thoracic-paraspinals',
  name: 'Thoracic paraspinals (iliocostalis and longissimus thoracis)',
  synonyms: [
    'iliocostalis thoracis',
    'longissimus thoracis',
    'thoracic erector spinae',
    'mid-back muscles',
    'thoracic paraspinal muscles',
  ],
  aliases: ['iliocostalis-thoracis', 'longissimus-thoracis'],
  region: 'upper-back',
  anatomy: {
    origin:
      'Iliocostalis thoracis: upper borders of the angles of the lower six ribs. Longissimus thoracis: sacrum, iliac crest, lumbar spinous and transverse processes and the thoracolumbar fascia.',
    insertion:
      'Iliocostalis thoracis: angles of the upper six ribs and the C7 transverse process (the outer column, over the rib angles). Longissimus thoracis: tips of the thoracic transverse processes and the lower 9-10 ribs between their tubercles and angles (the middle column).',
    innervation: 'Dorsal rami of the thoracic and upper lumbar spinal nerves, segment by segment (lateral branches to iliocostalis, intermediate branches to longissimus).',
    actions: [
      'Both sides: straighten the thoracic spine and brake bending forward.',
      'One side: bend the trunk to the same side and help it turn.',
      'Longissimus also pulls the ribs down.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'iliocostalis-t6',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Iliocostalis thoracis (T6)',
      location: 'paraspinal_t6',
      landmarks: ['paraspinal_t6', 'scapula_inferior_angle'],
      description:
        'In the outer muscle column, about 5-6 cm from the midline at the level of the sixth thoracic vertebra, inside the lower inner edge of the shoulder blade and just above the level of its lower tip.',
      palpation:
        'Lying face down with a pillow under the tummy, or lying on the side curled up, press the fingers flat on the outer ridge of the muscle column beside the spine, over the ribs, and strum across it to find a tense band running up and down.',
      zones: [
        {
          kind: 'essential',
          description: 'A patch just below and outside the trigger point, inside the lower tip of the shoulder blade.',
          shapes: [{ shape: 'disc', center: { landmark: 'paraspinal_t6', offset: [0.005, -0.02, 0] }, radius: 0.03 }],
        },
        {
          kind: 'spillover',
          description:
            'Up along the inner edge of the shoulder blade toward the back of the shoulder, a little down beside the spine, and through to the front: the lower front of the chest on the same side, between the breastbone and the nipple line.',
          shapes: [
            { shape: 'stroke', path: ['paraspinal_t6', { landmark: 'scapula_spine_root', offset: [-0.01, 0, 0] }], width: 0.035 },
            { shape: 'stroke', path: ['paraspinal_t6', { landmark: 'paraspinal_t6', offset: [0, -0.06, 0] }], width: 0.035 },
            { shape: 'disc', center: { landmark: 'xiphoid', toward: 'thelion', t: 0.5 }, radius: 0.04 },
          ],
        },
      ],
    },
    {
      id: 'longissimus-t10-t11',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Longissimus thoracis (T10-T11)',
      location: { landmark: 't12', offset: [0.035, 0.04, 0] },
      landmarks: ['t12', 'lower_ribs_posterior', 'buttock'],
      description:
        'In the middle muscle column, about 3-4 cm from the midline and 3-5 cm above the twelfth thoracic vertebra (near the 11th rib, a little outside its head).',
      palpation:
        'Lying face down with a pillow under the tummy, press into the muscle column two finger-widths from the spine, just above the lowest ribs, against the ribs and bones of the spine, and strum across it for a tense band.',
      zones: [
        {
          kind: 'essential',
          description: 'Deep in the lower buttock, toward the buttock crease, far below the trigger point.',
          shapes: [{ shape: 'disc', center: { landmark: 'buttock', toward: 'gluteal_fold', t: 0.55 }, radius: 0.045 }],
          uncertain:
            'Sources disagree on which longissimus trigger point sends pain to the lower buttock: one summary gives it to the L1 trigger point; the 1999 figure (Fig. 48-1D, read in a translated copy) and another summary give it to this higher one, which is followed here. NAMTPT says only "down toward the sacroiliac region of the buttock".',
        },
        {
          kind: 'spillover',
          description: 'A trail of pain from the trigger point down the low back to the buttock; one summary adds spread inward toward the buttock cleft.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 't12', offset: [0.035, 0.04, 0] },
                { landmark: 'l3', offset: [0.035, 0, 0] },
                { landmark: 'iliac_crest_posterior', toward: 'psis', t: 0.6 },
                { landmark: 'buttock', offset: [0, 0.03, 0] },
              ],
              width: 0.04,
            },
          ],
          uncertain: 'The exact course of the trail is taken from the reading of the figure and has not been checked against the book.',
        },
      ],
    },
  ],
  activatingFactors: [
    'A sudden overload of the back; bending and twisting while lifting.',
    'Whiplash-type jolts of the middle back.',
    'Long car or plane journeys.',
  ],
  perpetuatingFactors: [
    'Sitting bent forward for long periods with rounded shoulders and short chest muscles.',
    'Chilling of tired muscles.',
    'Scoliosis; leg-length inequality.',
  ],
  selfCare: {
    pressureRelease:
      'Lean against a wall or lie on the floor on a tennis ball placed on the muscle column beside the spine, or on two balls in a sock with the bony points of the spine in the gap between them; hold on a tender spot until it eases, then move up or down. Stay off the bony points of the spine, and for the lower spots keep to the muscle column, not out in the soft flank below the ribs.',
    stretch:
      'Sitting, bend forward and turn, bringing the nose toward the opposite knee; on hands and knees, slowly arch and round the back (cat-camel); rest in child\'s pose.',
    other: [
      'Slow, full breathing exercises for the mid-back (T6) trigger point; a doorway chest stretch if you sit with rounded shoulders.',
      'A chair with back support, the screen at eye level, and breaks on long drives.',
      'A foam roller along the middle back, but not with osteoporosis or after a spinal or rib fracture.',
    ],
    cautions: [
      'Chest or arm pain on effort, with sweating or breathlessness: call emergency services. On the left the mid-back trigger point\'s pain reaches the chest and can feel like angina, so heart causes come first.',
      'Sudden, tearing pain between the shoulder blades: call emergency services (aortic dissection).',
      'Pain on breathing with fever or breathlessness: see a doctor urgently (clot in the lung, pleurisy, pneumonia).',
      'Pain under the right shoulder blade after fatty meals: possible gallbladder disease, see a doctor.',
      'Belly pain going through to the back, or with sickness: possible ulcer or pancreatitis, see a doctor.',
      'Flank pain with urinary symptoms or fever: possible kidney disease, see a doctor.',
      'A band of burning pain around one side before a rash: possible shingles, see a doctor.',
      'Night pain, weight loss or a history of cancer, or pain after a fall with osteoporosis: possible fracture or spread of cancer to the spine, see a doctor.',
      'Weak or stiff legs, unsteady walking or a change in bladder control: possible pressure on the spinal cord from a thoracic disc, get emergency care.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['spinous processes', 'ribs', 'kidney'],
      caution:
        'Keep the balls on the muscle columns, off the bony points of the spine; for the lower spots stay on the ribs beside the spine, not in the soft flank below them where the kidneys lie. No balls or firm pressure with osteoporosis or after a spinal or rib fracture; stop for sharp pain or pain on breathing in.',
    },
    {
      technique: 'other',
      near: ['spine', 'ribs'],
      caution: 'No foam rolling with osteoporosis or after a spinal or rib fracture (risk of fracture).',
    },
    {
      technique: 'palpation',
      triggerPoints: ['longissimus-t10-t11'],
      near: ['kidney', '11th and 12th ribs'],
      caution: 'Press toward the spine against the ribs and bones, not forward into the flank under the lowest ribs, where the kidney lies.',
    },
  ],
  mistakenFor: [
    'Angina or heart attack (T6, left side)',
    'Organ disease: gallbladder, kidney, stomach or bowel',
    'Thoracic facet or rib joint dysfunction',
    'Thoracic disc disease',
    'Intercostal neuralgia',
    'Ankylosing spondylitis',
    'For the buttock pattern: lumbar facet syndrome, disc herniation, radiculopathy',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-shoulder-arm-back',
    'webmanmed-shoulder-arm',
    'namtpt',
    'ortega-santiago-2019',
  ],
  notes: [
    'This entry holds the thoracic trigger points of iliocostalis and longissimus from the Travell & Simons chapter on the thoracolumbar paraspinal muscles (Figs. 48-1 and 48-2, read in a translated copy): iliocostalis at T6 and longissimus at T10-T11. Their lower neighbours, iliocostalis thoracis at T11 and longissimus at L1, are in the lumbar paraspinals entry.',
    'On the left the T6 iliocostalis pattern reaches the front of the chest and can mimic angina (webmanmed).',
    'Stiffness with less bending forward and turning; pain getting up from a chair or on coughing (unsure). Tense bands may trap small skin branches of the spinal nerves, changing skin sensation on the back (webmanmed; unsure).',
    'In upper thoracic spine pain (17 patients, 17 controls) patients had 12.4 trigger points on average (5.7 active); the most frequent active ones were in the rhomboids, anterior and middle scalenes; the iliocostalis thoracis figure is not in the abstract (Ortega-Santiago 2019).',
    'Patterns follow the 1999 edition of Travell & Simons and secondary summaries; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
