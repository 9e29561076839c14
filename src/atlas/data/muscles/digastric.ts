import type { MuscleData } from '../../muscleSchema';

/** Digastric: pain over the upper sternocleidomastoid and behind the ear (back belly), the lower front teeth (front belly). */
const muscle: MuscleData = {
  id: 'digastric',
  name: 'Digastric',
  synonyms: ['digastric muscle', 'digastricus', 'digastric posterior belly', 'digastric anterior belly'],
  aliases: ['digastricus'],
  region: 'neck',
  anatomy: {
    origin:
      'Posterior belly: the mastoid notch (digastric groove) of the temporal bone, inside the mastoid process and under the sternocleidomastoid, splenius capitis and longissimus capitis. Anterior belly: the digastric fossa on the inner lower border of the lower jaw near the midline.',
    insertion: 'Both bellies join an intermediate tendon held to the body and greater horn of the hyoid bone by a fibrous loop.',
    innervation: 'Posterior belly: digastric branch of the facial nerve (VII). Anterior belly: nerve to mylohyoid (V3).',
    actions: [
      'Opens the jaw (pulls the lower jaw down and back) when the hyoid is held still.',
      'Raises and steadies the hyoid bone in swallowing and speaking; the posterior belly pulls it back.',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The posterior belly refers to its own side. The anterior belly refers to the lower front teeth, which straddle the midline.',
  },
  triggerPoints: [
    {
      id: 'posterior',
      prevalence: 'common',
      prevalenceNote: 'No study figure for the digastric was found; it is counted as common.',
      name: 'Posterior belly TrP',
      location: { landmark: 'gonion', toward: 'mastoid', t: 0.33, offset: [0, -0.008, -0.004] },
      landmarks: ['gonion', 'mastoid', 'retromandibular'],
      description:
        'In the lower part of the back belly, just behind and a little below the angle of the jaw: about a third of the way from the angle toward the mastoid, in front of the front edge of the sternocleidomastoid.',
      palpation:
        'Examined by a clinician with the patient lying on the back: a fingertip in the space between the angle of the jaw and the mastoid presses gently toward the deeper structures of the neck.',
      clinicianOnly:
        'The carotid artery, the jugular vein and the carotid sinus lie just deep to and below this spot, so pressing in toward the deep neck belongs to a clinician\'s examination, not to self-care.',
      zones: [
        {
          kind: 'essential',
          description: 'A strip up the upper part of the sternocleidomastoid to the mastoid and just behind the ear, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'gonion', toward: 'mastoid', t: 0.33, offset: [0, -0.008, -0.004] },
                'retromandibular',
                { landmark: 'mastoid', offset: [0, -0.008, 0.006] },
              ],
              width: 0.022,
              feather: 0.012,
            },
          ],
        },
        {
          kind: 'spillover',
          description:
            'Upward over the side of the back of the head behind the ear, and forward under the jaw to the front of the throat and under the chin.',
          uncertain: 'NAMTPT says the throat and chin are reached less often than the area behind the ear.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'mastoid', offset: [0, 0.012, -0.01] }, { landmark: 'mastoid', toward: 'occiput', t: 0.7 }],
              width: 0.025,
            },
            {
              shape: 'stroke',
              path: [{ landmark: 'gonion', offset: [0, -0.012, 0] }, 'submandibular', { landmark: 'menton', toward: 'hyoid', t: 0.5, offset: [0.012, 0, 0] }, 'hyoid'],
              width: 0.02,
            },
          ],
        },
      ],
    },
    {
      id: 'anterior',
      prevalence: 'common',
      prevalenceNote: 'No study figure for the digastric was found; it is counted as common.',
      name: 'Anterior belly TrP',
      location: { landmark: 'menton', toward: 'hyoid', t: 0.5, offset: [0.015, 0, 0] },
      landmarks: ['menton', 'hyoid', 'lower_incisors'],
      description: 'Under the chin, 1-2 cm off the midline, halfway between the tip of the chin and the hyoid bone.',
      palpation:
        'Tip the head back a little with the teeth together to put the front belly on stretch, and press up into the soft tissue under the chin, 1-2 cm to the side of the midline.',
      zones: [
        {
          kind: 'essential',
          description: 'The lower front (incisor) teeth and the gum and bone below them.',
          shapes: [{ shape: 'disc', center: 'lower_incisors', radius: 0.014 }],
          uncertain:
            'The 1999 figure was read as shading all four lower incisors from a trigger point on one side; whether it shades all four or only the two on the same side is not certain. One secondary source (Niel-Asher) adds the tongue, the lower lip and sometimes the chin; these are not drawn.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Clenching and grinding: the overworked closing muscles (masseter, temporalis) overpower the openers.',
    'Whiplash.',
    'Playing wind or string instruments, especially a violin held under the chin.',
    'Satellite trigger points from sternocleidomastoid or masseter trigger points.',
  ],
  perpetuatingFactors: [
    'Habitual mouth breathing from a blocked nose, sinus disease, nasal polyps or a deviated septum.',
    'A lower jaw set back behind the upper (Class II overbite).',
    'Forward head posture.',
  ],
  selfCare: {
    pressureRelease:
      'Front belly: press a fingertip gently up under the chin, to the side of the midline, and hold until it eases. Leave the back belly, in the hollow behind the angle of the jaw beside the great vessels of the neck, to a clinician: do not press there yourself.',
    stretch:
      'With the teeth lightly together, tip the head back only as far as is comfortable, well short of the end of the movement, and hold for about 20-30 seconds. Do not add a turn of the head.',
    other: [
      'Treat the masseter as well.',
      'See a doctor about a blocked nose that keeps you breathing through the mouth.',
      'Ask a dentist about a night guard if you grind at night.',
    ],
    cautions: [
      'A lump in the throat or difficulty swallowing that lasts more than about 3 weeks, weight loss, a change of voice or a lump in the neck: see a doctor.',
      'A hard, swollen gland under the jaw (a salivary stone or infection), or a swelling in the front of the neck (thyroid): see a doctor.',
      'Pain in the lower front teeth with swollen gums or a loose tooth: see a dentist (abscess).',
      'Jaw, throat or lower-teeth pain that comes on with exertion and eases with rest, or comes with chest pressure, breathlessness or sweating, can be the heart: call emergency services if it comes at rest or lasts more than a few minutes.',
      'Stop the neck stretch and seek medical advice the same day if it makes you dizzy, affects your vision or speech, or makes you faint.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['carotid artery', 'carotid sinus', 'internal jugular vein', 'facial nerve'],
      caution:
        'The back belly lies on the carotid artery and jugular vein, near the facial nerve where it leaves the skull: it is not for self-pressure. Under the chin, use gentle pressure only and never press on a pulse; if you feel one under the finger, move off it. Never rub the carotid sinus area at the front of the neck below the angle of the jaw, especially if you are older or faint easily: it can slow the heart and make you faint. Work one side at a time, never both sides of the neck together, and stop if you feel faint or light-headed.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['anterior'],
      near: ['submandibular gland', 'facial artery'],
      caution:
        'Press up under the chin near the midline, not back under the jaw bone where the salivary gland and the facial artery lie; if you feel a pulse, move toward the midline.',
    },
    {
      technique: 'stretch',
      near: ['vertebral and carotid arteries'],
      caution:
        'Hold the head back only as far as is comfortable, never at the end of the movement and never combined with turning the head, which strains the arteries of the neck. Stop at once, sit or lie down and do not repeat it if you feel dizzy or light-headed, see blurred or double vision, feel sick, hear ringing in the ears, your face goes numb, you have difficulty speaking or swallowing, or your legs give way (a drop attack); seek medical advice the same day.',
    },
  ],
  mistakenFor: [
    'Sternocleidomastoid trigger points (back belly: the pain lies over the upper sternocleidomastoid)',
    'A "lump in the throat" feeling (globus)',
    'Sore throat or pharyngitis',
    'Thyroid disorders',
    'Eagle syndrome (elongated styloid process or calcified stylohyoid ligament)',
    'Disease of the lower front teeth (front belly)',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-head-neck',
    'namtpt',
    'webmanmed-head-neck',
    'niel-asher',
    'triggerpointselfhelp-digastric',
    'tuneupfitness-digastric',
    'ifompt-2023-cervical',
  ],
  notes: [
    'Patients with back-belly trigger points often complain less of pain than of difficulty swallowing and a lump in the throat that will not go down (NAMTPT; T&S notes), and avoid turning the head toward that side.',
    'Front-belly trigger points cause pain in the lower front teeth that can lead to needless dental work.',
    'Occasional blurred vision on the same side is reported by one summary of T&S (webmanmed); not confirmed.',
    'The self-treatment of the back belly follows the Davies workbook approach and is not confirmed against Travell & Simons.',
    'A turn of the head away from the sore side is sometimes added to the stretch; the direction is doubtful (turning away seems to bring the mastoid forward and shorten the back belly) and, combined with the head tipped back, it strains the neck arteries, so it is left out until T&S chapter 12 is checked.',
    'Niel-Asher adds problems of the hyoid bone and sinusitis to the conditions it is mistaken for; not confirmed.',
    'Zones follow the 1999 figure (Fig. 12-1) as read from the translated edition; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
