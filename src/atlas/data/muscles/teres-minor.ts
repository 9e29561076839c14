import type { MuscleData } from '../../muscleSchema';

/** Teres minor: a small rotator-cuff muscle whose trigger point causes a sharp, bursitis-like pain at the back of the shoulder. */
const muscle: MuscleData = {
  id: 'teres-minor',
  name: 'Teres minor',
  synonyms: ['teres minor muscle'],
  region: 'shoulder',
  anatomy: {
    origin: 'Upper two-thirds of the dorsal surface of the lateral (axillary) border of the scapula.',
    insertion: 'Inferior facet of the greater tubercle of the humerus (and the joint capsule).',
    innervation: 'Axillary nerve (C5-C6).',
    actions: [
      'Laterally rotates the humerus.',
      'Stabilises the head of the humerus in the socket.',
      'Weakly adducts the arm.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'The one trigger point the sources describe for this muscle; it often comes to light only after infraspinatus trigger points have been treated.',
      name: 'TrP (mid-belly)',
      location: { landmark: 'scapula_inferior_angle', toward: 'shoulder_back', t: 0.55 },
      landmarks: ['shoulder_back', 'infraspinous_fossa', 'scapula_inferior_angle'],
      description:
        'In the middle of the muscle along the outer edge of the shoulder blade, above teres major and to the outer side of infraspinatus.',
      palpation:
        'Lying face down or on the other side, with the arm raised forward and turned outward, press along the outer edge of the shoulder blade about halfway up, feeling for a tender band running toward the back of the shoulder.',
      zones: [
        {
          kind: 'essential',
          description: 'A deep, sharply localised pain at the back of the shoulder, just above where the deltoid attaches to the arm; it feels like bursitis.',
          shapes: [
            {
              shape: 'disc',
              center: { landmark: 'deltoid', toward: 'shoulder_back', t: 0.6, offset: [0, 0, -0.02] },
              radius: 0.05,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Down the back of the upper arm.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'deltoid', toward: 'shoulder_back', t: 0.3 },
                { landmark: 'olecranon', toward: 'shoulder_back', t: 0.4 },
              ],
              width: 0.04,
            },
          ],
          uncertain: 'Given by some summaries only.',
        },
      ],
      uncertain: 'Travell & Simons also mention numbness or tingling of the ring and little fingers in some patients; not verified, and not drawn.',
    },
  ],
  activatingFactors: [
    'Repeated reaching up and back, and throwing.',
    'Gripping a steering wheel in a crash.',
  ],
  perpetuatingFactors: ['Overload of teres minor together with infraspinatus.'],
  selfCare: {
    pressureRelease:
      'Lean against a wall or lie on a ball placed at the outer edge of the shoulder blade, below the back of the shoulder. Hold on a tender spot until it eases.',
    stretch: 'Turn the arm inward (hand behind the back) and draw it across the front of the body.',
    other: ['Check infraspinatus too: teres minor pain often shows up only after infraspinatus trigger points have been treated.'],
    cautions: [
      'Sudden inability to lift the arm after a fall or injury, or a deformed shoulder, needs urgent medical care.',
      'A hot, swollen shoulder or fever needs a medical check.',
      'Numbness, tingling or weakness in the arm or hand needs assessment by a clinician.',
      'Night pain that rest does not ease, or unexplained weight loss, needs a medical check.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['central'],
      near: ['axillary nerve', 'posterior circumflex humeral artery'],
      caution:
        'Stay on the muscle along the outer edge of the shoulder blade. Do not dig into the back of the armpit just below and outside it, where the nerve and artery to the deltoid pass through a small gap between the muscles. If tingling, numbness or a pulse appears under the fingers, move back onto the shoulder blade.',
    },
    {
      technique: 'pressure-release',
      near: ['axillary nerve', 'posterior circumflex humeral artery'],
      caution:
        'Keep the ball on the outer edge of the shoulder blade, not in the back of the armpit, where the nerve and artery to the deltoid pass. Move the ball if tingling or numbness runs into the arm.',
    },
  ],
  mistakenFor: [
    'Subdeltoid bursitis',
    'Rotator cuff tendinopathy',
    'Quadrilateral space syndrome',
    'C8 radiculopathy (if there are finger symptoms)',
  ],
  sources: ['ts-1999', 'studyres-ts-table', 'aberdeen-chiropractic'],
  notes: [
    'The pain usually becomes noticeable after infraspinatus trigger points have been treated.',
    'For this muscle the Travell & Simons pattern is known here only through two secondary sources, both cited: a tabulated summary of the T&S muscles (studyres) and the Aberdeen Chiropractic blog. The back-of-the-arm spillover comes from these summaries.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
