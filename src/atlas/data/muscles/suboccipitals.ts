import type { MuscleData } from '../../muscleSchema';

/** Suboccipital muscles: a deep source of band-like headache from the back of the head to the eye, with the largest referral areas in several studies. */
const muscle: MuscleData = {
  id: 'suboccipitals',
  name: 'Suboccipital muscles',
  synonyms: [
    'suboccipital group',
    'rectus capitis posterior major',
    'rectus capitis posterior minor',
    'obliquus capitis inferior',
    'obliquus capitis superior',
  ],
  region: 'neck',
  anatomy: {
    origin:
      'Rectus capitis posterior major: C2 spinous process. Rectus capitis posterior minor: posterior tubercle of C1. Obliquus capitis inferior: C2 spinous process. Obliquus capitis superior: C1 transverse process.',
    insertion:
      'Rectus major: lateral part of the inferior nuchal line. Rectus minor: medial part of the inferior nuchal line. Obliquus inferior: C1 transverse process. Obliquus superior: occipital bone between the nuchal lines.',
    innervation: 'Suboccipital nerve (dorsal ramus of C1).',
    actions: [
      'Extend (nod back) the head on the atlas.',
      'Rotate at the atlanto-axial joint toward the same side (obliquus inferior, rectus major).',
      'Side-bend the head (obliquus superior).',
      'Fine postural and proprioceptive control of the head.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'suboccipital',
      prevalence: 'common',
      name: 'Suboccipital TrPs',
      location: 'suboccipital',
      landmarks: ['suboccipital', 'inion', 'mastoid'],
      description:
        'Deep under the trapezius and semispinalis, just below the bony ridge at the back of the skull, between the midline and the bony bump behind the ear (the suboccipital groove).',
      palpation:
        'Lying on the back with the head relaxed, press the fingertips upward and forward into the hollow just below the skull ridge, between the midline and the mastoid.',
      zones: [
        {
          kind: 'essential',
          description:
            'A deep, hard-to-pin-down headache on the same side, running like a band from the back of the head forward over the side of the head to the eye and forehead.',
          shapes: [
            {
              shape: 'stroke',
              path: ['suboccipital', { landmark: 'tragion', offset: [0, 0.055, -0.025] }, 'temple', 'supraorbital', 'forehead'],
              width: 0.045,
            },
            { shape: 'disc', center: { landmark: 'supraorbital', offset: [0, -0.018, 0] }, radius: 0.018 },
          ],
          uncertain:
            'Patients often cannot point to this pain precisely, and T&S do not separate the patterns of the four muscles.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Forward head posture with the head tipped back to look (bifocals, screens set too high).',
    'Long periods looking upward or with the head turned.',
    'Whiplash.',
    'Cold.',
    'Emotional tension.',
  ],
  perpetuatingFactors: ['A pillow of the wrong height.', 'Glasses or eyesight problems that make you tip the head to see.'],
  selfCare: {
    pressureRelease:
      'Lie on your back with two tennis balls in a sock (or your fingertips) under the base of the skull and let the weight of the head press into them.',
    stretch: 'Gently nod the chin down toward the throat, bending only the top of the neck.',
    other: ['Set the monitor at eye level.', 'Have glasses checked, especially bifocals.'],
    cautions: [
      'Pain at the back of the head after neck trauma or neck manipulation, or with dizziness, double vision, slurred speech, trouble swallowing or unsteadiness: seek emergency care (a torn neck artery must be ruled out).',
      'A sudden, severe headache, or headache with fever, a stiff neck or confusion.',
      'A new headache that keeps getting worse, wakes you at night or is worse lying down or on straining.',
    ],
  },
  techniqueCautions: [],
  mistakenFor: [
    'Tension-type headache',
    'Migraine',
    'Occipital neuralgia',
    'Cervicogenic headache from C1-C2',
    'Eye strain',
    'Vertebral artery dissection or a posterior fossa lesion (must be excluded before blaming the muscles)',
  ],
  sources: [
    'ts-1999',
    'fernandez-de-las-penas-2010-j-pain',
    'fernandez-de-las-penas-2011-j-headache-pain',
    'fernandez-de-las-penas-2010-jbmt',
    'alonso-blanco-2012',
    'wolfe-1990',
  ],
  notes: [
    'Of all the muscles tested, the suboccipitals produced the biggest referral areas both in women with myofascial TMD (Fernández-de-las-Peñas 2010, J Pain) and in children with chronic tension-type headache (Fernández-de-las-Peñas 2011, J Headache Pain); their areas were also bigger in women with fibromyalgia than in women with TMD (Alonso-Blanco 2012).',
    'Suboccipital trigger points were present in 92% of a group of 13 women with chronic tension-type headache (Fernández-de-las-Peñas 2010, JBMT).',
    'The band-like pattern helps tell this headache from the finger-like rays of temporalis.',
    'The ACR 1990 "occiput" fibromyalgia tender point lies at the suboccipital muscle insertions (Wolfe 1990); a tender point is not the same as a trigger point.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
