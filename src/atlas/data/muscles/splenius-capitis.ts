import type { MuscleData } from '../../muscleSchema';

/** Splenius capitis: the classic muscular source of pain on the top of the head (vertex). */
const muscle: MuscleData = {
  id: 'splenius-capitis',
  name: 'Splenius capitis',
  synonyms: ['splenius', 'splenius capitis muscle'],
  region: 'neck',
  anatomy: {
    origin: 'Lower half of the ligamentum nuchae and the spinous processes of C7-T3 (to T4).',
    insertion: 'Mastoid process and the lateral third of the superior nuchal line, deep to the sternocleidomastoid.',
    innervation: 'Dorsal rami of the middle cervical spinal nerves.',
    actions: [
      'Acting on one side: extends the head and neck, side-bends them and turns them toward the same side.',
      'Acting on both sides: extends the head and neck and brakes forward bending (a check-rein).',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp',
      prevalence: 'common',
      prevalenceNote:
        'No prevalence figure for splenius capitis was found (the neck-pain survey that counts splenius cervicis, 62.5%, does not count capitis); T&S and the summaries present it as the usual muscular source of pain on top of the head, so it is counted as common.',
      name: 'Splenius capitis TrP',
      location: { landmark: 'mastoid', toward: 'neck_base', t: 0.3, offset: [0, 0, -0.02] },
      landmarks: ['mastoid', 'suboccipital'],
      description:
        'Near the upper end of the muscle, at about the level of the second neck vertebra, in the small triangle of the upper back of the neck where it is not covered by other muscles: between the upper trapezius behind, the sternocleidomastoid in front and the levator scapulae below; a little below and behind the mastoid.',
      palpation:
        'Find the gap a little below and behind the bony bump behind the ear, between the sternocleidomastoid in front and the trapezius behind, and press inward with the fingertips, staying behind the sternocleidomastoid.',
      zones: [
        {
          kind: 'essential',
          description: 'A patch on the top of the head (vertex), on the same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'vertex', toward: 'tragion', t: 0.2 }, radius: 0.035 }],
          uncertain:
            'Travell & Simons are reported to describe no real spillover zone, but this has not been checked against the book. Secondary summaries mix the two splenius muscles and add the back of the head, the eye and diffuse head pain; one handout adds the area above the ear and, rarely, over the eyebrow. None of these is drawn.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Whiplash.',
    'Long periods looking up or with the head turned (for example to a monitor placed to the side).',
    'Sleeping with the neck twisted.',
    'A cold draught on the back of the neck.',
    'Heavy lifting with the head pushed forward.',
  ],
  perpetuatingFactors: ['Forward head posture.', 'A side-placed monitor or any set-up that keeps the head turned.'],
  selfCare: {
    pressureRelease:
      'Press with the fingertips, or lie on your back on a ball, just below the skull behind the mastoid, in the gap between the sternocleidomastoid and the trapezius; a hooked massage tool also works. Keep the finger, ball or hook behind the sternocleidomastoid and use moderate pressure.',
    stretch:
      'Bend the head forward, then turn it and bend it sideways away from the sore side, gently and without forcing the end of the movement.',
    other: ['Place the monitor straight in front of you and at eye level.', 'Keep the back of the neck warm.'],
    cautions: [
      'Neck pain after a fall, a car accident or other trauma needs a medical check first.',
      'A sudden, severe headache, or headache with fever, a stiff neck, confusion, double vision, slurred speech, weakness or numbness: seek emergency care.',
      'A new headache that keeps getting worse, or wakes you from sleep.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['carotid artery', 'occipital nerves'],
      caution:
        'Stay behind the sternocleidomastoid (the rope-like muscle from behind the ear to the breastbone): in front of and under it run the carotid artery and the jugular vein. If you feel a pulse, move back. Ease off if tingling or burning spreads over the back of the head or behind the ear (the occipital nerves).',
    },
    {
      technique: 'pressure-release',
      near: ['carotid artery', 'vertebral artery', 'occipital nerves'],
      caution:
        'Keep the ball or the hook of a tool behind the sternocleidomastoid, on the back and side of the neck; let the head rest on a ball rather than pressing it down. Move off if you feel a pulse or tingling over the scalp, and stop and seek medical advice the same day if you feel dizzy, see blurred or double vision or feel sick.',
    },
    {
      technique: 'stretch',
      near: ['vertebral and carotid arteries', 'spinal cord'],
      caution:
        'This stretch combines bending the head forward, turning and side-bending it: hold gently, never forced. Stop at once, sit down and seek medical advice the same day if you feel dizzy or light-headed, see blurred or double vision, feel sick, your face goes numb, you have difficulty speaking or swallowing, your legs give way, or bending forward sends an electric-shock feeling down the spine or into the arms or legs. Do not stretch after a recent neck injury.',
    },
  ],
  mistakenFor: [
    'Tension-type headache',
    'Migraine',
    'Occipital neuralgia',
    'Cervicogenic headache',
    'Whiplash-associated disorder',
  ],
  sources: ['ts-1983', 'ts-1999', 'fpnotebook', 'aberdeen-chiropractic', 'ifompt-2023-cervical'],
  notes: [
    'Splenius cervicis, its neighbour (its own entry in the atlas), competes for the same pain: its upper trigger point refers inside the head behind the same-side eye (sometimes with blurred vision), its lower one to the angle of the neck. T&S keep the two apart: splenius capitis to the vertex, splenius cervicis to the eye.',
    'Other summaries (fpnotebook, a course handout) list eye or temple-and-eye pain under splenius capitis; this conflicts with T&S.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources (fpnotebook, a chiropractic blog, a course handout and practitioner pages); they have not been checked against the updated figures of the 2019 3rd edition.',
    'The stretch stop rule follows the IFOMPT framework for the neck arteries and the reference notes for combined neck flexion, rotation and side-bending.',
  ],
};

export default muscle;
