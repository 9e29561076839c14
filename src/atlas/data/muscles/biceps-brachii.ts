import type { Anchor, MuscleData, ReferralZone } from '../../muscleSchema';

/** Both heads refer alike (Fig. 30-1). */
const ZONES: ReferralZone[] = [
  {
    kind: 'essential',
    description: 'Up over the biceps to the front of the shoulder, over the front of the deltoid; felt near the surface, not deep in the joint.',
    shapes: [
      { shape: 'disc', center: 'shoulder_front', radius: 0.045 },
      { shape: 'stroke', path: [{ landmark: 'shoulder_front', toward: 'cubital_fossa', t: 0.65 }, 'shoulder_front'], width: 0.04 },
    ],
  },
  {
    kind: 'spillover',
    description: 'Over the top of the shoulder blade at the back (above its bony ridge), and a milder patch in the crease of the elbow.',
    shapes: [
      { shape: 'disc', center: 'supraspinous_fossa', radius: 0.04 },
      { shape: 'disc', center: 'cubital_fossa', radius: 0.03 },
    ],
  },
];

const HEIGHT: Anchor = { landmark: 'shoulder_front', toward: 'cubital_fossa', t: 0.67 };

/** Biceps brachii: a superficial ache at the front of the shoulder, traced as a line over the biceps. */
const muscle: MuscleData = {
  id: 'biceps-brachii',
  name: 'Biceps brachii',
  synonyms: ['biceps', 'biceps muscle', 'bicep', 'biceps brachii muscle'],
  aliases: ['biceps'],
  region: 'arm',
  anatomy: {
    origin: 'Long head: supraglenoid tubercle and labrum of the shoulder blade, its tendon running in the bicipital groove. Short head: tip of the coracoid process.',
    insertion: 'Radial tuberosity, and through the bicipital aponeurosis into the deep fascia of the inner forearm.',
    innervation: 'Musculocutaneous nerve (C5-C6).',
    actions: [
      'Bends the elbow, most strongly with the palm turned up.',
      'Turns the bent forearm palm-up (supination) powerfully.',
      'Helps raise the arm forward and holds the head of the humerus in place when a weight is carried in the hand.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'long-head',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure for this trigger point was found, so it is counted as common.',
      name: 'Long-head TrP (outer)',
      location: { ...HEIGHT, offset: [0.01, 0, 0] },
      landmarks: ['arm_anterior', 'shoulder_front', 'cubital_fossa'],
      description: 'In the lower half of the outer (long) head of the biceps, about two-thirds of the way from the front of the shoulder down to the elbow crease.',
      palpation:
        'Sitting with the elbow slightly bent and supported and the palm up, lift the biceps off the bone between thumb and fingers and roll the fibres, feeling for a tense band running along the arm.',
      uncertain: 'The exact height is not given by the sources.',
      zones: ZONES,
    },
    {
      id: 'short-head',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure for this trigger point was found, so it is counted as common.',
      name: 'Short-head TrP (inner)',
      location: { ...HEIGHT, offset: [-0.01, 0, 0] },
      landmarks: ['arm_anterior', 'shoulder_front', 'cubital_fossa'],
      description: 'Beside the first, in the lower half of the inner (short) head of the biceps.',
      palpation:
        'Sitting with the elbow slightly bent and supported and the palm up, lift the biceps off the bone between thumb and fingers and roll it; keep to the belly of the muscle, not the groove along its inner edge.',
      uncertain: 'The exact height is not given by the sources.',
      zones: ZONES,
    },
  ],
  activatingFactors: [
    'Lifting heavy things palm-up; curls.',
    'Turning the palm up against a load again and again (a screwdriver).',
    'Hard tennis serves, throwing, shovelling snow, hedge trimming.',
    'Holding a violin (usually the left arm).',
    'A sudden stretch when catching yourself backward on a railing.',
  ],
  perpetuatingFactors: [
    'Sleeping with the elbow tightly bent.',
    'Trigger points in infraspinatus or subclavius.',
  ],
  selfCare: {
    pressureRelease:
      'Pinch the biceps between the thumb and fingers of the other hand and knead it slowly, holding on a tender spot; or roll a ball over the front of the upper arm with the other hand. Keep to the belly of the muscle, off the groove along its inner edge and out of the elbow crease.',
    stretch:
      'Stand with the arm straight and a little behind the body, palm turned down, hand on a door frame, and turn the body away.',
    other: [
      'Sleep without the elbow tightly bent (a pillow under the arm).',
      'Lift with the palm down, or with both hands close to the body.',
    ],
    cautions: [
      'A sudden "pop" with bruising and a bunched bulge in the upper arm: possible torn biceps tendon, see a clinician promptly.',
      'Pain at the front of the shoulder or in the arm on effort, with chest pressure, breathlessness or sweating: call emergency services (heart).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['brachial artery', 'median nerve'],
      caution:
        'The brachial artery and the median nerve run along the inner edge of the biceps and through the elbow crease: work on the belly, never in the inner groove or the elbow crease; if you feel a pulse or tingling, move back onto the muscle.',
    },
    {
      technique: 'pressure-release',
      near: ['brachial artery', 'median nerve', 'radial nerve'],
      caution:
        'Keep the fingers or ball on the belly of the biceps at the front of the arm, never in the groove along its inner edge or in the elbow crease (brachial artery, median nerve). Do not lie the arm palm-up on a ball on a table: the ball then sits under the back of the arm, over the radial nerve.',
    },
  ],
  mistakenFor: [
    'Bicipital tendinitis',
    'Subdeltoid bursitis',
    'Impingement and rotator cuff disease',
    'C5-C6 radiculopathy',
    'Distal biceps tendinopathy (elbow crease)',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-shoulder-arm-back',
    'namtpt',
    'triggerpointselfhelp-shoulder-arm',
    'westsubpainrelief-arm',
    'niel-asher',
    'painalog-shoulder-arm',
    'aggarwal-2020',
  ],
  notes: [
    'Pain comes when the arm is raised above shoulder height, with weakness overhead; the long-head tendon may snap during lifting to the side; straightening the elbow behind the back is hard. Patients may trace a line up over the biceps to show where it hurts.',
    'One source (NAMTPT) adds deep tenderness, redness, tingling, pallor or a sense of weakness in the palm side of the forearm and hand; no other source gives this and it is not drawn.',
    'Safety: a self-help page puts the ball under the biceps with the arm palm-up on a table; in that position the ball sits under the triceps, over the radial nerve, so the atlas uses the pinch grip or a ball rolled over the front of the arm instead (the exact position on that page could not be checked).',
    'Research figures: in 40 people with tennis elbow, biceps was the second most frequent trigger-point site after brachioradialis (Aggarwal 2020; percentages not in the abstract).',
    'Patterns follow the 1999 edition of Travell & Simons (Fig. 30-1, read in a translated copy) and secondary summaries; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
