import type { MuscleData } from '../../muscleSchema';

/** Middle trapezius: burning pain between the shoulder blades and an ache on top of the shoulder in rounded-shoulder postures. */
const muscle: MuscleData = {
  id: 'middle-trapezius',
  name: 'Middle trapezius',
  synonyms: ['trapezius, middle fibres', 'transverse trapezius', 'mid traps'],
  region: 'upper-back',
  anatomy: {
    origin: 'Spinous processes and supraspinous ligaments of about C7-T3 (T1-T5 in some texts).',
    insertion: 'Medial border of the acromion and the upper lip of the scapular spine.',
    innervation: 'Spinal accessory nerve (cranial nerve XI); C3-C4.',
    actions: ['Retracts the scapula (draws the shoulder blade toward the spine).'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp5',
      prevalence: 'common',
      prevalenceNote: 'The sources give no figure for how often each middle trapezius trigger point is found; counted as common.',
      name: 'TrP5',
      location: { landmark: 'scapula_spine_root', offset: [-0.035, 0.005, 0] },
      landmarks: ['scapula_spine_root', 'cervicale'],
      description:
        'Toward the inner end of the muscle, between the inner edge of the shoulder blade (near the start of its ridge) and the spinous processes of the upper back.',
      palpation: 'Press or flick across the fibres between the inner edge of the shoulder blade and the spine at the level of the ridge of the shoulder blade.',
      zones: [
        {
          kind: 'essential',
          description:
            'A superficial, burning pain running inward toward the spine, over the spinous processes from the base of the neck (C7) to the upper back (T3).',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_spine_root', offset: [-0.035, 0.005, 0] },
                { landmark: 'cervicale', toward: 't12', t: 0.12 },
              ],
              width: 0.035,
            },
            {
              shape: 'stroke',
              path: ['cervicale', { landmark: 'cervicale', toward: 't12', t: 0.22 }],
              width: 0.03,
            },
          ],
        },
      ],
    },
    {
      id: 'trp6',
      prevalence: 'common',
      prevalenceNote: 'The sources give no figure for how often each middle trapezius trigger point is found; counted as common.',
      name: 'TrP6',
      location: { landmark: 'acromion', toward: 'scapula_spine_root', t: 0.2, offset: [0, 0.01, -0.005] },
      landmarks: ['acromion', 'shoulder_back'],
      description: 'Toward the outer end of the muscle, near the tip of the shoulder (acromion).',
      palpation: 'Press just inward from the tip of the shoulder, along the upper edge of the ridge of the shoulder blade.',
      zones: [
        {
          kind: 'essential',
          description: 'An ache on top of the shoulder at its bony tip (acromion).',
          shapes: [{ shape: 'disc', center: 'acromion', radius: 0.035 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'Leaning forward to read or work with the arms reaching forward and unsupported.',
    'Backpack straps.',
    'Sleeping on the side with the top arm falling forward.',
  ],
  perpetuatingFactors: [
    'Rounded shoulders, which keep the muscle held in a lengthened position.',
    'Tight chest (pectoral) muscles.',
    'Satellite trigger points from the upper trapezius.',
  ],
  selfCare: {
    pressureRelease:
      'Lean against a wall or lie on a ball placed between the shoulder blade and the spine, and just below the ridge of the shoulder blade.',
    stretch: 'Reach forward and hug yourself, drawing the shoulder blades apart, while bending the upper body forward.',
    other: ['Correct the rounded-shoulder posture.', 'Support the forearms when working.'],
    cautions: [
      'Pain between the shoulder blades with chest pain, breathlessness, sweating or nausea: seek emergency care.',
      'Sudden tearing pain between the shoulder blades.',
      'Numbness, tingling or weakness in the arm or hand.',
      'Pain after trauma, night pain or unexplained weight loss.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['ribs', 'intercostal nerves'],
      caution:
        'The ball lies over the ribs: lean into it gently on the muscle between the shoulder blade and the spine, not on the bony points of the spine, and do not put your full body weight on it if you have osteoporosis or a recent rib injury or fall. Stop if it causes sharp pain, pain on breathing in, or pain or tingling running around the chest.',
    },
  ],
  mistakenFor: [
    'Upper thoracic facet or rib dysfunction',
    '"Rhomboid strain"',
    'C6-C8 radiculopathy',
    'Acromioclavicular joint arthritis (TrP6)',
  ],
  sources: ['ts-1983', 'ts-1999', 'medlink', 'namtpt'],
  notes: [
    'Trigger point labels TrP5 to TrP7 follow the T&S numbering for the trapezius as a whole (TrP1 and TrP2 are upper trapezius, TrP3 and TrP4 lower trapezius).',
    'TrP7 lies close to TrP5, between the inner edge of the shoulder blade and the spine. Instead of pain it gives a shivery feeling with goose-flesh on the outer upper arm of the same side (sometimes the thigh). Because it causes no pain, it is described here but not drawn as a pain zone.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
