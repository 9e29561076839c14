import type { MuscleData, ReferralZone } from '../../muscleSchema';

/** Fig. 31-1: one pattern for the trigger points of the muscle. */
const ZONES: ReferralZone[] = [
  {
    kind: 'essential',
    description:
      'The back of the base of the thumb, over the joint at the root of the thumb and the web between thumb and index finger; often a diffuse soreness or tenderness of the thumb, at rest and when using it.',
    shapes: [{ shape: 'stroke', path: ['thumb_cmc', 'thumb_web_dorsal'], width: 0.035 }],
  },
  {
    kind: 'spillover',
    description: 'The front of the elbow, up the front of the arm over the muscle, and the front of the shoulder.',
    shapes: [
      { shape: 'disc', center: 'cubital_fossa', radius: 0.03 },
      { shape: 'stroke', path: [{ landmark: 'cubital_fossa', toward: 'arm_anterior', t: 0.3 }, { landmark: 'arm_anterior', offset: [0.01, 0, 0] }], width: 0.035 },
      { shape: 'disc', center: 'shoulder_front', radius: 0.035 },
    ],
  },
];

/** Brachialis: the elbow's workhorse flexor, which sends pain to the base of the thumb. */
const muscle: MuscleData = {
  id: 'brachialis',
  name: 'Brachialis',
  synonyms: ['brachialis muscle', 'brachialis anticus'],
  region: 'arm',
  anatomy: {
    origin: 'Lower half of the front of the humerus, below the deltoid attachment, and the intermuscular septa.',
    insertion: 'Coronoid process and tuberosity of the ulna.',
    innervation: 'Musculocutaneous nerve (C5-C6), with a small outer part supplied by the radial nerve (C7).',
    actions: ['Bends the elbow in every position of the forearm (the "workhorse" elbow flexor).'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure was found, so it is counted as common.',
      name: 'Central (mid-fibre) TrPs',
      location: { landmark: 'arm_anterior', toward: 'cubital_fossa', t: 0.3, offset: [0.015, 0, 0] },
      landmarks: ['arm_anterior', 'cubital_fossa', 'lateral_epicondyle'],
      description: 'Several, on the front of the arm from about the middle of the upper arm to its lower third, under the biceps and mostly toward its outer edge.',
      palpation:
        'Sit with the elbow bent to about a right angle and the forearm resting on the lap so the biceps is slack. Push the biceps inward with the fingers and press the muscle underneath against the bone along the outer lower arm; pressure here often brings on the thumb pain. Ease off if it sends tingling into the thumb.',
      zones: ZONES,
    },
    {
      id: 'distal',
      prevalence: 'occasional',
      prevalenceNote:
        'Occasional: the figure caption calls the lowest trigger-point zone an attachment trigger point, probably secondary to the central ones.',
      name: 'Distal TrPs (above the elbow crease)',
      location: { landmark: 'cubital_fossa', toward: 'arm_anterior', t: 0.45 },
      landmarks: ['cubital_fossa', 'arm_anterior'],
      description: 'Just above the elbow crease, 2-4 cm above it, on either side of the biceps tendon.',
      palpation:
        'With the elbow bent and resting, press gently just above the elbow crease beside the biceps tendon, on the outer side; stay out of the crease itself.',
      zones: ZONES,
    },
  ],
  activatingFactors: [
    'Carrying shopping or boxes, or lifting children, with the elbows bent.',
    'Handheld power tools; a bag hung on the forearm.',
    'Guitar or violin fingering.',
    'Heavy reverse curls, or too many curls or chin-ups too soon.',
  ],
  perpetuatingFactors: [
    'Long phone calls with the phone held to the ear.',
    'Sleeping with the elbow tightly bent.',
  ],
  selfCare: {
    pressureRelease:
      'With the arm hanging relaxed, stroke with a knuckle or thumb from top to bottom along the outer lower arm, under the outer edge of the biceps. Keep off the inner lower arm and the elbow crease, and ease off if the pressure sends tingling into the thumb.',
    stretch: 'After soaking the arm in warm water, straighten the elbow fully and press it gently straighter with the other hand.',
    other: [
      'Hug a pillow at night so the elbow does not fold tightly.',
      'Carry light loads palm-up, and avoid long periods with the elbow bent under load.',
    ],
    cautions: [
      'A swollen, misshapen or creaking base of the thumb: possible arthritis of the thumb joint, see a clinician.',
      'Numbness on the back of the thumb with weakness of lifting the wrist or fingers (wrist drop), for example after a broken upper arm or after lying on the arm: possible radial nerve palsy, see a doctor urgently.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['superficial radial nerve', 'brachial artery', 'median nerve'],
      caution:
        'Press along the outer edge of the lower arm: a branch of the radial nerve runs there, so ease off if tingling runs into the back of the thumb. Keep out of the elbow crease and off the inner lower arm, where the brachial artery and the median nerve run.',
    },
    {
      technique: 'pressure-release',
      near: ['superficial radial nerve', 'brachial artery', 'median nerve'],
      caution:
        'Keep off the inner lower arm and the elbow crease (brachial artery, median nerve); ease off if the pressure sends tingling into the thumb (radial nerve).',
    },
  ],
  mistakenFor: [
    'Arthritis at the base of the thumb (CMC joint)',
    'De Quervain tenosynovitis',
    'Carpal tunnel syndrome or other median nerve entrapment',
    'Wartenberg syndrome (superficial radial nerve)',
    'C5-C6 radiculopathy',
    'Rotator cuff problems',
  ],
  sources: ['ts-1999', 'ts-1999-zh-shoulder-arm-back', 'kent-2009', 'triggerpointselfhelp-shoulder-arm'],
  notes: [
    'The pain grows as the elbow straightens; moving the thumb hurts, moving the elbow usually does not.',
    'Tense bands of the mid-fibre trigger points at the outer edge of the muscle can press on the superficial branch of the radial nerve where it runs between brachialis and brachioradialis, giving numbness, tingling or odd sensation on the back of the thumb (Kent 2009 quoting Travell & Simons; Fig. 31-1 caption).',
    'One secondary page also links brachialis to tennis elbow; no other source says so and it is not drawn.',
    'No prevalence figures were found for this muscle.',
    'Patterns follow the 1999 edition of Travell & Simons (Fig. 31-1, read in a translated copy) and secondary summaries; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
