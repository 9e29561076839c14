import type { MuscleData, ReferralZone } from '../../muscleSchema';

// Locations 1 and 2 (upper semispinalis capitis) share one pattern: a band around the same side of the head.
const UPPER_BAND: ReferralZone[] = [
  {
    kind: 'essential',
    description: 'The temple and the area just above the eye, on the same side.',
    shapes: [
      { shape: 'disc', center: { landmark: 'supraorbital', toward: 'forehead', t: 0.5, offset: [0.008, 0, 0] }, radius: 0.016 },
      {
        shape: 'stroke',
        path: [{ landmark: 'supraorbital', toward: 'forehead', t: 0.5, offset: [0.008, 0, 0] }, { landmark: 'temple', toward: 'supraorbital', t: 0.12 }],
        width: 0.024,
      },
    ],
  },
  {
    kind: 'spillover',
    description: 'A band from above and behind the ear forward over the side of the head to the temple and the forehead.',
    shapes: [
      {
        shape: 'stroke',
        path: [{ landmark: 'parietal', toward: 'occiput', t: 0.3 }, 'parietal', { landmark: 'temple', offset: [0, 0.012, 0] }, 'forehead'],
        width: 0.03,
      },
    ],
  },
];

const NUMBERING =
  'Locations are numbered from the top as in the 1999 figure (Fig. 16-1); the 1983 edition counted TrP1-TrP3 from the bottom, so its TrP3 is location 1 here (from memory of the 1983 text).';

