import type { MuscleData } from '../../muscleSchema';

/** Serratus anterior: pain in the side of the chest ("stitch") and below the shoulder blade, with a short breath. */
const muscle: MuscleData = {
  id: 'serratus-anterior',
  name: 'Serratus anterior',
  synonyms: ['serratus anterior muscle', "boxer's muscle", 'side of the ribs muscle'],
  region: 'chest',
  anatomy: {
    origin: 'Outer surfaces of ribs 1-8 (sometimes 9) by fleshy slips (digitations) on the side of the chest.',
    insertion: 'Front (rib-side) surface of the inner border of the shoulder blade, most heavily at its lower angle.',
    innervation: 'Long thoracic nerve (C5-C7).',
    actions: [
      'Draws the shoulder blade forward round the chest wall and holds it against the ribs.',
      'With the trapezius, turns the shoulder blade upward so the arm can be raised overhead.',
      'Helps forced breathing in when the shoulder blade is held still.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'No figure was found for how often it occurs; Travell & Simons give this as the usual site, so it is counted as common.',
      name: 'Central TrP (5th-6th rib)',
      location: { landmark: 'midaxillary', offset: [0, 0.01, 0.015] },
      landmarks: ['midaxillary', 'thelion', 'scapula_inferior_angle'],
      description:
        'On the side of the chest over the 5th-6th rib, just in front of the midaxillary line, at or a little below nipple height and about 10-12 cm out from the nipple. A trigger point can form in the middle of any of the muscle\'s slips; those under the top two ribs are covered by other muscles and can hardly be felt.',
      palpation:
        'Lie on the other side with the upper arm supported forward on a pillow. Press flat with the fingertips on the side of the chest a hand\'s width below the armpit, pushing the muscle slip against the rib under it, behind the edge of the breast tissue. The tight bands run along the slips, obliquely down and forward.',
      zones: [
        {
          kind: 'essential',
          description:
            'The front and side of the chest around the trigger point at mid-chest level, and a patch on the back just inward of and below the lower tip of the shoulder blade.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'midaxillary', toward: 'posterior_axillary_fold', t: 0.15 },
                'midaxillary',
                { landmark: 'midaxillary', toward: 'thelion', t: 0.5 },
              ],
              width: 0.06,
            },
            { shape: 'disc', center: { landmark: 'scapula_inferior_angle', offset: [-0.015, -0.02, 0] }, radius: 0.035 },
          ],
        },
        {
          kind: 'spillover',
          description:
            'Further round the side of the chest, and down the inner (little-finger) side of the arm and forearm into the palm and the ring and little fingers.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'midaxillary', toward: 'thelion', t: 0.75 },
                { landmark: 'midaxillary', offset: [0, -0.05, 0] },
                { landmark: 'scapula_inferior_angle', toward: 'midaxillary', t: 0.4 },
              ],
              width: 0.05,
            },
            {
              shape: 'stroke',
              path: ['arm_medial', 'medial_epicondyle', 'forearm_volar_ulnar', 'pisiform', 'hypothenar'],
              width: 0.04,
            },
            { shape: 'stroke', path: ['hypothenar', 'little_finger'], width: 0.025 },
            { shape: 'stroke', path: ['hypothenar', 'ring_finger'], width: 0.025 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Fast or long-distance running.',
    'Push-ups, chin-ups, lifting overhead or hanging from a bar.',
    'Lifting heavy objects.',
    'Severe coughing during a chest infection.',
    'Sudden forceful steering of a vehicle without power steering.',
    'Swimming, tennis or boxing (reported by a workbook and a web page; unsure).',
  ],
  perpetuatingFactors: ['Breathing with the upper chest instead of the diaphragm.', 'Going on with push-ups, chin-ups and overhead work before it settles.'],
  selfCare: {
    pressureRelease:
      'Stand with the side of the chest against a wall and a ball between them, the arm relaxed forward, or lie on the other side and press along the muscle slips with the fingertips. Keep the ball on the ribs a hand\'s width below the armpit and behind the edge of the breast tissue; lean in gently and hold until the spot softens.',
    stretch:
      'Sit on a chair and hook the arm of the sore side behind the chair back to anchor the shoulder blade. Breathe in deeply, then breathe out slowly while turning the chest toward the other side (for the right muscle, turn the front of the chest to the left). Some people add a gentle contract-relax.',
    other: [
      'Practise breathing with the diaphragm rather than the upper chest.',
      'Pause push-ups, chin-ups, overhead lifting and hanging until it settles.',
      'Sleep on the other side hugging a pillow, with the sore side up.',
    ],
    cautions: [
      'Chest pain with breathlessness, sweating or nausea, pain that comes on with exertion, or pain spreading into the arm or jaw is an emergency: call emergency services. A tender spot in this muscle never rules out the heart.',
      'Sudden sharp chest pain with breathlessness (a collapsed lung or a clot in the lung, especially with a swollen calf, after surgery or a long journey): call emergency services.',
      'Fever and cough with pain on breathing (pneumonia, pleurisy): see a doctor today.',
      'Pain after a fall or a bout of heavy coughing (a broken or stress-fractured rib): see a doctor, and do not press on it.',
      'A one-sided band of burning or sensitive skin, with or without a rash yet (shingles): see a doctor soon.',
      'A shoulder blade that sticks out (winging) with weakness is a nerve problem (long thoracic nerve), not a trigger point: see a clinician.',
      'Needling this muscle can puncture the lung (pneumothorax): it belongs to trained clinicians only.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['lymph nodes of the armpit', 'axillary vessels', 'breast tissue', 'ribs'],
      caution:
        'Stay on the ribs a hand\'s width below the armpit, not up in the armpit itself, and behind the edge of the breast; do not press on the breast. Press gently over a rib that may be broken or with severe osteoporosis. A lump in the armpit or the breast needs a doctor, not massage.',
    },
    {
      technique: 'pressure-release',
      near: ['lymph nodes of the armpit', 'axillary vessels', 'breast tissue', 'ribs'],
      caution:
        'Keep the ball on the ribs a hand\'s width below the armpit and behind the breast tissue: not in the armpit (lymph nodes and the vessels of the arm) and not on the breast. Do not lean your weight on it over a rib that may be broken or with severe osteoporosis, which can break a rib. Stop for sharp pain or pain on breathing in.',
    },
  ],
  mistakenFor: [
    'Angina or heart attack (the heart must be checked first)',
    'Lung disease',
    'Costochondritis',
    'Intercostal nerve entrapment',
    'C7-C8 nerve-root pain',
    'Shingles (herpes zoster)',
    'A broken or stress-fractured rib',
    'Trigger points in the middle trapezius, rhomboids, external oblique, diaphragm or the long back muscles',
  ],
  sources: ['ts-1999', 'namtpt', 'triggerpointbook-serratus-anterior', 'pressurepointer-serratus-anterior', 'bodyacheescape-serratus-anterior', 'coreconcepts-serratus-anterior', 'nice-cg95-chest-pain', 'atlas-safety-review'],
  notes: [
    'Pattern after Travell & Simons 1999, Figs. 46-1 and 46-3 (read from a translated edition); the seated stretch is their Fig. 46-6.',
    'Typical complaints (NAMTPT): pain on deep breathing, a "stitch in the side" when running that the runner presses to keep going, being unable to take a full breath or stopping mid-sentence to breathe, and difficulty lying on that side. Tender breasts are reported on self-help pages only (unsure).',
    'No prevalence figure was found. A web page quotes a review (not identified) placing serratus anterior pain over the 5th-7th ribs on the midaxillary line, spreading to the front of the chest, the inner arm, the inner border of the shoulder blade and sometimes the 4th-5th fingers, where it can imitate a nerve-root problem (unsure).',
    'A published dry-needling case report describes a serratus anterior trigger point that imitated a heart attack (title seen, authors not checked).',
  ],
};

export default muscle;
