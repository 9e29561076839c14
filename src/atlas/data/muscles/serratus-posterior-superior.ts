import type { MuscleData } from '../../muscleSchema';

/** Serratus posterior superior: a hidden source of deep ache under the shoulder blade with pain down the back of the arm to the little finger. */
const muscle: MuscleData = {
  id: 'serratus-posterior-superior',
  name: 'Serratus posterior superior',
  synonyms: ['SPS', 'serratus posterior superior muscle'],
  region: 'upper-back',
  anatomy: {
    origin: 'Lower ligamentum nuchae and the spinous processes of C7-T3 (T2/T3).',
    insertion: 'Upper borders of ribs 2-5, just lateral to their angles.',
    innervation: 'Intercostal nerves T2-T5.',
    actions: ['Elevates ribs 2-5 (inspiration).', 'Probably has a proprioceptive role.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: 'The one trigger point the sources describe for this muscle.',
      name: 'TrP (under the upper scapula)',
      location: { landmark: 'scapula_superior_angle', toward: 'scapula_spine_root', t: 0.6, offset: [0.01, 0, 0] },
      landmarks: ['scapula_superior_angle', 'scapula_spine_root'],
      description:
        'Over the upper ribs near their angles, under the upper part of the shoulder blade, at about the level of its upper inner corner.',
      palpation:
        'It can only be reached when the shoulder blade is pulled forward and out of the way: sit with the arm across the chest and the hand hanging toward the opposite knee, then press over the upper ribs beside the inner edge of the shoulder blade.',
      zones: [
        {
          kind: 'essential',
          description: 'A constant, deep ache beneath the upper part of the shoulder blade, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_superior_angle', offset: [0, -0.008, 0] },
                { landmark: 'scapula_superior_angle', offset: [0.035, -0.012, 0] },
              ],
              width: 0.045,
            },
          ],
          uncertain:
            'The sources place the ache deep under the upper part of the shoulder blade without giving its extent. It is drawn as a band over the upper inner part of the shoulder blade, from its upper corner outward above the level of the bony ridge. An earlier, larger disc reached down over the middle of the shoulder blade and inward between the shoulder blade and the spine (about T3), which the sources do not describe for this muscle.',
        },
        {
          kind: 'spillover',
          description:
            'Over the back of the shoulder, down the back of the upper arm to the elbow, along the little-finger side of the forearm and hand into the little finger; sometimes the front of the chest.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                'shoulder_back',
                { landmark: 'shoulder_back', toward: 'olecranon', t: 0.5 },
                'olecranon',
                { landmark: 'olecranon', toward: 'little_finger', t: 0.5 },
                'little_finger',
              ],
              width: 0.05,
            },
            { shape: 'disc', center: 'chest', radius: 0.06 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Overworking the chest-breathing muscles: a long-lasting cough, asthma, or breathing with the upper chest the wrong way round (paradoxical breathing).',
  ],
  perpetuatingFactors: [
    'Reaching forward for long periods (a mouse placed far away, a steering wheel).',
    'Bending over a desk that is too low.',
    'Scoliosis.',
  ],
  selfCare: {
    pressureRelease:
      'Stand with your back to a wall, cross the arm in front of the chest so the shoulder blade slides outward, and lean on a ball over the upper ribs beside the spine. A hooked massage stick (such as a Thera Cane) also works. Hold on a tender spot until it eases.',
    stretch:
      'The muscle itself is hard to stretch; crossing the arm in front of the chest moves the shoulder blade off the trigger point so it can be reached.',
    other: [
      'Breathing retraining, if you breathe mainly with the upper chest or paradoxically.',
      'Sit upright and keep the mouse and keyboard close.',
    ],
    cautions: [
      'New chest pain, especially with breathlessness, sweating, or pain into the jaw or arm, needs emergency care first.',
      'Numbness, tingling or weakness in the arm or hand needs assessment by a clinician.',
      'A cough lasting several weeks, fever, pain after a fall or injury, or night pain that rest does not ease needs a medical check.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['ribs', 'intercostal nerves'],
      caution:
        'The ball lies over the ribs: lean into it gently on the muscle beside the inner edge of the shoulder blade, not on the bony points of the spine, and do not put your full body weight on it if you have osteoporosis or a recent rib injury or fall. Stop if it causes sharp pain, pain on breathing in, or pain or tingling running around the chest.',
    },
  ],
  mistakenFor: [
    'C7-C8 or C8-T1 radiculopathy',
    'Thoracic outlet syndrome',
    'Ulnar neuropathy',
    'Olecranon bursitis',
    'Wrist problems such as carpal tunnel syndrome',
  ],
  sources: ['ts-1999', 'namtpt'],
  notes: [
    'Movements that press the shoulder blade onto the trigger point make it worse: reaching forward, lifting with the arms outstretched, lying on that side.',
    'The pain can feel like numbness in the C8-T1 territory of the hand.',
    'For this muscle the Travell & Simons pattern is known here only through secondary summaries (NAMTPT; a Massage Today article quoting Simons & Travell on breathing overload).',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
