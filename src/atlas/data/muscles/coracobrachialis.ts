import type { MuscleData, ReferralZone } from '../../muscleSchema';

const ONE_COLOUR =
  'The reproduction of the 1999 figure read here draws the whole pattern in one colour, so the main and the wider zones cannot be told apart from it: the front of the shoulder, where the pain is most marked, is drawn as the main zone and the rest as the wider zone.';

/** One pattern for both trigger points (Fig. 29-1). */
const ZONES: ReferralZone[] = [
  {
    kind: 'essential',
    description: 'The front of the shoulder, over the front of the deltoid.',
    shapes: [{ shape: 'disc', center: 'shoulder_front', radius: 0.045 }],
    uncertain: ONE_COLOUR,
  },
  {
    kind: 'spillover',
    description:
      'Down the back of the upper arm, the back of the forearm and the back of the hand to the middle finger, typically skipping the elbow and the wrist; with milder trouble only down to the elbow.',
    shapes: [
      { shape: 'stroke', path: [{ landmark: 'shoulder_back', toward: 'arm_posterior', t: 0.35 }, 'arm_posterior', { landmark: 'arm_posterior', toward: 'olecranon', t: 0.6 }], width: 0.045 },
      { shape: 'stroke', path: [{ landmark: 'olecranon', toward: 'forearm_dorsal_mid', t: 0.4 }, 'forearm_dorsal_mid', { landmark: 'forearm_dorsal_mid', toward: 'wrist_dorsal', t: 0.55 }], width: 0.04 },
      { shape: 'stroke', path: ['hand_dorsum', 'knuckle_middle', 'dactylion'], width: 0.025 },
    ],
    uncertain: ONE_COLOUR,
  },
];

