import type { MuscleData } from '../../muscleSchema';

/** Lumbar paraspinals (multifidi, iliocostalis, longissimus): common sources of low back pain that also refer far down into the buttock. */
const muscle: MuscleData = {
  id: 'lumbar-paraspinals',
  name: 'Lumbar paraspinals (multifidi, iliocostalis, longissimus)',
  synonyms: [
    'multifidus',
    'multifidi',
    'erector spinae',
    'iliocostalis lumborum',
    'iliocostalis thoracis',
    'longissimus thoracis',
    'paraspinal muscles',
  ],
  region: 'lower-back',
  anatomy: {
    origin:
      'Multifidus: back of the sacrum, PSIS, erector spinae aponeurosis, lumbar mammillary processes, thoracic transverse processes and C4-C7 articular processes. Iliocostalis lumborum: iliac crest, sacrum and thoracolumbar fascia. Longissimus thoracis: sacrum, iliac crest and lumbar spinous processes.',
    insertion:
      'Multifidus: spinous processes 2-4 segments above each origin. Iliocostalis lumborum: angles of the lower 6-8 ribs (and lumbar transverse processes). Longissimus thoracis: thoracic transverse processes and ribs.',
    innervation:
      'Dorsal rami, segmentally: medial branches to multifidus; lateral and intermediate branches to iliocostalis and longissimus.',
    actions: [
      'Multifidus: extends the spine segment by segment and controls motion between vertebrae; side-bends to the same side and rotates to the opposite side.',
      'Iliocostalis and longissimus: extend the trunk and bend it to the side.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'multifidus-lumbar',
      prevalence: 'common',
      name: 'Multifidus (L1-L5)',
      location: { landmark: 'l3', offset: [0.015, 0, 0] },
      landmarks: ['l3', 'l5', 't12'],
      description:
        'Deep in the groove right beside the spine, about 1-2 cm out from the bony points (spinous processes). It can occur at any lumbar level; it is drawn here at L3.',
      palpation: 'Lying face down, press deeply into the groove right next to the bony points of the spine, level by level, for a small, very tender spot.',
      zones: [
        {
          kind: 'essential',
          description: 'An ache around the bony points of the spine at and near the level of the trigger point.',
          shapes: [{ shape: 'disc', center: { landmark: 'l3', offset: [0.01, 0, 0] }, radius: 0.045 }],
        },
        {
          kind: 'spillover',
          description: 'May be felt at the front, in the belly, at the same segmental level.',
          shapes: [{ shape: 'disc', center: { landmark: 'omphalion', offset: [0.05, 0, 0] }, radius: 0.05 }],
        },
      ],
    },
    {
      id: 'multifidus-s1',
      prevalence: 'common',
      name: 'Multifidus (S1)',
      location: { landmark: 'sacrum', toward: 'psis', t: 0.3, offset: [0, 0.025, 0] },
      landmarks: ['sacrum', 'psis', 'l5'],
      description: 'Deep beside the midline at the top of the sacrum (S1 level).',
      palpation: 'Lying face down, press deeply just beside the midline at the top of the sacrum, below the last lumbar vertebra.',
      zones: [
        {
          kind: 'essential',
          description: 'Down to the tailbone (coccyx); Travell & Simons list it as a cause of tailbone pain.',
          shapes: [{ shape: 'disc', center: 'coccyx', radius: 0.035 }],
        },
        {
          kind: 'spillover',
          description: 'Alternative pattern from another text: the low back, buttock and upper back of the thigh.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'l5', offset: [0.02, 0, 0] }, 'buttock', { landmark: 'thigh_posterior', toward: 'ischial_tuberosity', t: 0.6 }],
              width: 0.06,
            },
          ],
          uncertain:
            'Not a Travell & Simons spillover zone: a flash-card summary of another text gives this pattern for S1 multifidus instead of the tailbone. Kept as a low-weight layer so that either reading can be found.',
        },
      ],
      uncertain: 'Sources disagree on where S1 multifidus refers (tailbone vs low back, buttock and upper hamstrings).',
    },
    {
      id: 'iliocostalis-lumborum',
      prevalence: 'common',
      name: 'Iliocostalis lumborum (L1)',
      location: { landmark: 't12', toward: 'l3', t: 0.35, offset: [0.06, 0, 0] },
      landmarks: ['t12', 'l3', 'iliac_crest_posterior'],
      description: 'In the outer part of the long muscle column beside the spine, at about the level of the first lumbar vertebra (L1).',
      palpation: 'Lying face down, press into the outer edge of the muscle column beside the spine, just below the lowest ribs, feeling for a tense band running up and down.',
      zones: [
        {
          kind: 'essential',
          description: 'Down into the middle of the buttock on the same side: an often-missed cause of one-sided buttock pain.',
          shapes: [{ shape: 'disc', center: { landmark: 'buttock', offset: [0, 0.02, 0] }, radius: 0.065 }],
        },
        {
          kind: 'spillover',
          description: 'Occasionally the lower belly.',
          shapes: [{ shape: 'disc', center: 'lower_abdomen', radius: 0.05 }],
        },
      ],
    },
    {
      id: 'iliocostalis-thoracis',
      prevalence: 'common',
      name: 'Iliocostalis thoracis (T11)',
      location: { landmark: 't12', offset: [0.06, 0.03, 0] },
      landmarks: ['t12', 'scapula_inferior_angle'],
      description: 'In the outer part of the muscle column at about the level of T11-T12 (another site is described at about T6).',
      palpation: 'Lying face down, press along the outer edge of the muscle column at the level of the lowest ribs.',
      zones: [
        {
          kind: 'essential',
          description: 'Up toward the shoulder blade and down to the lumbar area beside the spine.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_inferior_angle', toward: 't12', t: 0.3 },
                { landmark: 't12', offset: [0.06, 0, 0] },
                { landmark: 'l3', offset: [0.05, 0, 0] },
              ],
              width: 0.06,
            },
          ],
        },
        {
          kind: 'essential',
          description: 'Forward to the belly on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'omphalion', offset: [0.07, 0.04, 0] }, radius: 0.06 }],
        },
      ],
    },
    {
      id: 'longissimus-thoracis',
      prevalence: 'common',
      name: 'Longissimus thoracis (L1)',
      location: { landmark: 't12', toward: 'l3', t: 0.35, offset: [0.035, 0, 0] },
      landmarks: ['t12', 'l3'],
      description: 'In the muscle column beside the spine, a little closer to the midline than iliocostalis, at about T10-L1 (the pattern below is for the L1 level).',
      palpation: 'Lying face down, press into the muscle column a couple of finger-widths from the spine at the level just below the lowest ribs.',
      zones: [
        {
          kind: 'essential',
          description: 'Far down, to the lower buttock, several segments below the trigger point.',
          shapes: [{ shape: 'disc', center: { landmark: 'buttock', toward: 'ischial_tuberosity', t: 0.4 }, radius: 0.06 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'Sudden overload, or bending and twisting at the same time, especially when tired or chilled.',
    'Whiplash or a fall.',
  ],
  perpetuatingFactors: [
    'Staying still for long periods (long drives or flights) and slumped sitting.',
    'Leg-length inequality and an uneven pelvis.',
    'A wallet in the back pocket.',
    'Anything that changes the way you walk.',
  ],
  selfCare: {
    pressureRelease:
      'Put two tennis balls in a sock, one each side of the spine, and lean against a wall or lie on them on the floor. Let the muscles sink onto the balls until you meet firm resistance, hold until they soften, then roll to the next level.',
    stretch: 'Lying on your back, pull both knees to the chest; on hands and knees, slowly arch and round the back (cat-camel).',
    other: [
      'Apply heat.',
      'Use a lumbar support in your chair, lift with good technique and have leg-length differences corrected.',
    ],
    cautions: [
      'Get emergency care for loss of bladder or bowel control, or numbness around the genitals or back passage.',
      'Numbness, tingling or weakness in a leg, or a foot that drags (foot drop), needs prompt assessment.',
      'See a doctor for back pain with fever, unexplained weight loss, a history of cancer, or pain that is worse at night and not eased by rest.',
      'Pain after a fall or injury, or belly pain with sickness or fever, needs a medical check.',
    ],
  },
  techniqueCautions: [],
  mistakenFor: [
    'Lumbar facet syndrome',
    'Disc degeneration or herniation',
    'Radiculopathy',
    'Visceral disease (kidney disease, gallstones, retrocaecal appendicitis)',
    'Coccygodynia (tailbone pain)',
    'Ankylosing spondylitis',
    'Metastatic disease',
  ],
  sources: ['ts-1999', 'niel-asher', 'namtpt', 'monclus-diez-2025', 'iglesias-gonzalez-2013', 'cerezo-tellez-2016'],
  notes: [
    'This entry groups the multifidi with iliocostalis lumborum, iliocostalis thoracis and longissimus thoracis, drawing on the Travell & Simons (1999) chapter on the thoracolumbar paraspinal muscles.',
    'Disagreement on S1 multifidus: Travell & Simons send it to the tailbone; a flash-card summary of another text gives the low back, buttock and upper hamstrings for S1 and the lower sacrum (locally) for S4.',
    'In low back pain, active iliocostalis lumborum trigger points were found in 33-38% of patients (systematic review, Monclús-Díez 2025); a controlled study of chronic low back pain also examined iliocostalis (Iglesias-González 2013).',
    'In the neck, active trigger points in the cervical multifidi were found in 77.68% of people with chronic neck pain (Cerezo-Téllez 2016); that cervical part of multifidus is not drawn here.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
