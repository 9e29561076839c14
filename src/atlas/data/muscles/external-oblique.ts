import type { MuscleData } from '../../muscleSchema';

const NO_FIGURE =
  'No figure was found for this trigger point (the chronic abdominal wall pain figures are not muscle specific); counted as common.';

const BELLY_PRESSURE =
  'Keep the pressure shallow, on the muscle of the belly wall: do not dig deep into the belly, and if you feel a pulse under the fingers move away; a pulsing lump means stop and see a doctor the same day. Do not press over a bulge (hernia), and no deep pressure in pregnancy or soon after abdominal surgery.';

/**
 * The lateral abdominal wall: external and internal obliques and transversus abdominis. Travell &
 * Simons (1999, ch. 49) give their trigger points together ("any lateral lower abdominal wall
 * muscle"); the only transversus-specific pattern rests on memory, so the three share one entry.
 */
const muscle: MuscleData = {
  id: 'external-oblique',
  name: 'Abdominal obliques and transversus abdominis',
  synonyms: [
    'external oblique',
    'internal oblique',
    'obliques',
    'abdominal obliques',
    'transversus abdominis',
    'transverse abdominis',
    'side abdominal muscles',
  ],
  aliases: ['internal-oblique', 'transversus-abdominis', 'abdominal-obliques', 'obliques'],
  region: 'abdomen',
  anatomy: {
    origin:
      'External oblique: outer surfaces of ribs 5-12. Internal oblique: thoracolumbar fascia, front two-thirds of the iliac crest and outer inguinal ligament. Transversus abdominis: inner surfaces of costal cartilages 7-12, thoracolumbar fascia, iliac crest and outer inguinal ligament.',
    insertion:
      'External oblique: linea alba, pubic tubercle and front half of the iliac crest; its lower free edge is the inguinal ligament. Internal oblique: lower borders of ribs 10-12, linea alba and, through the conjoint tendon, the pubic crest. Transversus abdominis: linea alba and pubic crest.',
    innervation:
      'Ventral rami of T7-T12; the internal oblique and transversus also from L1 (iliohypogastric and ilioinguinal nerves).',
    actions: [
      'Compress the belly (forced breathing out, coughing, straining) and steady the trunk.',
      'The external oblique turns the trunk to the opposite side, the internal oblique to the same side.',
      'Both obliques bend the trunk to the same side, and bend it forward when both sides work together.',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'Usually within the same quarter of the belly; the upper-belly patterns can spread across the midline, and NAMTPT notes occasional spread to other quarters and the back.',
  },
  triggerPoints: [
    {
      id: 'upper-external-oblique',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Upper external oblique (rib attachment) TrP',
      location: { landmark: 'costal_margin', toward: 'flank_lateral', t: 0.3, offset: [0, 0.01, 0] },
      landmarks: ['costal_margin', 'thelion', 'epigastrium'],
      description: 'Over the lower ribs at the front of the chest wall, near the rib edge, below and outward of the nipple line.',
      palpation:
        'Lying on your back with the knees bent, press flat with the fingertips on the muscle over the lower ribs near the rib edge, against the bone, or pinch the side of the belly wall just below it.',
      zones: [
        {
          kind: 'essential',
          description: 'The pit of the stomach just below the tip of the breastbone, felt as "heartburn" or like a hiatal hernia.',
          shapes: [{ shape: 'disc', center: { landmark: 'xiphoid', toward: 'epigastrium', t: 0.6, offset: [0.01, 0, 0] }, radius: 0.045 }],
        },
        {
          kind: 'spillover',
          description: 'Over the upper belly, crossing the midline and spreading downward.',
          crossesMidline:
            'Travell & Simons 1999, Fig. 49-1: the upper external oblique\'s spillover over the upper abdomen can cross the midline (reference section 9).',
          shapes: [
            { shape: 'disc', center: 'epigastrium', radius: 0.06 },
            { shape: 'stroke', path: [{ landmark: 'epigastrium', offset: [0.02, 0, 0] }, { landmark: 'omphalion', offset: [0.02, 0.02, 0] }], width: 0.06 },
          ],
        },
      ],
    },
    {
      id: 'lower-lateral',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Lower lateral wall TrP',
      location: { landmark: 'asis', toward: 'pubic_tubercle', t: 0.3, offset: [0, 0.02, 0] },
      landmarks: ['asis', 'lower_abdomen', 'groin'],
      description:
        'In any of the muscles of the lower side wall of the belly, just above the groin ligament (inguinal ligament) and inward of the bony point at the front of the hip (ASIS). The figure also marks an attachment trigger point on the front of the iliac crest.',
      palpation:
        'Lying on your back with the knees bent, pinch the side wall of the belly just above the groin crease and inward of the bony point at the front of the hip, or press it flat against the inside of the iliac crest. Stay above the groin crease.',
      zones: [
        {
          kind: 'essential',
          description: 'The lower quarter of the belly on the same side and the groin.',
          shapes: [
            { shape: 'disc', center: { landmark: 'lower_abdomen', toward: 'asis', t: 0.3 }, radius: 0.045 },
            { shape: 'stroke', path: [{ landmark: 'lower_abdomen', toward: 'asis', t: 0.3 }, 'groin'], width: 0.05 },
          ],
        },
        {
          kind: 'spillover',
          description: 'Up the side of the belly, and down into the testicle or the labia.',
          uncertain: 'The atlas has no landmark on the genitals: the testicle or labia part is drawn at the lower inner groin.',
          shapes: [
            // "Up the side of the belly": from the front hip bone up the side wall to the rib margin.
            { shape: 'stroke', path: ['asis', { landmark: 'costal_margin', toward: 'flank_lateral', t: 0.5 }], width: 0.045 },
            { shape: 'stroke', path: ['groin', { landmark: 'pubic_tubercle', offset: [0, -0.025, 0] }], width: 0.035 },
          ],
        },
      ],
    },
    {
      id: 'transversus-upper',
      prevalence: 'occasional',
      prevalenceNote:
        'No figure was found; the reference gives this transversus trigger point and its pattern only from memory of Travell & Simons, so it is not counted as common.',
      name: 'Transversus abdominis, upper fibres',
      location: { landmark: 'costal_margin', toward: 'xiphoid', t: 0.3, offset: [0, -0.01, 0] },
      landmarks: ['costal_margin', 'xiphoid'],
      description: 'In the upper fibres of the deepest belly-wall muscle, along the rib edge.',
      palpation: 'Lying on your back with the knees bent, press lightly along the muscle just below the rib edge, toward the ribs.',
      uncertain: 'Location from memory of Travell & Simons (reference section 9).',
      zones: [
        {
          kind: 'essential',
          description: 'A band of pain across the upper belly between the two rib edges.',
          uncertain: 'From memory of Travell & Simons (reference section 9); the layer is not known.',
          crossesMidline:
            'Reference section 9 (memory of Travell & Simons, unsure): the transversus band runs across the upper abdomen from one rib edge to the other.',
          shapes: [
            {
              shape: 'stroke',
              path: ['costal_margin', { landmark: 'xiphoid', toward: 'epigastrium', t: 0.5 }, 'costal_margin@opposite'],
              width: 0.04,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Sudden twisting (sport, reaching to the side) or repeated trunk rotation.',
    'Wrong or excessive abdominal exercise.',
    'A chronic cough or heavy breathing.',
    'Disease of an organ in the belly (ulcer, gallbladder, irritable bowel, gynaecological disease), abdominal surgery scars, pregnancy.',
  ],
  perpetuatingFactors: ['Long sitting in a slumped posture.', 'Emotional stress.'],
  selfCare: {
    pressureRelease:
      'Lie on your back with the knees bent, or on the other side. Press with the fingertips or knead the side wall of the belly between thumb and fingers, keeping to the muscle just under the skin, and stay above the groin crease.',
    stretch:
      'Lie face down and press up on the arms, keeping the pelvis on the floor, and bend the trunk sideways away from the sore side. For the obliques, lie on your back and let both bent knees drop to one side, then the other.',
    other: ['Practise breathing with the diaphragm.'],
    cautions: [
      'Pain in the pit of the stomach or chest on exertion, or with breathlessness, sweating, nausea or pain spreading into the arm or jaw, can be the heart: call emergency services. The "heartburn" zone of this muscle never rules out the heart, reflux or an ulcer.',
      'Severe or fast-worsening belly pain, a hard or rigid belly, repeated vomiting, fever or fainting: call emergency services. Sudden severe belly or back pain with faintness, especially over 60 or in a smoker (aortic aneurysm): call emergency services.',
      'Sudden pain in a testicle (torsion): call emergency services.',
      'Pain low on the right with fever or loss of appetite (appendicitis), or low on the left with fever (diverticulitis): see a doctor today.',
      'A bulge in the groin or the side of the belly that comes with coughing (hernia): see a doctor, and do not press on it.',
      'Colicky pain from the loin to the groin, or blood in the urine (kidney stone): see a doctor today.',
      'A missed period with belly pain (ectopic pregnancy), or pain from the ovaries: get urgent medical help.',
      'Pain in the pit of the stomach going through to the back (pancreatitis): see a doctor today.',
      'A one-sided band of burning or sensitive skin, before any rash appears (shingles): see a doctor soon.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['upper-external-oblique', 'transversus-upper'],
      near: ['liver and gallbladder (right) or spleen and stomach (left) under the rib edge', 'ribs'],
      caution:
        'Press on the muscle over the ribs and just below their edge; do not hook the fingers up under the rib cage toward the organs behind it. Press lightly with osteoporosis. ' + BELLY_PRESSURE,
    },
    {
      technique: 'palpation',
      triggerPoints: ['lower-lateral'],
      near: ['femoral artery and nerve', 'lateral femoral cutaneous nerve', 'inguinal hernia', 'organs of the belly'],
      caution:
        'Stay above the groin crease: below it, in the hollow at the top of the thigh, run the femoral artery and nerve. Just inward of the bony point at the front of the hip a skin nerve of the thigh passes under the groin ligament: if pressing there brings burning or tingling down the outer thigh, move off. ' + BELLY_PRESSURE,
    },
    {
      technique: 'pressure-release',
      near: ['abdominal aorta', 'femoral artery and nerve', 'hernia', 'organs under the rib edge'],
      caution:
        'Work the side wall of the belly, not its middle, not under the rib edge and not below the groin crease (femoral artery and nerve). ' + BELLY_PRESSURE,
    },
    {
      technique: 'stretch',
      near: ['lumbar spine', 'recent abdominal surgery'],
      caution:
        'Skip the press-up if arching the back is painful (for example with spinal stenosis or a slipped vertebra), in pregnancy, and soon after abdominal surgery; turn and bend gently.',
    },
  ],
  mistakenFor: [
    'Reflux or hiatal hernia, peptic ulcer, gallbladder disease (upper external oblique)',
    'Appendicitis, inguinal hernia, testicular or ovarian pain, a ureteric stone, ilioinguinal or iliohypogastric nerve pain (lower side wall)',
    'Irritable bowel syndrome (diarrhoea)',
    '"Kidney" pain',
    'Recurring pain after an operation',
  ],
  sources: ['ts-1999', 'namtpt', 'morningside-obliques', 'niel-asher', 'triggerpointbook-abdominals', 'nice-ng156-aaa', 'nice-cg95-chest-pain', 'atlas-safety-review'],
  notes: [
    'Pattern after Travell & Simons 1999, Fig. 49-1 and the obliques memory-aid figure, read from a translated edition. Travell & Simons treat the lateral wall muscles together: the lower trigger point can lie in any of them.',
    'The "belch button" trigger point, usually in the lowest back-and-side wall of the belly just above the iliac crest (on either side), causes little pain; it is listed for belching and projectile vomiting and is not drawn.',
    'Several trigger points in the lower quarters of the belly are linked with diarrhoea (Melnick, cited by Travell & Simons); not drawn, as no pain area is given.',
    'Trigger points low in the internal oblique or rectus near the pubic bone are listed for frequent urination, bladder-sphincter spasm and groin pain (NAMTPT); which muscle Travell & Simons assign is unsure.',
    'A Niel-Asher page (after Gerwin) says transversus pain reaches down to the testicle, in a case with trigger points about 5 cm out from and a little below the navel (single case, unsure).',
    'No figure was found for the obliques; see the chronic abdominal wall pain figures under rectus abdominis.',
  ],
};

export default muscle;
