import type { MuscleData } from '../../muscleSchema';

// No source gives how often each of the four trigger points is involved.
const PREVALENCE_NOTE =
  'The sources give no figure for each trigger point. Masseter trigger points as a whole are common in myofascial TMD (more often active there than in fibromyalgia; Alonso-Blanco 2012) and in chronic tension-type headache (Fernández-de-las-Peñas 2010, JBMT), so each is counted as common.';

/** Masseter: a major muscular source of jaw, molar-tooth and ear pain, and of restricted mouth opening. */
const muscle: MuscleData = {
  id: 'masseter',
  name: 'Masseter',
  synonyms: ['masseter muscle', 'jaw muscle'],
  region: 'head',
  anatomy: {
    origin:
      'Superficial layer: anterior two-thirds of the lower border of the zygomatic arch and the zygomatic process of the maxilla. Deep layer: posterior third and deep surface of the zygomatic arch.',
    insertion:
      'Superficial layer: angle and lower lateral surface of the ramus of the mandible. Deep layer: upper ramus and coronoid process.',
    innervation: 'Masseteric nerve, from the mandibular division of the trigeminal nerve (V3).',
    actions: [
      'Closes the jaw powerfully (chewing, clenching).',
      'Superficial fibres assist protrusion; deep fibres assist retrusion.',
      'Deviates the jaw toward the same side.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'superficial-upper',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Superficial layer, upper TrP',
      location: { landmark: 'zygion', toward: 'upper_molars', t: 0.4, offset: [0, 0, 0.012] },
      landmarks: ['zygion', 'upper_molars'],
      description: 'In the front part of the superficial layer, just below the cheekbone arch.',
      palpation:
        'With the jaw slightly open, press flat just under the front of the cheekbone arch; or, with a gloved thumb inside the cheek and fingers outside, pinch the muscle.',
      zones: [
        {
          kind: 'essential',
          description: 'The upper molar teeth, the gums beside them and the upper jaw bone (maxilla), on the same side.',
          // A narrow feather keeps this upper-molar patch off the lower molars (only ~2 cm below on this body).
          shapes: [{ shape: 'disc', center: { landmark: 'upper_molars', offset: [0, 0.012, 0.005] }, radius: 0.02, feather: 0.014 }],
        },
      ],
    },
    {
      id: 'superficial-middle',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Superficial layer, mid-belly TrP',
      location: { landmark: 'zygion', toward: 'gonion', t: 0.55, offset: [0, 0, 0.008] },
      landmarks: ['lower_molars', 'gonion', 'upper_molars'],
      description: 'In the middle of the superficial layer, over the vertical part (ramus) of the lower jaw.',
      palpation:
        'With the jaw slightly open, press or pinch the middle of the muscle over the ramus; clenching makes it bulge under the fingers.',
      zones: [
        {
          kind: 'essential',
          description:
            'The lower molar teeth and the body of the lower jaw, on the same side; the teeth may become oversensitive.',
          shapes: [
            // Narrow feather and a slight downward shift keep this patch off the upper molars.
            { shape: 'disc', center: { landmark: 'lower_molars', offset: [0, -0.006, 0] }, radius: 0.018, feather: 0.014 },
            {
              shape: 'stroke',
              path: [
                { landmark: 'gonion', offset: [0, 0.005, 0.005] },
                { landmark: 'lower_molars', offset: [0, -0.008, 0] },
                { landmark: 'lower_molars', toward: 'menton', t: 0.4, offset: [0, -0.005, 0] },
              ],
              width: 0.022,
            },
          ],
        },
      ],
    },
    {
      id: 'superficial-lower',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Superficial layer, lower TrP',
      location: { landmark: 'gonion', toward: 'zygion', t: 0.15, offset: [0, 0, 0.006] },
      landmarks: ['gonion', 'lower_molars'],
      description: 'In the superficial layer just above the angle of the lower jaw.',
      palpation: 'Press or pinch the muscle just above and in front of the angle of the jaw.',
      zones: [
        {
          kind: 'essential',
          description: 'An arc over the eyebrow, toward the temple side, and along the lower jaw, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'supraorbital', toward: 'temple', t: 0.55 }, 'supraorbital'],
              width: 0.02,
            },
            {
              shape: 'stroke',
              path: [
                'gonion',
                { landmark: 'lower_molars', offset: [0, -0.012, 0] },
                { landmark: 'lower_molars', toward: 'menton', t: 0.5, offset: [0, -0.01, 0] },
              ],
              width: 0.022,
            },
          ],
          uncertain: 'One chiropractic blog says this trigger point refers to the temple; T&S place it over the eyebrow.',
        },
      ],
    },
    {
      id: 'deep',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Deep layer TrP',
      location: { landmark: 'tmj', offset: [0, -0.008, 0.004] },
      landmarks: ['tmj', 'zygion'],
      description: 'In the back upper part of the deep layer, just in front of the jaw joint, below the cheekbone arch.',
      palpation:
        'Open the mouth slightly and press just in front of the jaw joint (which moves under the finger in front of the ear), below the cheekbone arch.',
      zones: [
        {
          kind: 'essential',
          description:
            'The outer cheek, the jaw joint and deep into the ear, on the same side; it may cause ringing in that ear (tinnitus).',
          shapes: [
            { shape: 'disc', center: 'tmj', radius: 0.022 },
            { shape: 'disc', center: 'tragion', radius: 0.016 },
            { shape: 'disc', center: 'zygion', radius: 0.02 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Clenching or grinding the teeth (bruxism).',
    'Chewing gum; biting hard objects.',
    'Long dental work with the mouth held open.',
    'Emotional stress.',
    'Satellite trigger points from active SCM trigger points.',
  ],
  perpetuatingFactors: [
    'A bite that does not meet evenly (malocclusion).',
    'Forward head posture.',
    'Mouth breathing.',
  ],
  selfCare: {
    pressureRelease:
      'Massage with downward strokes from the cheekbone arch to the angle of the jaw, on the muscle that bulges when you clench; or, with clean hands or a glove and short nails, gently pinch the muscle between a thumb inside the cheek and fingers outside.',
    stretch:
      'Open the mouth gently and slowly, helping with the fingers on the lower front teeth if needed, only as far as is comfortable.',
    other: [
      'Keep the jaw relaxed: lips together, teeth apart.',
      'Ask a dentist about a night guard if you clench or grind at night.',
      'Check opening with the "knuckle test" (how many knuckles fit between the front teeth): restricted opening is typical of masseter trigger points, unlike temporalis.',
    ],
    cautions: [
      'Jaw pain that comes on with exertion and eases with rest, or comes with chest pain or breathlessness: seek urgent care.',
      'Toothache with swelling, fever or a bad taste: see a dentist.',
      'Sudden inability to open or close the mouth, or a jaw that locks.',
      'Over 50 with new jaw pain on chewing plus headache or vision changes (temporal arteritis must be ruled out).',
      'Ear pain with discharge, fever or hearing loss.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['facial artery', 'parotid gland and duct', 'facial nerve'],
      caution:
        'Stay on the muscle that bulges when you clench. The facial artery crosses the lower jaw just in front of the muscle, where you can feel its pulse: do not press on that pulse. The salivary (parotid) gland, its duct and the branches of the facial nerve lie over the back and upper part of the muscle, so use firm but not hard pressure there. Inside the cheek, use clean hands or a glove, short nails and gentle pressure.',
    },
    {
      technique: 'palpation',
      near: ['facial artery', 'parotid gland and duct'],
      caution:
        'Feel for the muscle by clenching, and press on the muscle, not on the pulse at its front edge where the facial artery crosses the jaw. Press gently over the back part in front of the ear, where the parotid gland lies. Inside the mouth, use a glove or clean hands and short nails.',
    },
    {
      technique: 'stretch',
      near: ['jaw joint (temporomandibular joint)'],
      caution:
        'Open only as far as is comfortable and never force it. If the jaw has ever locked open or dislocated, or it catches or locks, do not do this stretch: see a dentist or doctor.',
    },
  ],
  mistakenFor: [
    'Temporomandibular disorder or jaw-joint arthritis',
    'Toothache',
    'Maxillary sinusitis (upper trigger point)',
    'Ear disease or tinnitus',
    'Trismus from other causes',
    'Trigeminal neuralgia',
  ],
  sources: [
    'ts-1983',
    'medlink',
    'niel-asher',
    'aberdeen-chiropractic',
    'fernandez-de-las-penas-2010-j-pain',
    'fernandez-de-las-penas-2010-jbmt',
    'alonso-blanco-2012',
    'wright-2000',
  ],
  notes: [
    'T&S describe four zones: upper superficial to the upper molars and maxilla, mid-belly to the lower molars and mandible, lower superficial over the eyebrow and along the jaw, deep layer to the cheek, jaw joint and ear.',
    'Research notes: active masseter trigger points were more frequent in women with myofascial TMD than in women with fibromyalgia (Alonso-Blanco 2012). In TMD, trigger points in the neck muscles produced bigger referral areas than those in the jaw muscles (Fernández-de-las-Peñas 2010, J Pain), and in chronic tension-type headache the masseter areas were smaller than the levator scapulae ones (Fernández-de-las-Peñas 2010, JBMT).',
    'Among 230 TMD patients seen in a dental setting, 85% felt referred pain when trigger points or tender nodules were pressed, most often in the cheek, the ear or the forehead (Wright 2000).',
    'Layers: the reference gives the four T&S zones without saying which parts are felt by nearly everyone and which only by some, so every zone is drawn as a main zone; splitting them needs the T&S figure, which was not checked.',
    'The chiropractic blog that sends the lower trigger point to the temple (rather than over the eyebrow, as T&S do) is the Aberdeen Chiropractic page; T&S are followed.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
