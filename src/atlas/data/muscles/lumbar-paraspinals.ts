import type { Anchor, LandmarkRef, MuscleData, ReferralZone, TriggerPointData } from '../../muscleSchema';

const MULTIFIDUS_PREVALENCE =
  'No figure for the lumbar multifidi was found (the 77.68% of Cerezo-Téllez 2016 is for the neck multifidi), so it is counted as common.';

/**
 * A lumbar multifidus trigger point at one level. The sources (reference section 19) put these
 * trigger points deep in the groove beside the spinous processes at any lumbar level and send
 * the pain to the spinous processes at and near that level; the atlas draws L3, L4 and L5.
 * The zone reaches the midline and stops there (the baker ends it), like every one-sided zone.
 */
function multifidusLevel(level: {
  id: string;
  name: string;
  level: LandmarkRef | Anchor;
  at: Anchor;
  landmarks: LandmarkRef[];
  levelWords: string;
  belly?: ReferralZone;
}): TriggerPointData {
  const centre: Anchor =
    typeof level.level === 'string' ? { landmark: level.level, offset: [0.01, 0, 0] } : { ...level.level, offset: [0.01, 0, 0] };
  return {
    id: level.id,
    prevalence: 'common',
    prevalenceNote: MULTIFIDUS_PREVALENCE,
    name: level.name,
    location: level.at,
    landmarks: level.landmarks,
    description: `Deep in the groove right beside the spine, about 1-2 cm out from the bony point (spinous process) of ${level.levelWords}.`,
    palpation:
      'Lying face down, press firmly but slowly into the groove right next to the bony points of the spine, level by level, for a small, very tender spot; press on the muscle in the groove, not on the bony points themselves.',
    zones: [
      {
        kind: 'essential',
        description: 'An ache around the bony points of the spine at and near the level of the trigger point, on its own side up to the midline.',
        shapes: [{ shape: 'disc', center: centre, radius: 0.04 }],
      },
      ...(level.belly ? [level.belly] : []),
    ],
  };
}

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
    multifidusLevel({
      id: 'multifidus-l3',
      name: 'Multifidus (L3)',
      level: 'l3',
      at: { landmark: 'l3', offset: [0.015, 0, 0] },
      landmarks: ['l3', 't12', 'l5'],
      levelWords: 'the third lumbar vertebra (L3)',
      belly: {
        kind: 'spillover',
        description: 'May be felt at the front, in the belly, at the same segmental level.',
        shapes: [{ shape: 'disc', center: { landmark: 'omphalion', offset: [0.05, 0, 0] }, radius: 0.05 }],
        uncertain:
          'The sources say the lumbar multifidi may refer forward to the belly at their own level without placing it for each level; it is drawn once, at the level of the navel, for this L3 trigger point only.',
      },
    }),
    multifidusLevel({
      id: 'multifidus-l4',
      name: 'Multifidus (L4)',
      level: { landmark: 'l3', toward: 'l5', t: 0.5 },
      at: { landmark: 'l3', toward: 'l5', t: 0.5, offset: [0.015, 0, 0] },
      landmarks: ['l3', 'l5', 'iliac_crest_posterior'],
      levelWords: 'the fourth lumbar vertebra (L4), about level with the top of the pelvic rim',
    }),
    multifidusLevel({
      id: 'multifidus-l5',
      name: 'Multifidus (L5)',
      level: 'l5',
      at: { landmark: 'l5', offset: [0.015, 0, 0] },
      landmarks: ['l5', 'psis', 'sacrum'],
      levelWords: 'the fifth (lowest) lumbar vertebra (L5), just above the sacrum',
    }),
    {
      id: 'multifidus-s1',
      prevalence: 'common',
      prevalenceNote: MULTIFIDUS_PREVALENCE,
      name: 'Multifidus (S1)',
      location: { landmark: 'sacrum', toward: 'psis', t: 0.3, offset: [0, 0.025, 0] },
      landmarks: ['sacrum', 'psis', 'l5'],
      description: 'Deep beside the midline at the top of the sacrum (S1 level).',
      palpation: 'Lying face down, press firmly but slowly just beside the midline at the top of the sacrum, below the last lumbar vertebra.',
      zones: [
        {
          kind: 'essential',
          description: 'Down to the tailbone (coccyx); Travell & Simons list it as a cause of tailbone pain.',
          shapes: [{ shape: 'disc', center: 'coccyx', radius: 0.035 }],
        },
      ],
      uncertain:
        'Sources disagree on where S1 multifidus refers: Travell & Simons give the tailbone (drawn); a flash-card summary of another text gives the low back, buttock and upper back of the thigh. That other pattern is not drawn: it is not a Travell & Simons spillover zone, and storing it as one would let one flash-card summary explain low back and buttock pain.',
    },
    {
      id: 'iliocostalis-lumborum',
      prevalence: 'common',
      prevalenceNote: 'Common: in low back pain, active iliocostalis lumborum trigger points were found in 33-38% of patients (systematic review, Monclús-Díez 2025).',
      name: 'Iliocostalis lumborum (L1)',
      location: { landmark: 't12', toward: 'l3', t: 0.35, offset: [0.06, 0, 0] },
      landmarks: ['t12', 'l3', 'iliac_crest_posterior'],
      description: 'In the outer part of the long muscle column beside the spine, at about the level of the first lumbar vertebra (L1).',
      palpation:
        'Lying face down, press gently into the outer edge of the muscle column beside the spine, just below the lowest ribs, angling toward the spine and feeling for a tense band running up and down. Stay on the muscle column: do not push forward into the soft flank under the lowest ribs, where the kidney lies.',
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
      prevalenceNote: 'No prevalence figure was found for this trigger point, so it is counted as common.',
      name: 'Iliocostalis thoracis (T11)',
      location: { landmark: 't12', offset: [0.06, 0.03, 0] },
      landmarks: ['t12', 'scapula_inferior_angle'],
      description: 'In the outer part of the muscle column at about the level of T11-T12 (another site is described at about T6).',
      palpation:
        'Lying face down, press gently along the outer edge of the muscle column at the level of the lowest ribs, against the ribs and toward the spine, not on the loose tips of the lowest ribs.',
      zones: [
        {
          kind: 'essential',
          description: 'A patch on the low back just below and to the outer side of the trigger point.',
          shapes: [{ shape: 'disc', center: { landmark: 't12', offset: [0.075, 0.005, 0] }, radius: 0.04 }],
        },
        {
          // The 1999 figure (48-1, as read for the reference's shoulder-arm-back section 9) draws
          // the spread up, down and to the belly stippled: spillover, not the main zone.
          kind: 'spillover',
          description: 'Up toward the shoulder blade, down to the lumbar area beside the spine, and forward to the belly on the same side, beside and just below the navel.',
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
            { shape: 'disc', center: { landmark: 'omphalion', offset: [0.06, -0.02, 0] }, radius: 0.05 },
          ],
        },
      ],
    },
    {
      id: 'longissimus-thoracis',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure was found for this trigger point, so it is counted as common.',
      name: 'Longissimus thoracis (L1)',
      location: { landmark: 't12', toward: 'l3', t: 0.35, offset: [0.035, 0, 0] },
      landmarks: ['t12', 'l3', 'iliac_crest_posterior'],
      description: 'In the muscle column beside the spine, a little closer to the midline than iliocostalis, at about T10-L1 (the pattern below is for the L1 level).',
      palpation: 'Lying face down, press into the muscle column a couple of finger-widths from the spine at the level just below the lowest ribs.',
      zones: [
        {
          kind: 'essential',
          description: 'Down to the upper buttock, just below the back of the pelvic rim (iliac crest), on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'iliac_crest_posterior', toward: 'psis', t: 0.4 },
                { landmark: 'iliac_crest_posterior', offset: [0.02, -0.01, 0] },
              ],
              width: 0.05,
            },
          ],
          uncertain:
            'Sources disagree: one summary of Travell & Simons sends the L1 longissimus trigger point far down to the lower buttock, but the 1999 figure (Fig. 48-1D, read in a translated copy) and another summary give the lower buttock to the higher (T10-T11) longissimus trigger point and the upper buttock along the iliac crest to the L1 one. The figure is followed here.',
        },
        {
          kind: 'spillover',
          description: 'A trail of pain from the trigger point down through the low back beside the spine.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 't12', toward: 'l3', t: 0.35, offset: [0.035, 0, 0] },
                { landmark: 'l3', offset: [0.04, 0, 0] },
                { landmark: 'iliac_crest_posterior', toward: 'l5', t: 0.5, offset: [0, 0.01, 0] },
              ],
              width: 0.04,
            },
          ],
          uncertain: 'Taken from the reading of the 1999 figure; its exact course has not been checked against the book.',
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
      'Put two tennis balls in a sock, one each side of the spine, so that the bony points of the spine sit in the gap between them, and lean against a wall or lie on them on the floor. Let the muscles sink onto the balls until you meet firm resistance, hold until they soften, then roll to the next level. Keep the balls on the muscle columns right beside the spine, between the top of the pelvis and the lowest ribs; do not move them out into the soft flank under the lowest ribs, where the kidneys lie.',
    stretch: 'Lying on your back, pull both knees to the chest; on hands and knees, slowly arch and round the back (cat-camel).',
    other: [
      'Apply heat.',
      'Use a lumbar support in your chair, lift with good technique and have leg-length differences corrected.',
    ],
    cautions: [
      'Sudden, severe pain in the back or belly, or collapse or feeling faint, above all if you are over 60 or smoke, with or without a pulsing lump in the belly: call emergency services. It can be a swelling of the main artery of the belly (abdominal aortic aneurysm) that is leaking or bursting.',
      'A pulsing lump felt under the fingers in the belly, without pain: stop pressing and see a doctor the same day (possible abdominal aortic aneurysm).',
      'Get emergency care for loss of bladder or bowel control, or numbness around the genitals or back passage.',
      'With osteoporosis, a past spinal fracture or recent spinal surgery, use no balls and no firm pressure on the spine unless your clinician agrees.',
      'Numbness, tingling or weakness in a leg, or a foot that drags (foot drop), needs prompt assessment.',
      'See a doctor for back pain with fever, unexplained weight loss, a history of cancer, or pain that is worse at night and not eased by rest.',
      'Pain after a fall or injury, or belly pain with sickness or fever, needs a medical check.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['kidney', '11th and 12th ribs', 'spinous processes'],
      caution:
        'Keep the balls on the muscle beside the spine, off the bony points, and not out in the soft flank under the lowest ribs (kidneys, loose rib tips). No balls with osteoporosis, a past spinal fracture or recent spinal surgery unless your clinician agrees; stop for sharp pain or nausea.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['iliocostalis-lumborum', 'iliocostalis-thoracis'],
      near: ['kidney', '11th and 12th ribs'],
      caution:
        'Press gently against the muscle column and the ribs, toward the spine, not forward into the flank under the lowest ribs where the kidney lies, and not on the loose rib tips. Not with kidney disease or a kidney transplant; stop for sharp pain or nausea.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['multifidus-s1'],
      near: ['sacrum', 'coccyx'],
      caution:
        'Do not press on the tailbone itself. Pain over the sacrum or tailbone after a fall, or with osteoporosis, soon after childbirth or in a runner, can be a fracture: have it checked before pressing there.',
    },
  ],
  mistakenFor: [
    'Lumbar facet syndrome',
    'Disc degeneration or herniation',
    'Radiculopathy',
    'Visceral disease (kidney disease, gallstones, retrocaecal appendicitis)',
    'Coccygodynia (tailbone pain)',
    'Ankylosing spondylitis',
    'Metastatic disease',
  ],
  sources: ['ts-1999', 'niel-asher', 'namtpt', 'monclus-diez-2025', 'iglesias-gonzalez-2013', 'cerezo-tellez-2016', 'nice-ng156-aaa', 'verhagen-2016', 'ahcpr-1994-low-back', 'atlas-safety-review'],
  notes: [
    'This entry groups the multifidi with iliocostalis lumborum, iliocostalis thoracis and longissimus thoracis, drawing on the Travell & Simons (1999) chapter on the thoracolumbar paraspinal muscles.',
    'Multifidus trigger points can lie at any lumbar or sacral level; the atlas draws them at L3, L4, L5 and S1, the levels where low back pain is most often drawn. Each lumbar level aches around the spinous processes at and near its own level, on its own side up to the midline.',
    'Disagreement on S1 multifidus: Travell & Simons send it to the tailbone; a flash-card summary of another text gives the low back, buttock and upper hamstrings for S1 and the lower sacrum (locally) for S4. Only the Travell & Simons pattern is drawn; the other is left out rather than stored as a spillover zone, which it is not.',
    'Disagreement on the L1 longissimus pattern: drawn after the 1999 figure (upper buttock along the iliac crest), not after the summary that sends it to the lower buttock; the lower buttock belongs to the higher (T10-T11) longissimus trigger point, which is not drawn here.',
    'Safety: the iliocostalis trigger points lie over the lowest ribs, just behind the kidney; the palpation and ball texts keep the pressure on the muscle columns beside the spine (clinical safety review of this atlas). The aneurysm warning follows NICE NG156.',
    'In low back pain, active iliocostalis lumborum trigger points were found in 33-38% of patients (systematic review, Monclús-Díez 2025); a controlled study of chronic low back pain also examined iliocostalis (Iglesias-González 2013).',
    'In the neck, active trigger points in the cervical multifidi were found in 77.68% of people with chronic neck pain (Cerezo-Téllez 2016); that cervical part of multifidus is not drawn here.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
