import type { MuscleData } from '../../muscleSchema';

/** Medial pterygoid: deep pain below and behind the jaw joint, in the ear and the throat, never in the teeth. */
const muscle: MuscleData = {
  id: 'medial-pterygoid',
  name: 'Medial pterygoid',
  synonyms: ['medial pterygoid muscle', 'internal pterygoid', 'pterygoideus medialis', 'inner jaw muscle'],
  aliases: ['internal-pterygoid', 'pterygoideus-medialis'],
  region: 'head',
  anatomy: {
    origin:
      'Deep head: inner surface of the lateral pterygoid plate (the pterygoid fossa). Superficial head: the tuberosity of the upper jaw and the pyramidal process of the palatine bone.',
    insertion:
      'Inner surface of the ramus and angle of the lower jaw; with the masseter on the outer surface it forms a sling around the angle.',
    innervation:
      'Nerve to medial pterygoid, from the mandibular division of the trigeminal nerve (V3); the same branch supplies tensor veli palatini and tensor tympani.',
    actions: [
      'Closes the jaw (elevates the mandible).',
      'Helps push the jaw forward (protrusion).',
      'Acting on one side: moves the lower jaw toward the opposite side (grinding).',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp',
      prevalence: 'common',
      prevalenceNote:
        'No figure for this muscle was found. Among 230 TMD patients, 85% had referred pain on pressing head and neck sites (Wright 2000), but whether the medial pterygoid was tested on its own was not checked; it is counted as common.',
      name: 'Medial pterygoid TrP',
      location: { landmark: 'gonion', toward: 'lower_molars', t: 0.33, offset: [0, 0.01, 0] },
      landmarks: ['gonion', 'lower_molars', 'submandibular'],
      description:
        'In the middle and lower part of the muscle on the inner side of the jaw bone. On the skin it lies over the lower ramus, about 1-2 cm above and in front of the angle of the jaw, a third of the way toward the lower molars, but deep to the bone.',
      palpation:
        'From outside: tip the head a little toward the same side and press a fingertip upward against the inner surface of the lower jaw just in front of its angle, keeping the finger on the inner edge of the bone rather than deep in the neck. A clinician can also reach the belly from inside the mouth with a gloved finger slid past the last lower molar, pressing outward onto the inner side of the ramus (with a bite block to protect the finger); a taut band, a wince and pain into the ear or throat confirm it.',
      zones: [
        {
          kind: 'essential',
          description:
            'A deep, poorly localised ache below and behind the jaw joint, in front of the ear lobe, and deep in the ear; inside the mouth, the back of the tongue, the throat (pharynx) and the hard palate. Not the teeth.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'tmj', offset: [0, -0.006, 0] }, { landmark: 'retromandibular', offset: [0, 0.004, 0.004] }],
              width: 0.022,
            },
            { shape: 'disc', center: 'tragion', radius: 0.014 },
            { shape: 'disc', center: 'submandibular', radius: 0.015 },
          ],
          uncertain:
            'The tongue, throat and palate have no place on the skin: the patch below the body of the jaw (submandibular) stands in for them.',
        },
        {
          kind: 'spillover',
          description:
            'Over the vertical part of the lower jaw from about the level of the cheekbone arch down to the angle, and just below the angle onto the upper side of the neck.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'tmj', offset: [0, 0.004, -0.004] },
                { landmark: 'gonion', offset: [0, 0.008, 0] },
                { landmark: 'gonion', offset: [0, -0.025, -0.006] },
              ],
              width: 0.026,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Clenching or grinding the teeth (bruxism).',
    'Chewing gum, biting hard objects, thumb sucking.',
    'Long dental treatment with the mouth held wide open.',
    'Anxiety.',
    'Trigger points in the lateral pterygoid, its working partner.',
  ],
  perpetuatingFactors: ['A bite that does not meet evenly, including a deep overbite.', 'Forward head posture.'],
  selfCare: {
    pressureRelease:
      'From outside, with the head tipped slightly down toward the sore side, press a thumb or fingertip up onto the inner side of the angle of the jaw and hold until the tenderness eases. Keep the pressure on the inner edge of the bone, not deep into the soft tissue of the neck. Working inside the mouth is for a clinician, or only with clean hands or a glove, short nails and gentle pressure.',
    stretch:
      'Open the mouth slowly and fully, like a long yawn, with the tip of the tongue on the roof of the mouth; only as far as is comfortable, never forced. Letting the lower jaw drift a little toward the sore side as it opens may stretch the muscle more.',
    other: [
      'Stop chewing gum.',
      'Keep the jaw relaxed at rest: lips together, teeth apart.',
      'Ask a dentist about a night guard made for you if you clench or grind at night.',
      'Keep the head over the shoulders rather than pushed forward.',
    ],
    cautions: [
      'A sore throat with fever, swelling and difficulty opening the mouth can be an abscess in the throat or neck: see a doctor the same day.',
      'Toothache with swelling, fever or a bad taste: see a dentist.',
      'Over 50 with jaw pain that builds while chewing, or a new headache: see a doctor the same day (temporal arteritis must be ruled out).',
      'Jaw or throat pain (often on the left) that comes on with exertion and eases with rest, or comes with chest pressure, breathlessness or sweating, can be the heart: call emergency services if it lasts more than a few minutes or comes at rest.',
      'A sore throat or difficulty swallowing lasting more than about 3 weeks, a lump in the neck, weight loss or a change of voice: see a doctor.',
      'Jaw pain after a blow or a fall needs a check for a fracture.',
      'A jaw that locks, catches or has ever dislocated: see a dentist or doctor before stretching it.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['carotid artery', 'internal jugular vein', 'parotid gland'],
      caution:
        'Below and behind the angle of the jaw lie the carotid artery, the jugular vein and the parotid salivary gland. Press upward on the inner edge of the bone just in front of the angle, not inward into the neck, and never on a pulse: if you feel one, move off.',
    },
    {
      technique: 'pressure-release',
      near: ['carotid artery', 'internal jugular vein', 'parotid gland'],
      caution:
        'Keep the thumb or fingertip on the inner edge of the jaw bone just in front of the angle. Never press into a pulse or deep behind and below the angle, where the carotid artery, the jugular vein and the parotid gland lie. Inside the mouth use clean hands or a glove, short nails and gentle pressure.',
    },
    {
      technique: 'stretch',
      near: ['jaw joint (temporomandibular joint)'],
      caution:
        'Open only as far as is comfortable and never force a wide opening. If the jaw has ever locked open or dislocated, or it catches or locks, do not do this stretch: stop and see a dentist or doctor.',
    },
  ],
  mistakenFor: [
    'Temporomandibular joint disorder (internal derangement or arthritis)',
    'Sore throat or pharyngitis',
    'Ear infection or Eustachian-tube problems',
    'Toothache',
    'Eagle syndrome (elongated styloid process: throat and jaw-angle pain on swallowing)',
    'Trigeminal or glossopharyngeal neuralgia',
  ],
  sources: ['ts-1999', 'ts-1983', 'medlink', 'ts-1999-zh-head-neck', 'finando-pterygoid', 'painalog-jaw', 'muscle-joint-pain-jaw', 'wright-2000'],
  notes: [
    'The 1983 figure caption says the pattern does not include the teeth, which sets the medial pterygoid apart from the masseter and temporalis.',
    'Other symptoms: pain or soreness of the throat on swallowing; painful, limited opening of the mouth; pain on chewing and clenching. Some patients push the tongue forward and tip the head back to swallow (Chinese notes of the 1999 figures).',
    'A feeling of stuffiness in the ear is put down to the muscle interfering with tensor veli palatini and the Eustachian tube; this rests on one secondary web page and is not confirmed.',
    'The sources do not say which of these activating factors matters most.',
    'The self-treatment from outside follows a web page and a workbook style and is not from Travell & Simons; the extra stretch from letting the jaw drift toward the sore side follows from the muscle moving the jaw to the opposite side, but is not confirmed by a source.',
    'Zones follow the 1999 figure (Fig. 10-1) as read from the translated edition and the 1983 caption; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