/** Semispinalis capitis: a band headache around the side of the head to the temple and above the eye, and pain at the back of the head. */
const muscle: MuscleData = {
  id: 'semispinalis-capitis',
  name: 'Semispinalis capitis',
  synonyms: ['semispinalis', 'semispinalis capitis muscle', 'posterior cervical muscles', 'back of the neck muscles'],
  aliases: ['semispinalis', 'posterior-cervical-muscles'],
  region: 'neck',
  anatomy: {
    origin: 'Transverse processes of C7-T6 and the articular processes of C4-C6.',
    insertion: 'Occipital bone between the superior and inferior nuchal lines, beside the midline.',
    innervation:
      'Dorsal rami of the cervical spinal nerves. The greater occipital nerve (medial branch of the C2 dorsal ramus) usually pierces the muscle.',
    actions: ['Extends the head and neck.', 'Holds the head up against gravity, working hardest in forward-head posture.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'location-1',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure for these muscles was found; each location is counted as common.',
      name: 'Location 1 (below the skull)',
      location: { landmark: 'suboccipital', toward: 'inion', t: 0.35, offset: [0, 0.006, 0] },
      landmarks: ['suboccipital', 'inion'],
      description:
        'Just below the bony ridge at the base of the skull, about 1.5-2 cm from the midline, where semispinalis capitis attaches to the skull: just beside and below the bump at the back of the head.',
      palpation:
        'Sitting with the neck slightly bent forward, press straight in just below the base of the skull, about two finger-widths from the midline; the bands run up and down.',
      zones: UPPER_BAND,
      uncertain: `The figure caption calls this possibly a tenderness where the muscle attaches rather than a trigger point. ${NUMBERING}`,
    },
    {
      id: 'location-2',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure for these muscles was found; each location is counted as common.',
      name: 'Location 2 (upper neck)',
      location: { landmark: 'suboccipital', toward: 'posterior_neck', t: 0.5, offset: [0.004, 0, 0] },
      landmarks: ['suboccipital', 'posterior_neck'],
      description:
        'In the upper third of the muscle, 2-4 cm below location 1, about 1.5-2 cm from the midline, where the greater occipital nerve passes through it.',
      palpation:
        'Sitting with the neck slightly bent forward, press straight in beside the spine, 2-4 cm below the base of the skull. Burning or numbness over the back of the scalp on pressure suggests the nerve is involved.',
      zones: UPPER_BAND,
      uncertain: NUMBERING,
    },
    {
      id: 'location-3',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure for these muscles was found; each location is counted as common.',
      name: 'Location 3 (mid-neck)',
      location: 'posterior_neck',
      landmarks: ['posterior_neck', 'cervicale', 'inion'],
      description:
        'In the middle of the back of the neck at about C4-C5, 2 cm from the spinous processes, in the middle part of semispinalis capitis. The deeper muscles at this level (multifidi, rotatores, semispinalis cervicis) are described as the cervical multifidi.',
      palpation: 'Sitting with the neck slightly bent forward, press straight in beside the spinous processes in the middle of the back of the neck.',
      zones: [
        {
          kind: 'essential',
          description: 'A patch on the back of the head, above and a little to the side of the bump at the back of the skull.',
          shapes: [{ shape: 'disc', center: { landmark: 'occiput', toward: 'inion', t: 0.3 }, radius: 0.03 }],
          uncertain: 'The 1999 figure shows little spillover for this location, so none is drawn. T&S say semispinalis cervicis refers in a similar way.',
        },
      ],
      uncertain: NUMBERING,
    },
  ],
  activatingFactors: [
    'Long periods looking down (reading, a phone) or up (painting ceilings, bird-watching).',
    'Heavy lifting.',
    'Whiplash; diving.',
    'Falling asleep with the head propped on the arm of a sofa; lying on the front propped on the elbows to read or watch TV.',
    'A cold draught on the neck.',
  ],
  perpetuatingFactors: [
    'Forward head posture.',
    'Glasses with too short a focal length.',
    'Depression.',
    'Arthritis of the neck joints (cervical facets).',
    'A short leg or a small half of the pelvis that tilts the spine.',
  ],
  selfCare: {
    pressureRelease:
      'Lie on your back with a tennis ball, or two balls in a sock, under the tender spot beside the spine (not on the bony point in the middle) and let the weight of the head press. Or sit with the neck slightly bent and press with the fingertips. Stop and sit up slowly if you feel dizzy, see blurred or double vision or feel sick.',
    stretch:
      'Tuck the chin in, then slowly bend the head and neck forward and hold gently for about 20-30 seconds, never forced to the end of the movement. A warm shower on the neck helps.',
    other: [
      'Put the screen at eye level and use a reading stand.',
      'Have your glasses checked for the distance you read and work at.',
      'Use a pillow that keeps the neck straight.',
    ],
    cautions: [
      'Neck pain with a new headache after an injury or neck manipulation, with dizziness, double vision, slurred speech or facial numbness, can be a torn neck artery: call emergency services.',
      'Clumsy hands, a change in walking, or bladder problems: see a doctor the same day (pressure on the spinal cord).',
      'Arm pain with weakness or numbness in part of the arm or hand: see a doctor (a trapped nerve root).',
      'Neck pain with fever, weight loss, a history of cancer or pain at night: see a doctor.',
      'Over 50 with a new headache at the temple or forehead, a tender scalp or temple, pain in the jaw on chewing or any change in vision: see a doctor the same day (temporal arteritis can cause blindness).',
      'Do not stretch after a recent neck injury, or with rheumatoid arthritis, Down syndrome, marked osteoporosis or a known unstable neck, unless a doctor has cleared it.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['location-2'],
      near: ['greater occipital nerve'],
      caution:
        'The greater occipital nerve passes through the muscle here: ease off if pressure brings burning, tingling or numbness over the back of the head.',
    },
    {
      technique: 'pressure-release',
      near: ['vertebral artery', 'greater occipital nerve', 'spinal cord'],
      caution:
        'Keep the ball beside the spine, not on the bony points in the middle, and let the head rest on it rather than pressing down. Stop at once and seek medical advice if you feel dizzy, see blurred or double vision, feel sick, your face goes numb, you have slurred speech or trouble swallowing, or your legs give way; ease off if the back of the scalp burns or tingles.',
    },
    {
      technique: 'stretch',
      near: ['vertebral and carotid arteries', 'spinal cord'],
      caution:
        'Hold gently, never at a forced end of the movement. Stop at once and do not repeat it if you feel dizzy, see blurred or double vision, feel sick, your face goes numb, you have slurred speech or trouble swallowing, your legs give way (a drop attack), or bending the head forward sends an electric-shock feeling down the spine or into the arms or legs (a sign of a spinal-cord problem); seek medical advice the same day.',
    },
  ],
  mistakenFor: [
    'Occipital neuralgia',
    'Cervicogenic headache',
    'Tension-type headache and migraine (the band to the temple and forehead)',
    'Cervical facet joint pain',
    'C2-C3 nerve-root pain',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-head-neck',
    'kent-2011-frontal-headache',
    'naokootanilmt-neck',
    'musclehealers-posterior-cervical',
    'bovim-1991',
    'janis-2010',
    'kim-2018-occipital-nerve',
    'bsr-2020-gca',
    'ifompt-2023-cervical',
  ],
  notes: [
    'Other symptoms: headache, a stiff neck with limited forward bending that hurts, a head that cannot rest on a pillow. When location 2 traps the greater occipital nerve, numbness, tingling or burning spread over the same side of the back of the head toward the top.',
    'The greater occipital nerve pierced semispinalis capitis on 90% of sides in an autopsy study of 20 people (trapezius 45%, inferior oblique 7.5%); possible compression was seen on 11 of 40 sides in people without known headache, so compression alone may not cause symptoms (Bovim 1991; first author and journal from memory).',
    'Cadaver studies found six compression points on the nerve, including where it enters and leaves semispinalis capitis (Janis 2010), and its piercing point about 13 mm to the side of and 28 mm below the bump at the back of the skull (Kim 2018).',
    'Semispinalis cervicis refers like location 3 (T&S); it lies deep with the multifidi and is described with the cervical multifidi.',
    'Zones follow the 1999 figure (Fig. 16-1) as read from the translated edition; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
