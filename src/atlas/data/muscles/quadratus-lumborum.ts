import type { MuscleData, ReferralZone } from '../../muscleSchema';

const QL_PREVALENCE =
  'Common: a systematic review of low back pain found active QL trigger points in 30-55% of patients, the highest range of the muscles reviewed (Monclús-Díez 2025); the sources give no figure for each trigger point.';

// Travell & Simons draw the band across the upper sacrum only when the deep trigger points of
// BOTH sides are active (reference, sections 0 and 4). Each side's half runs from its own PSIS to
// the midline and ends there (no crossesMidline), so a one-sided trigger point never explains
// pain on the other side, while a drawing across both PSIS and the sacrum finds both sides' QL.
const SACRAL_BAND_HALF: ReferralZone = {
  kind: 'spillover',
  description:
    'With deep trigger points on both sides, pain can run in a band across the upper sacrum; each side\'s trigger point draws its own half, from the dimple over the back of the pelvis (PSIS) up to the midline.',
  shapes: [{ shape: 'stroke', path: ['psis', { landmark: 'sacrum', offset: [0, 0.015, 0] }], width: 0.045 }],
  uncertain:
    'The sources give this band for deep trigger points active on both sides, without saying which of the two deep trigger points produces it or how T&S colour it.',
};

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
    note: 'Pain is on the side of the trigger point. Only when the deep trigger points of both sides are active does the pain join into a band straight across the upper sacrum; each side\'s zones stop at the midline.',
  },
  triggerPoints: [
    {
      id: 'superficial-upper',
      prevalence: 'common',
      prevalenceNote: QL_PREVALENCE,
      name: 'Superficial upper TrP',
      location: { landmark: 'iliocristale', toward: 'scapula_inferior_angle', t: 0.3, offset: [-0.015, 0, 0] },
      landmarks: ['iliocristale', 'iliac_crest_posterior', 't12'],
      description:
        'High in the outer (lateral) part of the muscle, tucked under the lowest (12th) rib where the rib meets the outer edge of the long back muscles.',
      palpation:
        'Lie on the pain-free side over a rolled towel at the waist, reach the upper arm above the head and take the upper leg back behind the lower one; this widens the gap between the lowest rib and the pelvic rim. Work from the side of the waist, not from the back: start with the fingertips on the flank just above the top of the pelvic rim, outside the long back muscles, press gently inward and then ease upward toward the lower edge of the ribs. Keep the pressure light near the ribs; do not press into the corner between the lowest rib and the spine, and do not push on the loose tip of the 12th rib.',
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
      prevalenceNote: QL_PREVALENCE,
      name: 'Superficial lower TrP',
      location: { landmark: 'iliac_crest_posterior', toward: 'iliocristale', t: 0.3, offset: [0, 0.02, 0] },
      landmarks: ['iliac_crest_posterior', 'iliocristale'],
      description:
        'In the outer (lateral) part of the muscle just above the pelvic rim (iliac crest), outside the edge of the long back muscles.',
      palpation:
        'In the same side-lying position, work from the side: press gently just above the top of the pelvic rim (iliac crest), outside the edge of the long back muscles, angling slightly toward the spine.',
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
      prevalenceNote: QL_PREVALENCE,
      name: 'Deep upper TrP',
      location: { landmark: 'iliac_crest_posterior', toward: 'l3', t: 0.2, offset: [0, 0.03, 0] },
      landmarks: ['l3', 'iliac_crest_posterior'],
      description:
        'In the inner (medial) part of the muscle, near the tip of the transverse process of the third lumbar vertebra (L3), under and beside the long back muscles.',
      palpation:
        'In the side-lying position, at about waist level just outside the long back muscles, press slowly and gently inward toward the spine (toward the bony side projections of the vertebrae), not forward into the belly; the trigger point lies deep beneath the back muscles.',
      zones: [
        {
          kind: 'essential',
          description:
            'The sacroiliac joint region: the upper inner buttock near the dimple over the back of the pelvis (PSIS), on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'psis', offset: [0, -0.015, 0] }, radius: 0.045 }],
        },
        SACRAL_BAND_HALF,
      ],
    },
    {
      id: 'deep-lower',
      prevalence: 'common',
      prevalenceNote: QL_PREVALENCE,
      name: 'Deep lower TrP',
      location: { landmark: 'iliac_crest_posterior', toward: 'l5', t: 0.25, offset: [0, 0.015, 0] },
      landmarks: ['l5', 'iliac_crest_posterior', 'psis'],
      description:
        'In the inner (medial) part of the muscle, just above the iliac crest between the transverse processes of L4 and L5, near the iliolumbar ligament.',
      palpation:
        'In the side-lying position, just above the back of the iliac crest beside the lowest lumbar vertebrae, press slowly and gently inward toward the spine, not forward into the belly.',
      zones: [
        {
          kind: 'essential',
          description: 'The lower part of the buttock, on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'buttock', toward: 'ischial_tuberosity', t: 0.5 }, radius: 0.06 }],
        },
        SACRAL_BAND_HALF,
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
      'Lie on the pain-free side with a rolled towel under the waist, so the sore side is on top. With the thumb, knuckles or fingertips, work from the side of the waist: just above the top of the pelvic rim (iliac crest) and outside the long back muscles, press gently inward toward the spine until you meet resistance and wait for it to ease, or give short, slow strokes along the rim (Davies prefers short, repeated strokes to long, hard pressing). Stay below the lowest rib and do not press into the corner between the lowest rib and the spine. Use your hands only: do not lie or lean your body weight on a ball anywhere in the flank.',
    stretch:
      'Lie on the pain-free side close to the edge of the bed. Let the upper leg slide back and hang down off the edge while the upper arm reaches above the head, so the waist on the sore side lengthens between pelvis and ribs. Standing and bending sideways with the arm overhead is a gentler version.',
    other: [
      'A heel lift for a shorter leg, or a buttock (ischial) lift when sitting for a smaller half of the pelvis, if a clinician finds one.',
      'Chairs with armrests; a firm mattress.',
      'Roll onto the side (log-roll) to get out of bed.',
    ],
    cautions: [
      'Sudden, severe pain in the back or belly, or collapse or feeling faint, above all if you are over 60 or smoke, with or without a pulsing lump in the belly: call emergency services. It can be a swelling of the main artery of the belly (abdominal aortic aneurysm) that is leaking or bursting.',
      'A pulsing lump felt under the fingers in the belly, without pain: stop pressing and see a doctor the same day (possible abdominal aortic aneurysm).',
      'With kidney disease, a kidney transplant or recent kidney surgery, or if you take blood thinners, do not press into the flank unless your doctor agrees. Stop pressing at once if it causes sharp pain or nausea.',
      'Loss of bladder or bowel control, difficulty passing urine, or numbness between the legs or around the back passage: seek emergency care.',
      'Numbness, tingling or weakness spreading down a leg.',
      'Flank pain with fever, pain on passing urine or blood in the urine (kidney problems must be excluded).',
      'Back pain after a fall or accident, or with known osteoporosis or long-term steroid use.',
      'Pain that is worse at night or at rest, or comes with unexplained weight loss, fever or a past history of cancer.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['superficial-upper'],
      near: ['kidney', '12th rib'],
      caution:
        'Work from the side of the waist with gentle pressure. Do not press into the corner between the lowest rib and the spine, where the kidney lies just in front of the muscle, and do not push on the loose tip of the 12th rib. Stop for sharp pain or nausea.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['deep-upper', 'deep-lower'],
      near: ['kidney'],
      caution:
        'Angle the pressure inward toward the spine, not forward into the belly, and keep it gentle. Not with kidney disease, a kidney transplant or on blood thinners unless your doctor agrees; stop for sharp pain or nausea.',
    },
    {
      technique: 'pressure-release',
      near: ['kidney', '12th rib'],
      caution:
        'No ball and no body weight in the flank, where the kidney lies just in front of this muscle: use the hands only, pressing gently from the side just above the pelvic rim. Not with kidney disease, a kidney transplant or recent kidney surgery, or on blood thinners, unless your doctor agrees; stop for sharp pain or nausea.',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint'],
      caution:
        'After a hip replacement, ask your surgeon or physiotherapist before letting the upper leg drop back and down off the bed; the standing side-bend is the safer version.',
    },
  ],
  mistakenFor: [
    'Lumbar disc herniation or radiculopathy ("pseudo-disc syndrome"); failed back surgery syndrome',
    'Sacroiliac joint dysfunction',
    'Trochanteric bursitis or greater trochanteric pain syndrome',
    'Renal colic or kidney disease (flank pain)',
    'Thoracolumbar (T12-L1) junction dysfunction',
    'Hip joint disease',
    'Abdominal or inguinal conditions',
  ],
  sources: ['ts-1992', 'davies-2013', 'monclus-diez-2025', 'iglesias-gonzalez-2013', 'ge-2011', 'nice-ng156-aaa', 'verhagen-2016', 'ahcpr-1994-low-back', 'atlas-safety-review'],
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
    'Safety: the upper part of the muscle lies just behind the kidney, and the 12th rib ends free in the flank. The palpation and pressure texts therefore work from the side of the waist, just above the iliac crest, with gentle pressure from the hands, and put no ball and no body weight anywhere in the flank, although Davies describes a ball in the flank between the 12th rib and the iliac crest (clinical safety review of this atlas). The aneurysm warning follows NICE NG156.',
  ],
};

export default muscle;
