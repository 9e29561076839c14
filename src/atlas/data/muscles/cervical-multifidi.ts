import type { MuscleData } from '../../muscleSchema';

/** The deep posterior neck muscles at mid-neck: pain below the skull, down the neck to the upper inner edge of the shoulder blade. */
const muscle: MuscleData = {
  id: 'cervical-multifidi',
  name: 'Cervical multifidi (with rotatores and semispinalis cervicis)',
  synonyms: [
    'multifidus',
    'multifidi',
    'neck multifidus',
    'cervical multifidus',
    'rotatores',
    'semispinalis cervicis',
    'deep neck extensors',
    'posterior cervical muscles',
  ],
  aliases: ['multifidi-cervical', 'cervical-multifidus', 'semispinalis-cervicis', 'cervical-rotatores'],
  region: 'neck',
  anatomy: {
    origin:
      'Multifidi and rotatores: the articular processes of C4-C7. Semispinalis cervicis: the transverse processes of T1-T5/6.',
    insertion:
      'Multifidi and rotatores: spinous processes one to four levels higher. Semispinalis cervicis: the spinous processes of C2-C5, most strongly C2.',
    innervation: 'Dorsal rami of the cervical spinal nerves.',
    actions: [
      'Extend the neck and hold it against gravity.',
      'Turn the neck toward the opposite side.',
      'Steady the neck joints segment by segment.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'deep',
      prevalence: 'common',
      prevalenceNote:
        'Active cervical multifidus trigger points were found in 77.68% of 224 people with chronic non-specific neck pain (Cerezo-Téllez 2016).',
      name: 'Deep mid-neck TrP (location 3, deep)',
      location: { landmark: 'posterior_neck', offset: [-0.004, 0, 0] },
      landmarks: ['posterior_neck', 'cervicale', 'suboccipital'],
      description:
        'Deep in the groove beside the spinous processes in the middle of the back of the neck, at about C4-C5, 2 cm from the midline, under semispinalis capitis (location 3 of the 1999 figure, deep layer).',
      palpation:
        'Sitting or lying on the side with the neck slightly bent forward, press deep into the groove right beside the spinous processes in the middle of the back of the neck; the bands run up and down.',
      zones: [
        {
          kind: 'essential',
          description: 'The area just below the skull at the back of the head (the suboccipital region), on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'suboccipital', offset: [-0.004, 0.002, 0] }, radius: 0.016 }],
        },
        {
          kind: 'spillover',
          description: 'Down the back of the neck to the upper inner edge of the shoulder blade, and over the angle of the neck.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'suboccipital', offset: [-0.004, -0.012, 0] },
                { landmark: 'posterior_neck', offset: [-0.008, 0, 0] },
                { landmark: 'neck_base', toward: 'cervicale', t: 0.4 },
                'scapula_superior_angle',
                { landmark: 'scapula_superior_angle', toward: 'scapula_spine_root', t: 0.5 },
              ],
              width: 0.03,
            },
            { shape: 'disc', center: 'neck_base', radius: 0.02 },
          ],
        },
      ],
      uncertain:
        'The reference lists semispinalis cervicis both with this deep layer and, from T&S, as referring like the superficial location 3 (the back of the head); which of the two patterns it gives is not settled.',
    },
  ],
  activatingFactors: [
    'Long periods looking down (reading, a phone) or up (painting ceilings, bird-watching).',
    'Heavy lifting; whiplash; diving.',
    'Falling asleep with the head propped on the arm of a sofa; lying on the front propped on the elbows.',
    'A cold draught on the neck.',
  ],
  perpetuatingFactors: ['Forward head posture.', 'Arthritis of the neck joints (cervical facets).', 'Glasses with too short a focal length.'],
  selfCare: {
    pressureRelease:
      'Lie on your back with a tennis ball, or two balls in a sock, under the tender spot beside the spine in the middle of the neck (not on the bony point in the middle) and let the weight of the head press. Stop and sit up slowly if you feel dizzy, see blurred or double vision or feel sick.',
    stretch:
      'Tuck the chin in, bend the head and neck slowly forward, then turn the head a little toward the sore side (these muscles turn the neck the other way); hold gently for about 20-30 seconds, never forced to the end of the movement.',
    other: ['Put the screen at eye level and use a reading stand.', 'Use a pillow that keeps the neck straight.'],
    cautions: [
      'Neck pain with a new headache after an injury or neck manipulation, with dizziness, double vision, slurred speech or facial numbness, can be a torn neck artery: call emergency services.',
      'Clumsy hands, a change in walking, or bladder problems: see a doctor the same day (pressure on the spinal cord).',
      'Arm pain with weakness or numbness in part of the arm or hand: see a doctor (a trapped nerve root).',
      'Neck pain with fever, weight loss, a history of cancer or pain at night: see a doctor.',
      'Do not stretch after a recent neck injury, or with rheumatoid arthritis, Down syndrome, marked osteoporosis or a known unstable neck, unless a doctor has cleared it.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['vertebral artery', 'spinal cord'],
      caution:
        'Keep the ball beside the spine, not on the bony points in the middle, and let the head rest on it. Stop at once and seek medical advice if you feel dizzy, see blurred or double vision, feel sick, your face goes numb, you have slurred speech or trouble swallowing, or your legs give way.',
    },
    {
      technique: 'stretch',
      near: ['vertebral and carotid arteries', 'spinal cord'],
      caution:
        'This stretch combines bending and turning the neck: hold gently, never at a forced end of the movement. Stop at once and do not repeat it if you feel dizzy, see blurred or double vision, feel sick, your face goes numb, you have slurred speech or trouble swallowing, your legs give way (a drop attack), or bending the head forward sends an electric-shock feeling down the spine or into the arms or legs (a sign of a spinal-cord problem); seek medical advice the same day.',
    },
  ],
  mistakenFor: ['Cervicogenic headache', 'Occipital neuralgia', 'Cervical facet joint pain', 'C2-C3 nerve-root pain', 'Levator scapulae trigger points (the upper inner edge of the shoulder blade)'],
  sources: ['ts-1999', 'ts-1999-zh-head-neck', 'cerezo-tellez-2016', 'musclehealers-posterior-cervical', 'naokootanilmt-neck', 'ifompt-2023-cervical'],
  notes: [
    'Travell & Simons treat these deep muscles in one chapter with semispinalis capitis (posterior cervical muscles, ch. 16); the deep layer at mid-neck gets its own entry here because its pattern (below the skull and down to the shoulder blade) differs from that of semispinalis capitis.',
    'Turning the head toward the sore side in the stretch follows from these muscles turning the neck to the opposite side; the direction was checked in the reference, the added turn itself is not confirmed by T&S.',
    'Zones follow the 1999 figure (Fig. 16-1) as read from the translated edition; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