/** Coracobrachialis: pain at the front of the shoulder and down the back of the arm to the middle finger, skipping elbow and wrist. */
const muscle: MuscleData = {
  id: 'coracobrachialis',
  name: 'Coracobrachialis',
  synonyms: ['coracobrachialis muscle', 'coracobrachial muscle'],
  region: 'arm',
  anatomy: {
    origin: 'Tip of the coracoid process of the shoulder blade, shared with the short head of biceps.',
    insertion: 'Inner surface of the middle third of the humerus.',
    innervation: 'Musculocutaneous nerve (C5-C7, mainly C6-C7), which usually passes through the muscle.',
    actions: ['Raises the arm forward and draws it toward the body.', 'Steadies the head of the humerus.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'main',
      prevalence: 'common',
      prevalenceNote: 'The main trigger point the sources describe; no prevalence figure was found, so it is counted as common.',
      name: 'Main TrP (below the coracoid)',
      location: { landmark: 'coracoid', toward: 'arm_medial', t: 0.3 },
      landmarks: ['coracoid', 'shoulder_front', 'arm_medial'],
      description:
        'In the upper part of the muscle just below the coracoid process, on the outer wall of the armpit, under the front of the deltoid and the chest muscle, just inside and below the front of the shoulder.',
      palpation:
        'Clinician\'s examination: patient on the back, arm out at shoulder height and turned palm-up, elbow supported. The fingers slide into the armpit in front of the nerves and vessels and press the muscle against the bone, between the short head of biceps in front and the nerve-and-vessel bundle behind; resisted pulling of the arm toward the body makes it stand out.',
      clinicianOnly:
        'This trigger point is reached from inside the armpit, beside the axillary artery, the brachial plexus and the lymph nodes: that belongs to a clinician. At home use the gentle pressure on the upper inner arm described under self-care.',
      zones: ZONES,
    },
    {
      id: 'distal',
      prevalence: 'occasional',
      prevalenceNote: 'Occasional: the figure caption says only that the lowest trigger point may lie in the middle of the muscle.',
      name: 'Distal TrP (mid-belly)',
      location: { landmark: 'arm_medial', toward: 'coracoid', t: 0.3 },
      landmarks: ['arm_medial', 'coracoid', 'medial_epicondyle'],
      description: 'Lower in the muscle, on the upper inner arm about a third of the way from the armpit to the inner elbow.',
      palpation:
        'With the arm resting out to the side, press gently with the thumb on the inner edge of the biceps, toward the bone, in front of the groove where the pulse is felt. If you feel a pulse, move the thumb forward onto the edge of the biceps.',
      uncertain: 'Its exact position is not given by the sources.',
      zones: ZONES,
    },
  ],
  activatingFactors: [
    'Push-ups, bench press, throwing, rock climbing, swimming, tennis, golf.',
    'Carrying things in front of the chest.',
  ],
  perpetuatingFactors: [
    'Sleeping with the arm held bent up toward the body.',
    'Trigger points in the deltoid, biceps, supraspinatus or triceps, to which this muscle is usually secondary.',
  ],
  selfCare: {
    pressureRelease:
      'With the arm resting out to the side, use gentle thumb pressure or slow strokes on the upper inner arm just below the armpit, on the inner edge of the biceps, pressing toward the bone, in front of the groove where the pulse is felt. If you feel a pulse, move the thumb forward onto the edge of the biceps. Never press on a pulse.',
    stretch: 'Stand in a doorway with the arm out at or just below shoulder height and behind the body, hand on the frame, and turn the chest away.',
    other: ['Avoid sleeping with the arm folded tightly against the chest.'],
    cautions: [
      'Pain at the front of the shoulder or in the left arm that comes on with effort: call emergency services (heart).',
      'A swollen, heavy, bluish arm with visible veins: possible clot in the arm vein, get medical help the same day.',
      'A cold, pale hand: possible narrowing of the artery at the top of the chest (vascular thoracic outlet syndrome), see a doctor urgently.',
      'Weak elbow bending with numbness on the outer forearm: possible pressure on the musculocutaneous nerve, see a clinician.',
      'After surgery on the armpit lymph nodes, or with a swollen arm (lymphoedema), ask a clinician before deep work here.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['distal'],
      near: ['brachial artery', 'median nerve', 'ulnar nerve', 'musculocutaneous nerve'],
      caution:
        'The groove along the inner arm holds the brachial artery and the median and ulnar nerves: press only on the front edge of that groove, on the biceps side, never on a pulse, and stop if tingling shoots down the arm.',
    },
    {
      technique: 'pressure-release',
      near: ['brachial artery', 'axillary artery', 'median nerve', 'ulnar nerve', 'musculocutaneous nerve', 'axillary lymph nodes'],
      caution:
        'Never press on a pulse and keep out of the hollow of the armpit. Press in front of the nerve-and-vessel groove, on the biceps edge; stop if tingling shoots down the arm. After armpit lymph-node surgery or with lymphoedema, ask a clinician first.',
    },
  ],
  mistakenFor: [
    'Bicipital tendinitis',
    'Rotator cuff injury',
    'Thoracic outlet syndrome (similar, but involves the whole hand)',
    'Frozen shoulder',
    'Carpal or cubital tunnel syndrome',
    'C6-C7 radiculopathy',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-shoulder-arm-back',
    'webmanmed-shoulder-arm',
    'westsubpainrelief-arm',
    'shiel-studyres',
    'niel-asher',
  ],
  notes: [
    'Reaching behind the back (hand to the middle of the back) and reaching across the body hurt.',
    'Disagreement: Niel-Asher and an anatomy page say the musculocutaneous nerve can be trapped in the muscle (weak elbow bending, numbness of the outer forearm); a summary of Travell & Simons (webmanmed) says the leading authors have not described such an entrapment.',
    'Safety: a widely copied self-care text says to press "between the biceps and the triceps"; that groove carries the brachial artery and the median and ulnar nerves. Coracobrachialis lies in front of it, behind the short head of biceps, so the atlas sends the thumb to the biceps edge instead, and the armpit approach is left to clinicians.',
    'No prevalence figures were found for this muscle.',
    'Patterns follow the 1999 edition of Travell & Simons (Fig. 29-1, read in a translated copy) and secondary summaries; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
