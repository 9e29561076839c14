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
      prevalenceNote:
        'Suboccipital trigger points were found in 92% of 13 women with chronic tension-type headache (Fernández-de-las-Peñas 2010, JBMT), the most frequent of the muscles examined.',
      name: 'Suboccipital TrPs',
      location: 'suboccipital',
      landmarks: ['suboccipital', 'inion', 'mastoid'],
      description:
        'Deep under the trapezius and semispinalis, just below the bony ridge at the back of the skull, between the midline and the bony bump behind the ear (the suboccipital groove).',
      palpation:
        'Lying on the back with the head relaxed, press the fingertips gently upward and forward into the hollow just below the skull ridge, between the midline and the mastoid. Let the weight of the head do the work rather than pushing hard.',
      zones: [
        {
          kind: 'essential',
          description:
            'A deep, hard-to-pin-down headache on the same side, running like a band from the back of the head forward over the side of the head to the eye and forehead.',
          shapes: [
            // A band about 3 cm wide, over the side of the head above the ear and the upper temple, to the
            // outer eyebrow and the forehead; the low temple (temporalis' own zone) lies at its edge.
            {
              shape: 'stroke',
              path: [
                'suboccipital',
                { landmark: 'tragion', offset: [0, 0.055, -0.025] },
                { landmark: 'temple', offset: [0, 0.02, 0] },
                { landmark: 'supraorbital', toward: 'temple', t: 0.35, offset: [0, 0.012, 0] },
                'forehead',
              ],
              width: 0.03,
            },
            // In and around the eye.
            { shape: 'disc', center: { landmark: 'supraorbital', offset: [0, -0.018, 0] }, radius: 0.018 },
          ],
          uncertain:
            'Patients often cannot point to this pain precisely, and T&S do not separate the patterns of the four muscles. The reference gives this band without an essential and a spillover part, so it is drawn as one main zone; it is drawn 3 cm wide and passes above the centre of the temple, which lies at its edge: the reference names temporalis as the essential source of temple pain and the suboccipitals as a band on its way to the eye.',
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
      'Lie on your back with two tennis balls in a sock (or your fingertips) under the base of the skull and let the weight of the head press into them, for a minute or two at a time. Stop and sit up slowly if you feel dizzy, sick or your vision changes.',
    stretch:
      'Gently nod the chin down toward the throat, bending only the top of the neck; hold gently, never forced.',
    other: ['Set the monitor at eye level.', 'Have glasses checked, especially bifocals.'],
    cautions: [
      'Pain at the back of the head after neck trauma or neck manipulation, or with dizziness, double vision, slurred speech, trouble swallowing or unsteadiness: seek emergency care (a torn neck artery must be ruled out).',
      'A sudden, severe headache, or headache with fever, a stiff neck or confusion.',
      'A new headache that keeps getting worse, wakes you at night or is worse lying down or on straining.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['vertebral artery', 'greater occipital nerve'],
      caution:
        'Deep under these small muscles the vertebral artery runs around the top of the spine on its way into the skull, and the greater occipital nerve comes up to the scalp. Press gently and never hard or jabbing; ease off if tingling, burning or numbness spreads over the back of the head. Stop and seek medical advice the same day if you feel dizzy, see double or blurred vision, feel sick, or your face or speech changes.',
    },
    {
      technique: 'pressure-release',
      near: ['vertebral artery', 'greater occipital nerve'],
      caution:
        'Let only the weight of the head rest on the balls; do not press the head down onto them or roll hard. Stop at once, sit up slowly and seek medical advice the same day if you feel dizzy or light-headed, see blurred or double vision, feel sick, your face goes numb, your speech slurs or your legs give way. Skip it after a recent neck injury or neck manipulation.',
    },
    {
      technique: 'stretch',
      near: ['vertebral artery', 'spinal cord'],
      caution:
        'Nod gently and hold without forcing. Stop at once and seek medical advice the same day if you feel dizzy, see blurred or double vision, feel sick, your face goes numb, you have difficulty speaking or swallowing, your legs give way, or the nod sends an electric-shock feeling down the spine or into the arms or legs. Do not stretch after a recent neck injury, or with rheumatoid arthritis, Down syndrome or a neck you have been told is unstable, unless a clinician has cleared it.',
    },
  ],
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
    'aberdeen-chiropractic',
    'fernandez-de-las-penas-2010-j-pain',
    'fernandez-de-las-penas-2011-j-headache-pain',
    'fernandez-de-las-penas-2010-jbmt',
    'alonso-blanco-2012',
    'wolfe-1990',
    'ifompt-2023-cervical',
  ],
  notes: [
    'Of all the muscles tested, the suboccipitals produced the biggest referral areas both in women with myofascial TMD (Fernández-de-las-Peñas 2010, J Pain) and in children with chronic tension-type headache (Fernández-de-las-Peñas 2011, J Headache Pain); their areas were also bigger in women with fibromyalgia than in women with TMD (Alonso-Blanco 2012).',
    'Suboccipital trigger points were present in 92% of a group of 13 women with chronic tension-type headache (Fernández-de-las-Peñas 2010, JBMT).',
    'The band-like pattern helps tell this headache from the finger-like rays of temporalis.',
    'The ACR 1990 "occiput" fibromyalgia tender point lies at the suboccipital muscle insertions (Wolfe 1990); a tender point is not the same as a trigger point.',
    'Layers: the reference describes this headache as a single band and does not say which parts are felt by nearly everyone and which only by some, so it is not split into essential and spillover here; the temple is kept at the band\'s edge instead (see the zone note).',
    'The pattern follows the 1999 edition of Travell & Simons as summarised by secondary sources (a chiropractic blog and a French pain-clinic page); it has not been checked against the book\'s figure or against the updated figures of the 2019 3rd edition.',
    'The stop rules for pressure under the skull and for the nodding stretch follow the IFOMPT framework for the neck arteries and the reference notes for the deep neck muscles.',
  ],
};

export default muscle;
