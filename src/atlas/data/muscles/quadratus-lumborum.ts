import type { MuscleData } from '../../muscleSchema';

/** Quadratus lumborum: a leading muscular cause of low back, buttock and hip pain ("the Joker"). */
const muscle: MuscleData = {
  id: 'quadratus-lumborum',
  name: 'Quadratus lumborum',
  synonyms: ['QL', 'quadratus lumborum muscle'],
  region: 'lower-back',
  anatomy: {
    origin: 'Iliolumbar ligament and the posterior part of the inner lip of the iliac crest.',
    insertion:
      'Inferior border of the 12th rib and the tips of the transverse processes of L1-L4 (L1-L5 in some texts).',
    innervation: 'Ventral rami of T12 and L1-L3 (to L4 in some texts).',
    actions: [
      'Acting on one side: side-bends the lumbar spine and hitches the same-side hip up (raises the ilium, as in the swing phase of gait).',
      'Acting on both sides: extends the lumbar spine.',
      'Fixes the 12th rib for the diaphragm and assists forced expiration.',
      'Stabilises the lumbar spine.',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral-and-bilateral',
    note: 'Pain is on the side of the trigger point, except that deep trigger points active on both sides can join into a band across the upper sacrum.',
  },
  triggerPoints: [
    {
      id: 'superficial-upper',
      prevalence: 'common',
      name: 'Superficial upper TrP',
      location: { landmark: 'iliocristale', toward: 'scapula_inferior_angle', t: 0.3, offset: [-0.015, 0, 0] },
      landmarks: ['iliocristale', 'iliac_crest_posterior', 't12'],
      description:
        'High in the outer (lateral) part of the muscle, tucked under the lowest (12th) rib where the rib meets the outer edge of the long back muscles.',
      palpation:
        'Lie on the pain-free side over a rolled towel at the waist, reach the upper arm above the head and take the upper leg back behind the lower one; this widens the gap between the lowest rib and the pelvic rim. Press just under the 12th rib, outside the edge of the long back muscles.',
      zones: [
        {
          kind: 'essential',
          description: 'Along the top of the pelvic rim (iliac crest) on the flank, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: ['iliac_crest_posterior', 'iliocristale', { landmark: 'iliocristale', toward: 'asis', t: 0.5 }],
              width: 0.05,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Sometimes wrapping forward into the lower part of the belly on the same side and into the groin.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'iliocristale', toward: 'asis', t: 0.5 }, 'asis', 'groin'],
              width: 0.05,
            },
            { shape: 'disc', center: 'lower_abdomen', radius: 0.05 },
          ],
          uncertain:
            'The belly and groin extension is the less constant part of the pattern; how T&S colour it for each trigger point is not confirmed.',
        },
      ],
    },
    {
      id: 'superficial-lower',
      prevalence: 'common',
      name: 'Superficial lower TrP',
      location: { landmark: 'iliac_crest_posterior', toward: 'iliocristale', t: 0.3, offset: [0, 0.02, 0] },
      landmarks: ['iliac_crest_posterior', 'iliocristale'],
      description:
        'In the outer (lateral) part of the muscle just above the pelvic rim (iliac crest), outside the edge of the long back muscles.',
      palpation:
        'In the same side-lying position, press just above the iliac crest, outside the edge of the long back muscles, angling slightly toward the spine.',
      zones: [
        {
          kind: 'essential',
          description:
            'The bony point of the outer hip (greater trochanter), on the same side; the spot can become so tender that lying on that side, and so sleeping, becomes difficult.',
          shapes: [{ shape: 'disc', center: 'trochanterion', radius: 0.06 }],
        },
        {
          kind: 'spillover',
          description: 'The upper outer thigh just below the hip bone.',
          shapes: [
            {
              shape: 'stroke',
              path: ['trochanterion', { landmark: 'trochanterion', toward: 'thigh_lateral', t: 0.6 }],
              width: 0.07,
            },
          ],
          uncertain:
            'The sources name the greater trochanter and the upper outer thigh together; splitting them into essential and spillover follows the summary that the trochanter is the core of the pattern, not a confirmed T&S colouring.',
        },
      ],
    },
    {
      id: 'deep-upper',
      prevalence: 'common',
      name: 'Deep upper TrP',
      location: { landmark: 'iliac_crest_posterior', toward: 'l3', t: 0.2, offset: [0, 0.03, 0] },
      landmarks: ['l3', 'iliac_crest_posterior'],
      description:
        'In the inner (medial) part of the muscle, near the tip of the transverse process of the third lumbar vertebra (L3), under and beside the long back muscles.',
      palpation:
        'In the side-lying position, press deep and inward toward the spine at about waist level, just outside the long back muscles; the trigger point lies deep beneath them.',
      zones: [
        {
          kind: 'essential',
          description:
            'The sacroiliac joint region: the upper inner buttock near the dimple over the back of the pelvis (PSIS), on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'psis', offset: [0, -0.015, 0] }, radius: 0.045 }],
        },
        {
          kind: 'spillover',
          description:
            'Only when the deep trigger points on both sides are active: a band of pain straight across the upper sacrum, joining the two sides.',
          shapes: [
            {
              shape: 'stroke',
              path: ['psis', { landmark: 'sacrum', offset: [0, 0.015, 0] }, 'psis@opposite'],
              width: 0.045,
            },
          ],
          uncertain:
            'The sources give this band for deep trigger points active on both sides, without saying which of the two deep trigger points produces it or how T&S colour it.',
        },
      ],
    },
    {
      id: 'deep-lower',
      prevalence: 'common',
      name: 'Deep lower TrP',
      location: { landmark: 'iliac_crest_posterior', toward: 'l5', t: 0.25, offset: [0, 0.015, 0] },
      landmarks: ['l5', 'iliac_crest_posterior', 'psis'],
      description:
        'In the inner (medial) part of the muscle, just above the iliac crest between the transverse processes of L4 and L5, near the iliolumbar ligament.',
      palpation:
        'In the side-lying position, press deep and inward toward the spine just above the back of the iliac crest, beside the lowest lumbar vertebrae.',
      zones: [
        {
          kind: 'essential',
          description: 'The lower part of the buttock, on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'buttock', toward: 'ischial_tuberosity', t: 0.5 }, radius: 0.06 }],
        },
        {
          kind: 'spillover',
          description:
            'Only when the deep trigger points on both sides are active: a band of pain straight across the upper sacrum, joining the two sides.',
          shapes: [
            {
              shape: 'stroke',
              path: ['psis', { landmark: 'sacrum', offset: [0, 0.015, 0] }, 'psis@opposite'],
              width: 0.045,
            },
          ],
          uncertain:
            'The sources give this band for deep trigger points active on both sides, without saying which of the two deep trigger points produces it or how T&S colour it.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Awkward bending combined with twisting: lifting to the side, reaching for something on the floor, putting on trousers while standing, gardening, scrubbing floors.',
    'Sudden trauma: car accidents, falls, stepping off a kerb unexpectedly.',
    'Walking or jogging on a sloping surface (a beach, a cambered road); standing with the weight on one leg.',
    'Working bent over a low surface for long spells; carrying something heavy on one hip.',
  ],
  perpetuatingFactors: [
    'A difference in leg length or a smaller half of the pelvis.',
    'Upper arms that are short for the trunk, so the elbows find no support when sitting.',
    'Sitting on a wallet.',
    'A soft, sagging mattress.',
  ],
  selfCare: {
    pressureRelease:
      'Lean against a wall or lie on a tennis or lacrosse ball placed in the flank, between the lowest rib and the pelvic rim and outside the long back muscles; knuckles or thumbs also work. Davies recommends short, repeated strokes over the spot rather than long, hard pressing.',
    stretch:
      'Lie on the pain-free side close to the edge of the bed. Let the upper leg slide back and hang down off the edge while the upper arm reaches above the head, so the waist on the sore side lengthens between pelvis and ribs. Standing and bending sideways with the arm overhead is a gentler version.',
    other: [
      'A heel lift for a shorter leg, or a buttock (ischial) lift when sitting for a smaller half of the pelvis, if a clinician finds one.',
      'Chairs with armrests; a firm mattress.',
      'Roll onto the side (log-roll) to get out of bed.',
    ],
    cautions: [
      'Loss of bladder or bowel control, difficulty passing urine, or numbness between the legs or around the back passage: seek emergency care.',
      'Numbness, tingling or weakness spreading down a leg.',
      'Flank pain with fever, pain on passing urine or blood in the urine (kidney problems must be excluded).',
      'Back pain after a fall or accident, or with known osteoporosis or long-term steroid use.',
      'Pain that is worse at night or at rest, or comes with unexplained weight loss, fever or a past history of cancer.',
    ],
  },
  techniqueCautions: [],
  mistakenFor: [
    'Lumbar disc herniation or radiculopathy ("pseudo-disc syndrome"); failed back surgery syndrome',
    'Sacroiliac joint dysfunction',
    'Trochanteric bursitis or greater trochanteric pain syndrome',
    'Renal colic or kidney disease (flank pain)',
    'Thoracolumbar (T12-L1) junction dysfunction',
    'Hip joint disease',
    'Abdominal or inguinal conditions',
  ],
  sources: ['ts-1992', 'davies-2013', 'monclus-diez-2025', 'iglesias-gonzalez-2013', 'ge-2011', 'ts-2019'],
  notes: [
    'In short, the pattern has three parts: behind, the sacroiliac joint and the lower buttock; in front, the iliac crest, sometimes running on into the lower belly and groin; and at the side, the greater trochanter.',
    'At rest the pain is a deep ache; with movement it can turn sharp and stabbing. Typical triggers are rolling over in bed, rising from a chair, straightening up, walking, coughing and sneezing; in severe cases people move about on hands and knees. Taking weight through the arms on the armrests makes sitting easier.',
    'Travell called this muscle "the Joker"; it is also called the "pseudo-disc syndrome". QL trigger points can set up satellite trigger points in gluteus minimus, which extend the pain down the leg like sciatica.',
    'The muscle has three fibre sets: iliocostal (vertical, crest to 12th rib), iliolumbar (diagonal, crest to transverse processes) and lumbocostal (transverse processes to 12th rib). It lies deep to the erector spinae and behind the kidney.',
    'Anatomy texts disagree on the lowest transverse process attachment (L4 or L5) and on the lowest nerve root supply (L3 or L4).',
    'A systematic review of nine low back pain studies (Monclús-Díez 2025) reported active QL trigger points in 30-55% of patients, a higher range than for any other muscle reviewed, and latent ones in 14-17%. In chronic non-specific low back pain, QL was among the muscles in which patients had more active trigger points than controls (Iglesias-González 2013).',
    'In fibromyalgia, the key active trigger points of the lower body lay most often in QL and gluteus medius (Ge 2011).',
    'A figure found on one web page, that QL lies behind more than 30% of musculoskeletal low back complaints, could not be traced to any primary source and is not relied on here.',
    'Patterns follow the 1992 Vol. 2 (as summarised by secondary sources); they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
