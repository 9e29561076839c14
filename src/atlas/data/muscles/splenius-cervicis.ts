import type { MuscleData } from '../../muscleSchema';

const PREVALENCE_NOTE =
  'Active splenius cervicis trigger points were found in 62.5% of 224 people with chronic non-specific neck pain (Cerezo-Téllez 2016); the survey does not separate the two sites.';

/** Splenius cervicis: pain inside the head behind the eye (upper site) and at the angle of the neck (central trigger point). */
const muscle: MuscleData = {
  id: 'splenius-cervicis',
  name: 'Splenius cervicis',
  synonyms: ['splenius cervicis muscle', 'splenius colli', 'splenius'],
  region: 'neck',
  anatomy: {
    origin: 'Spinous processes of T3-T6.',
    insertion: 'Posterior tubercles of the transverse processes of C1-C3.',
    innervation: 'Dorsal rami of the lower cervical spinal nerves.',
    actions: [
      'Extends the neck.',
      'Acting on one side: turns and side-bends the neck toward the same side.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'upper',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Upper site (tender spot)',
      location: { landmark: 'mastoid', toward: 'neck_base', t: 0.33, offset: [0, 0, -0.012] },
      landmarks: ['mastoid', 'neck_base', 'suboccipital'],
      description:
        'Where the muscle turns into tendon at its upper end, on the back and side of the neck at about C2-C3: below and behind the mastoid, a third of the way down toward the angle of the neck, deep to the upper trapezius.',
      palpation:
        'Sitting with the head supported and bent slightly forward, press inward on the back and side of the upper neck, below and behind the bump behind the ear, behind the sternocleidomastoid.',
      uncertain: 'The figure caption calls this a tender spot rather than a trigger point proper; the vertebral level is not certain.',
      zones: [
        {
          kind: 'essential',
          description:
            'Pain inside the head behind the eye on the same side; it can seem to shoot through the head from the back of the skull to the back of the eye.',
          shapes: [{ shape: 'disc', center: 'orbit', radius: 0.016 }],
        },
        {
          kind: 'spillover',
          description: 'Diffusely over the back and side of the head, reaching the temple.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'suboccipital', offset: [-0.005, 0.01, 0] },
                'occiput',
                { landmark: 'parietal', toward: 'occiput', t: 0.2 },
                { landmark: 'temple', toward: 'parietal', t: 0.3 },
              ],
              width: 0.03,
            },
          ],
          uncertain:
            'Secondary pages often merge the two splenius muscles; one (East Coast Therapeutics) sends the angle-of-neck trigger point up the side of the head into the eye socket. T&S keep the two sites apart, as drawn here.',
        },
      ],
    },
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Central TrP (angle of the neck)',
      location: { landmark: 'neck_base', toward: 'cervicale', t: 0.35, offset: [0, 0.005, 0] },
      landmarks: ['neck_base', 'cervicale', 'scapula_superior_angle'],
      description:
        'In the middle of the muscle near the angle of the neck, at about C7-T1, beside the spine and under the upper trapezius: between the prominent bone at the base of the neck and the angle of the neck, nearer the angle.',
      palpation:
        'Sitting with the head supported and bent slightly forward, push the upper trapezius aside at the angle of the neck with a fingertip and press inward toward the spine.',
      zones: [
        {
          kind: 'essential',
          description: 'The angle of the neck, where the neck meets the shoulder, on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'neck_base', toward: 'cervicale', t: 0.15, offset: [0, 0.006, 0] }, radius: 0.018 }],
        },
        {
          kind: 'spillover',
          description: 'A short way up the back and side of the neck.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'neck_base', toward: 'cervicale', t: 0.3, offset: [0, 0.02, 0] },
                { landmark: 'neck_base', toward: 'mastoid', t: 0.45, offset: [0, 0, -0.01] },
              ],
              width: 0.025,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Long periods with the neck turned or tipped back (bird-watching, a monitor to the side, looking up).',
    'Whiplash.',
    'Sleeping with the neck twisted.',
    'A cold draught on the neck.',
    'Carrying loads with the head pushed forward.',
  ],
  perpetuatingFactors: ['Forward head posture.', 'A side-placed monitor or any set-up that keeps the head turned.'],
  selfCare: {
    pressureRelease:
      'Lean against a wall on a ball, or use a hooked massage tool, at the angle of the neck just beside the spine, under the upper trapezius. Keep the ball or hook on the back of the neck beside the spine; do not let the hook slip forward over the top of the shoulder into the hollow above the collarbone.',
    stretch:
      'Bend the head forward, then turn it and bend it sideways away from the sore side; hold gently, never forced to the end of the movement. A warm shower on the neck helps.',
    other: [
      'Place the monitor straight in front of you.',
      'Use a headset for long phone calls.',
      'Use a pillow that keeps the neck straight.',
    ],
    cautions: [
      'Eye pain with a red eye, haloes around lights or loss of vision: seek eye care at once (acute glaucoma).',
      'A new, severe headache, or headache with weakness, numbness, confusion, double vision or trouble speaking: seek emergency care.',
      'Over 50 with a new headache at the temple, a tender scalp or pain in the jaw on chewing: see a doctor the same day (temporal arteritis can cause blindness).',
      'Neck pain with a new headache after an injury or neck manipulation, with dizziness, double vision, slurred speech or facial numbness: call emergency services (a torn neck artery).',
      'Do not stretch after a recent neck injury, or with rheumatoid arthritis, Down syndrome, marked osteoporosis or a known unstable neck, unless a doctor has cleared it.',
      'Pain, numbness, pins and needles or weakness spreading down one arm (a trapped nerve root in the neck): see a doctor soon. With fever, night pain, weight loss or a past cancer: see a doctor soon (infection or tumour).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['brachial plexus', 'subclavian artery'],
      caution:
        'Keep the ball or the hook on the back of the neck beside the spine. Do not let a hooked tool slip forward over the top of the shoulder into the hollow above the collarbone, where the nerves to the arm and the subclavian artery run; move off if the arm tingles or you feel a pulse.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['upper'],
      near: ['carotid artery', 'occipital nerves'],
      caution:
        'Stay behind the sternocleidomastoid (the rope-like muscle from behind the ear to the breastbone): in front of it run the carotid artery and the jugular vein. If you feel a pulse, move back; ease off if tingling spreads over the back of the head.',
    },
    {
      technique: 'stretch',
      near: ['vertebral and carotid arteries', 'spinal cord'],
      caution:
        'This stretch combines bending the head forward, turning and side-bending it: hold gently, never forced. Stop at once, sit down and seek medical advice the same day if you feel dizzy or light-headed, see blurred or double vision, feel sick, your face goes numb, you have difficulty speaking or swallowing, your legs give way (a drop attack), or bending forward sends an electric-shock feeling down the spine or into the arms or legs.',
    },
  ],
  mistakenFor: [
    'Migraine or cluster-type pain behind the eye',
    'Glaucoma or eye strain',
    'Cervicogenic headache',
    'Levator scapulae syndrome (pain at the angle of the neck)',
    'Cervical facet joint pain',
  ],
  sources: ['ts-1999', 'ts-1999-zh-head-neck', 'cerezo-tellez-2016', 'naokootanilmt-neck', 'eastcoasttherapeutics-splenius', 'bsr-2020-gca', 'ifompt-2023-cervical'],
  notes: [
    'Other symptoms: blurred vision on the same side (Chinese notes of the 1999 figures), a stiff neck that will not turn fully, and a throbbing pain inside the skull (naokootanilmt).',
    'Travell & Simons keep the two splenius muscles apart: splenius capitis refers to the top of the head, splenius cervicis to behind the eye (upper site) and the angle of the neck (central trigger point).',
    'Angle-of-neck pain is shared with the levator scapulae, which was found more often in the same neck-pain survey (82.14% against 62.5%; Cerezo-Téllez 2016).',
    'Zones follow the 1999 figures (Figs 15-1, 15-4) as read from the translated edition; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
