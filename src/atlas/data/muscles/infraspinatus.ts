import type { MuscleData } from '../../muscleSchema';

/** Infraspinatus: one of the muscles most often holding active trigger points in shoulder pain, felt deep in the front of the shoulder. */
const muscle: MuscleData = {
  id: 'infraspinatus',
  name: 'Infraspinatus',
  synonyms: ['infraspinatus muscle', 'rotator cuff (infraspinatus)'],
  region: 'shoulder',
  anatomy: {
    origin: 'Medial two-thirds of the infraspinous fossa of the scapula.',
    insertion: 'Middle facet of the greater tubercle of the humerus.',
    innervation: 'Suprascapular nerve (C5-C6).',
    actions: [
      'External (lateral) rotation of the humerus.',
      'Holds the humeral head in the glenoid as part of the rotator cuff.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'upper',
      prevalence: 'common',
      prevalenceNote:
        'The usual site: the sources put the trigger points of this muscle most often in its upper central part, in the middle of the fibres (T&S; point-by-point mapping in Ge 2008).',
      name: 'Upper (main) TrPs',
      location: { landmark: 'infraspinous_fossa', offset: [0, 0.025, 0] },
      landmarks: ['infraspinous_fossa', 'scapula_spine_root', 'shoulder_back'],
      description:
        'In the upper, central part of the muscle on the back of the shoulder blade, usually 1 to 2 cm below the bony ridge (spine) of the shoulder blade; often two or more, in the middle of the fibres.',
      palpation:
        'Press firmly with the fingertips on the back of the shoulder blade just below its bony ridge; the trigger points are usually very tender and can send pain into the front of the shoulder.',
      zones: [
        {
          kind: 'essential',
          description: 'Deep in the front of the shoulder, in the shoulder joint, on the same side.',
          shapes: [{ shape: 'disc', center: 'shoulder_front', radius: 0.05 }],
          uncertain:
            'In a series of 297 patients treated by injection, the most common referral was the front and outer upper arm above the elbow rather than the front of the shoulder joint that T&S stress (Kwon 2017).',
        },
        {
          kind: 'spillover',
          description:
            'Down the front and outer side of the arm, the thumb side of the forearm and sometimes the thumb side of the hand.',
          shapes: [
            {
              shape: 'stroke',
              path: ['shoulder_front', 'deltoid', { landmark: 'lateral_epicondyle', offset: [0, 0.04, 0.015] }],
              width: 0.05,
            },
            {
              shape: 'stroke',
              path: [{ landmark: 'lateral_epicondyle', toward: 'radial_styloid', t: 0.2 }, 'radial_styloid'],
              width: 0.035,
            },
            { shape: 'disc', center: { landmark: 'radial_styloid', toward: 'thumb', t: 0.5 }, radius: 0.025 },
          ],
          uncertain:
            'Some summaries also show spread toward the back of the neck below the skull; this is not drawn.',
        },
      ],
    },
    {
      id: 'medial',
      prevalence: 'occasional',
      prevalenceNote:
        'Occasional: the summaries of Travell & Simons call this trigger point uncommon, without a figure (the atlas counts "uncommon" as occasional and keeps "rare" for trigger points the sources call rare). The sources list several other muscles for pain at the inner edge of the shoulder blade: the rhomboids, the middle and lower trapezius, the scalenes, the levator scapulae and the serratus posterior superior.',
      name: 'Medial TrP',
      location: { landmark: 'scapula_spine_root', toward: 'scapula_inferior_angle', t: 0.45, offset: [0.015, 0, 0] },
      landmarks: ['scapula_spine_root', 'scapula_inferior_angle'],
      description:
        'An uncommon trigger point lower in the muscle, near the inner (vertebral) edge of the shoulder blade.',
      palpation: 'Press along the muscle just outside the inner edge of the shoulder blade, below the level of its bony ridge.',
      zones: [
        {
          kind: 'essential',
          description: 'Along the inner edge of the shoulder blade (the area of the rhomboids), on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_spine_root', offset: [-0.01, 0, 0] },
                { landmark: 'scapula_spine_root', toward: 'scapula_inferior_angle', t: 0.7, offset: [-0.01, 0, 0] },
              ],
              width: 0.04,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Reaching back or up over and over (tennis, throwing, reaching into the back seat of a car).',
    'A sudden overload, such as catching yourself in a fall.',
    'Holding the arm forward without support for long periods.',
  ],
  perpetuatingFactors: ['Sleeping on the painful side or with the arm overhead.'],
  selfCare: {
    pressureRelease:
      'Lean against a wall or lie on the floor with a ball under the shoulder blade, on the tender spots below its bony ridge; a hooked massage tool also works.',
    stretch:
      'Bring the hand behind the back toward the opposite side (inward rotation), and pull the elbow across the chest.',
    other: ['Avoid sleeping on the painful side or with the arm overhead.', 'Support the arm rather than holding it forward unsupported for long periods.'],
    cautions: [
      'Shoulder or arm pain with chest pain, breathlessness or sweating, especially on the left: seek emergency care.',
      'A shoulder that suddenly cannot lift the arm after a fall or injury (a torn tendon or fracture must be ruled out).',
      'Numbness, tingling or weakness in the arm or hand.',
      'A hot, swollen shoulder or pain with fever.',
      'Pain at night that does not ease with changes of position, or with unexplained weight loss.',
    ],
  },
  techniqueCautions: [],
  mistakenFor: [
    'Rotator cuff tendinopathy or tear',
    'Subacromial impingement',
    'Subdeltoid bursitis',
    'Bicipital tendinitis',
    'C5-C6 radiculopathy',
    'Frozen shoulder',
    'Suprascapular nerve entrapment',
    'Glenohumeral arthritis',
  ],
  sources: [
    'ts-1983',
    'medlink',
    'namtpt',
    'kwon-2017',
    'ge-2008',
    'bron-2007',
    'bron-2011',
    'ezzati-2021',
    'hidalgo-lozano-2010',
    'ge-2011',
  ],
  notes: [
    'Everyday clues: trouble reaching behind to a back pocket or a bra clasp, doing up a back zip, or getting the arm into a coat sleeve; lying on the painful side (and sometimes on the back) keeps the person awake.',
    'Mapping the muscle point by point, Ge 2008 found it most pressure-sensitive in the middle of the fibres, with several active trigger points on the painful side.',
    'How often: active infraspinatus trigger points in 77% of people with shoulder pain, more than any other muscle (Bron 2011; figure not checked against the paper); the muscle most often involved (38.9%) in neck pain with a normal MRI (Ezzati 2021); 42% in one-sided shoulder impingement (Hidalgo-Lozano 2010). In fibromyalgia it was one of the upper-body muscles where key active trigger points were most frequent (Ge 2011).',
    'Of three shoulder muscles, infraspinatus gave the best agreement between examiners (Bron 2007).',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
