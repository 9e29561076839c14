import type { MuscleData } from '../../muscleSchema';

/** Occipitofrontalis: frontalis keeps its pain on the forehead; occipitalis sends it over the side of the head and into the eye. */
const muscle: MuscleData = {
  id: 'occipitofrontalis',
  name: 'Occipitofrontalis',
  synonyms: ['frontalis', 'occipitalis', 'epicranius', 'occipitofrontalis muscle', 'forehead muscle', 'scalp muscle'],
  aliases: ['frontalis', 'occipitalis', 'epicranius'],
  region: 'head',
  anatomy: {
    origin:
      'Frontalis: the galea aponeurotica (the tendon sheet of the scalp); it has no attachment to bone. Occipitalis: the outer two-thirds of the superior nuchal line and the mastoid part of the temporal bone.',
    insertion:
      'Frontalis: the skin of the eyebrows and the root of the nose, blending with procerus, corrugator and orbicularis oculi. Occipitalis: the galea aponeurotica.',
    innervation: 'Facial nerve (VII): temporal branch to frontalis, posterior auricular branch to occipitalis.',
    actions: ['Frontalis raises the eyebrows and wrinkles the forehead.', 'Occipitalis draws the scalp back and anchors the galea.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'frontalis',
      prevalence: 'common',
      prevalenceNote: 'No study figure was found; frontalis is counted as common.',
      name: 'Frontalis TrP',
      location: { landmark: 'supraorbital', toward: 'forehead', t: 0.6, offset: [-0.004, 0, 0] },
      landmarks: ['supraorbital', 'forehead', 'glabella'],
      description:
        'In the forehead muscle about 2-3 cm above the inner-to-middle part of the eyebrow, between the eyebrow and the middle of the forehead, a little toward the midline.',
      palpation:
        'Press flat against the bone of the forehead above the eyebrow and feel for a tender band running up and down.',
      zones: [
        {
          kind: 'essential',
          description: 'A local patch on the same side of the forehead around the trigger point.',
          shapes: [{ shape: 'disc', center: { landmark: 'supraorbital', toward: 'forehead', t: 0.8 }, radius: 0.02 }],
        },
        {
          kind: 'spillover',
          description: 'Upward over the same side of the forehead toward the hairline.',
          shapes: [
            {
              shape: 'stroke',
              path: ['forehead', { landmark: 'forehead', offset: [0, 0.035, -0.01] }],
              width: 0.026,
            },
          ],
        },
      ],
    },
    {
      id: 'occipitalis',
      prevalence: 'common',
      prevalenceNote: 'No study figure was found; occipitalis is counted as common.',
      name: 'Occipitalis TrP',
      location: 'occiput',
      landmarks: ['occiput', 'inion', 'mastoid'],
      description:
        'On the back of the head behind and a little above the ear, just above the bony ridge at the base of the skull, about 4-5 cm from the midline.',
      palpation:
        'Press flat against the skull just above the ridge at the base of the skull, behind and above the ear; the spot is often too sore to rest on a pillow.',
      zones: [
        {
          kind: 'essential',
          description:
            'A band over the side of the head above and slightly behind the ear, and an intense spot in or over the eye, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'parietal', toward: 'occiput', t: 0.35 }, { landmark: 'parietal', offset: [0, 0, 0.01] }],
              width: 0.03,
            },
            { shape: 'disc', center: 'orbit', radius: 0.014 },
          ],
        },
        {
          kind: 'spillover',
          description: 'Diffusely over the back and side of the scalp from the trigger point up toward the top of the head, and a halo around the eye.',
          shapes: [
            // Diffuse and up toward the top of the head: most of the way to the crown.
            { shape: 'stroke', path: ['occiput', { landmark: 'occiput', toward: 'vertex', t: 0.8 }], width: 0.05 },
            { shape: 'disc', center: 'orbit', radius: 0.025 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Frontalis: habitual raising of the eyebrows or frowning, anxiety and emotional tension, eye strain (wrinkling the forehead to see).',
    'Occipitalis: eye strain (glaucoma, uncorrected vision, squinting), pressure from a hat or a pillow, a blow to the back of the head.',
  ],
  perpetuatingFactors: ['Uncorrected eyesight.', 'Trigger points in the sternocleidomastoid (for frontalis) or the posterior neck muscles such as semispinalis capitis (for occipitalis), which can start satellite trigger points here.'],
  selfCare: {
    pressureRelease:
      'Press a fingertip on the tender spot against the bone, or make small circles over it; warmth helps, for example a warm cloth behind the ear for the occipitalis.',
    stretch:
      'There is no effective stretch for this muscle. Instead loosen the scalp: spread the fingers on the scalp and slide the scalp gently over the skull in different directions.',
    other: [
      'Learn to relax the brow, for example with a mirror.',
      'Have your eyes examined and wear correct glasses.',
      'Avoid tight hats and a pillow that presses on the sore spot.',
    ],
    cautions: [
      'A sudden, severe ("worst ever" or thunderclap) headache: call emergency services.',
      'Over 50 with a new headache, a tender scalp or temple, pain in the jaw on chewing or any change in vision: see a doctor the same day (temporal arteritis can cause blindness).',
      'Headache with fever and a stiff neck: seek emergency care (meningitis).',
      'Headache with weakness, numbness, confusion, double vision or trouble speaking: seek emergency care.',
      'A red, painful eye with haloes around lights or blurred vision: seek eye care at once (acute glaucoma).',
      'A painful rash in a strip on one side of the forehead: see a doctor the same day (shingles near the eye).',
    ],
  },
  techniqueCautions: [],
  mistakenFor: [
    'Tension-type headache',
    'Migraine',
    'Frontal sinusitis',
    'Eye strain',
    'Glaucoma',
    'Occipital neuralgia (occipitalis)',
    'Supraorbital neuralgia',
  ],
  sources: ['ts-1999', 'ts-1999-zh-head-neck', 'niel-asher', 'integrativeworks-eye-headache', 'kent-2011-frontal-headache', 'bsr-2020-gca', 'nice-cg150-headache'],
  notes: [
    'Frontalis pain stays local: a patch on the forehead with some spread upward on the same side (Niel-Asher). Niel-Asher also describes a searing quality in the eye socket.',
    'Occipitalis trigger points give a headache that makes the eyes hurt; patients cannot lie on the back of the head and cannot bear a hat; sensitivity to light and sound is reported (Niel-Asher; Integrative Works).',
    'That frontalis can trap the supraorbital nerve is claimed on some web pages; it is speculative.',
    'That the two bellies often develop satellite trigger points from sternocleidomastoid (frontalis) or posterior neck trigger points (occipitalis) rests on memory of the T&S text and is not confirmed.',
    'Both bellies are drawn on the same side as the trigger point (the figure shows a right frontalis and a left occipitalis).',
    'Zones follow the 1999 figure (Fig. 14-1) as read from the translated edition; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
