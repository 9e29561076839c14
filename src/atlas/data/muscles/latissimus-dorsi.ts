import type { MuscleData } from '../../muscleSchema';

/** Latissimus dorsi: a constant ache at the lower tip of the shoulder blade, sometimes down the inner arm to the ring and little fingers. */
const muscle: MuscleData = {
  id: 'latissimus-dorsi',
  name: 'Latissimus dorsi',
  synonyms: ['latissimus', 'lats', 'lat', 'latissimus dorsi muscle', 'broadest muscle of the back'],
  aliases: ['latissimus'],
  region: 'upper-back',
  anatomy: {
    origin:
      'Spinous processes of about T6/T7-T12 and, through the thoracolumbar fascia, of the lumbar and sacral spine; the back of the iliac crest; the lowest 3-4 ribs; often a slip from the lower tip of the shoulder blade.',
    insertion: 'Floor of the bicipital (intertubercular) groove of the humerus, after twisting around teres major.',
    innervation: 'Thoracodorsal nerve (C6-C8).',
    actions: [
      'Takes the arm backward, toward the body and turns it inward.',
      'Pulls the shoulder girdle down; lifts the trunk toward fixed arms (climbing, chin-ups).',
      'Works in forceful breathing out (coughing, sneezing).',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'upper',
      prevalence: 'common',
      prevalenceNote: 'The sources call this the most common latissimus trigger point.',
      name: 'Upper (armpit fold) TrP',
      location: 'posterior_axillary_fold',
      landmarks: ['posterior_axillary_fold', 'scapula_inferior_angle', 'shoulder_back'],
      description:
        'In the free outer edge of the muscle where it forms the back fold of the armpit, at about the level of the lower third of the outer edge of the shoulder blade, a few centimetres above and outside its lower tip.',
      palpation:
        'Lying on your back or side with the arm raised overhead, take the back fold of the armpit between thumb and fingers of the other hand and roll it: latissimus is the lower, outer edge of the fold. Snapping a tense band there can bring on an ache at the lower shoulder blade. Hold the fold itself; do not push up into the hollow of the armpit.',
      uncertain: 'The exact level in the fold is not given by the sources.',
      zones: [
        {
          kind: 'essential',
          description: 'A constant ache centred on and around the lower tip of the shoulder blade and the middle of the back around it.',
          shapes: [{ shape: 'disc', center: 'scapula_inferior_angle', radius: 0.05 }],
        },
        {
          kind: 'spillover',
          description:
            'The back of the shoulder, then down the back and inner side of the arm, past the inner elbow and along the little-finger side of the forearm to the ring and little fingers; seen from the front, over the front of the shoulder and the inner arm.',
          shapes: [
            { shape: 'disc', center: 'shoulder_back', radius: 0.04 },
            {
              shape: 'stroke',
              path: [
                'posterior_axillary_fold',
                { landmark: 'arm_medial', toward: 'arm_posterior', t: 0.35 },
                'medial_epicondyle',
                { landmark: 'medial_epicondyle', toward: 'ulnar_styloid', t: 0.5 },
                'ulnar_styloid',
                'hypothenar',
                'little_finger',
              ],
              width: 0.04,
            },
            { shape: 'stroke', path: ['hypothenar', 'ring_finger'], width: 0.025 },
            { shape: 'disc', center: 'shoulder_front', radius: 0.035 },
            { shape: 'stroke', path: [{ landmark: 'arm_medial', toward: 'coracoid', t: 0.4 }, 'arm_medial'], width: 0.035 },
          ],
        },
      ],
    },
    {
      id: 'lower',
      prevalence: 'occasional',
      prevalenceNote:
        'Occasional: the sources describe the upper trigger point as the most common and give no figure for this lower one.',
      name: 'Lower (side of the chest) TrP',
      location: 'flank_lateral',
      landmarks: ['flank_lateral', 'iliocristale'],
      description: 'In the lower outer fibres over the side of the chest wall, around the 9th-10th ribs, toward the back of the side of the trunk.',
      palpation:
        'Lying on the other side, press the fingers flat against the ribs on the side of the trunk, below the level of the shoulder blade, feeling for a tense band running up toward the back of the shoulder.',
      zones: [
        {
          kind: 'spillover',
          description:
            'Locally over the side of the trunk, around and below the trigger point, and the front of the shoulder; the caption adds that this trigger point can also send pain down the arm (not drawn).',
          uncertain: 'The 1999 figure, as read for the reference, draws no main (solid) zone for this trigger point: only these spillover areas.',
          shapes: [
            // Around the trigger point as well as below it.
            { shape: 'disc', center: 'flank_lateral', radius: 0.04 },
            { shape: 'stroke', path: ['flank_lateral', { landmark: 'flank_lateral', toward: 'iliocristale', t: 0.6 }], width: 0.045 },
            { shape: 'disc', center: 'shoulder_front', radius: 0.035 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Pulling down from overhead: pull-ups, pull-downs, rope climbing.',
    'Throwing, swinging a bat, swimming, rowing.',
    'Shovelling snow or earth; lifting heavy or bulky things again and again.',
    'A dog jerking the lead; lowering yourself down a ladder.',
  ],
  perpetuatingFactors: [
    'Reaching up and forward for long periods (raking, high shelves).',
    'Trigger points in neighbouring muscles (pectoralis major, teres major, subscapularis, triceps, scalenes, serratus anterior and posterior, lower trapezius, rhomboids).',
  ],
  selfCare: {
    pressureRelease:
      'Pinch the back fold of the armpit between the thumb and fingers of the other hand and knead it slowly, holding on a tender spot until it eases; for the lower fibres, lie on your side on a ball placed on the side ribs. Keep to the fold and the side ribs, never up into the hollow of the armpit.',
    stretch:
      'Raise the arm above and behind the head, hold the elbow with the other hand and bend the trunk sideways away from the sore side. Or kneel and slide both hands forward along the floor, shifting the hips away from the sore side.',
    other: [
      'Break up pull-downs, raking and reaching up and forward; avoid sudden jerks such as a dog pulling on the lead.',
    ],
    cautions: [
      'This ache hardly changes with movement or position, so organ causes must come first. Left-sided pain on effort, or pain down the inner arm with chest pressure, breathlessness or sweating: call emergency services (heart).',
      'Sudden, tearing pain between the shoulder blades: call emergency services (aortic dissection).',
      'Pain on breathing, breathlessness, a long cough, coughing blood or weight loss: see a doctor (lung disease, including a tumour at the top of the lung).',
      'Pain under the right shoulder blade after meals: possible gallbladder disease, see a doctor.',
      'Pain with urinary symptoms or fever: possible kidney disease, see a doctor.',
      'Numbness or weakness in the hand points to a trapped nerve, not to trigger points: see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['upper'],
      near: ['axillary artery', 'brachial plexus'],
      caution:
        'Hold only the back fold of the armpit. Do not push up into the hollow of the armpit, where the axillary artery and the nerves to the arm run; if you feel a pulse or tingling runs down the arm, let go and move back onto the fold.',
    },
    {
      technique: 'pressure-release',
      near: ['axillary artery', 'brachial plexus', 'ribs'],
      caution:
        'Knead the fold itself, not the hollow of the armpit (axillary artery, nerves to the arm); stop if you feel a pulse or tingling. On the side ribs, lean gently on the ball, not with full weight if you have osteoporosis or a recent rib injury.',
    },
  ],
  mistakenFor: [
    'Suprascapular nerve entrapment',
    'C6-C8 radiculopathy (C7 above all)',
    'Bicipital tendinitis',
    'Lower trapezius or rhomboid trigger points',
    'Angina or heart attack',
    'Thoracic outlet syndrome or brachial plexus entrapment',
    'Lung cancer (Pancoast tumour)',
    'Frozen shoulder',
    'Ulnar neuropathy',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-shoulder-arm-back',
    'namtpt',
    'webmanmed-shoulder-arm',
    'pressurepointer-shoulder-arm',
    'pmc7351965',
  ],
  notes: [
    'The ache changes little with movement or position, so clinicians may first suspect an organ; people seldom remember what set it off. Reaching forward and up, or lifting, can bring on the arm pain.',
    'Pain at the ulnar side of the hand with an ache at the lower tip of the shoulder blade suggests latissimus; with a deep ache under the upper shoulder blade it suggests serratus posterior superior.',
    'Research figures: among 18 wheelchair basketball players with shoulder pain, latissimus trigger points on the painful side were active in 1 and latent in 1 (PMC7351965; authors not verified). No larger study was found.',
    'Patterns follow the 1999 edition of Travell & Simons (Fig. 24-1, read in a translated copy) and secondary summaries; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
