import type { MuscleData } from '../../muscleSchema';

// The sources give the trigger point regions but not their exact heights above the zygomatic arch.
const HEIGHT_UNSURE =
  'How high above the cheekbone arch this trigger point lies is not pinned down in the sources (somewhere from one to three finger-breadths; one teaching text says about 2.5 cm).';

// No source gives how often each of the four regions is involved; the muscle as a whole is common.
const PREVALENCE_NOTE =
  'The sources give no figure for each trigger point region separately. Temporalis trigger points as a whole are common in chronic tension-type headache (referral provoked on 87% of dominant sides; Fernández-de-las-Peñas 2007, Clin J Pain) and in myofascial TMD (Alonso-Blanco 2012), so every region is counted as common.';

/** Temporalis: a common source of temple headache and of unexplained pain in the upper teeth. */
const muscle: MuscleData = {
  id: 'temporalis',
  name: 'Temporalis',
  synonyms: ['temporal muscle', 'temporalis muscle'],
  region: 'head',
  anatomy: {
    origin:
      'Floor of the temporal fossa below the inferior temporal line, and the deep surface of the temporal fascia.',
    insertion: 'Coronoid process and anterior border of the ramus of the mandible, down toward the last molar.',
    innervation: 'Deep temporal nerves from the mandibular division of the trigeminal nerve (V3).',
    actions: [
      'Elevates the mandible (closes the jaw, clenching), mainly through the anterior, near-vertical fibres.',
      'Retrudes the mandible through the posterior, near-horizontal fibres.',
      'Deviates the mandible toward the same side.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp1',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      uncertain: HEIGHT_UNSURE,
      name: 'TrP1 (anterior)',
      location: { landmark: 'temple', offset: [0, -0.012, 0.014] },
      landmarks: ['temple', 'supraorbital', 'zygion'],
      description:
        'In the front fibres of the muscle, at the front of the temple, just above the cheekbone arch and behind the outer rim of the eye socket.',
      palpation:
        'With the mouth slightly open, which puts the muscle on a gentle stretch, press the front of the temple just above the cheekbone arch and behind the eye socket rim with the fingertips.',
      zones: [
        {
          kind: 'essential',
          description:
            'The front of the temple, forward along the eyebrow, and down into the upper front teeth (incisors), on the same side.',
          shapes: [
            { shape: 'disc', center: { landmark: 'temple', offset: [0, -0.012, 0.014] }, radius: 0.025 },
            {
              shape: 'stroke',
              path: [
                { landmark: 'temple', offset: [0, -0.012, 0.014] },
                'supraorbital',
                { landmark: 'supraorbital', toward: 'glabella', t: 0.6 },
              ],
              width: 0.022,
            },
            // Upper lip skin over the upper front teeth (a point inside the mouth would paint the lip's inner face).
            {
              shape: 'disc',
              center: { landmark: 'menton', toward: 'glabella', t: 0.45, offset: [0.011, 0, 0.05] },
              radius: 0.012,
              feather: 0.012,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Behind the eye, on the same side.',
          shapes: [
            { shape: 'disc', center: { landmark: 'temple', toward: 'supraorbital', t: 0.7, offset: [0, -0.012, 0] }, radius: 0.016 },
          ],
          uncertain:
            'The sources list pain behind the eye for the temporalis pattern as a whole without naming the trigger point; it is drawn with the front trigger point, the one nearest the eye. In chronic tension-type headache it was evoked in most patients but in no pain-free controls.',
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      uncertain: HEIGHT_UNSURE,
      name: 'TrP2 (middle-anterior)',
      location: { landmark: 'temple', offset: [0, -0.004, -0.006] },
      landmarks: ['temple', 'zygion'],
      description:
        'In the middle fibres, above the middle of the cheekbone arch and in front of the ear, a little behind TrP1.',
      palpation:
        'With the mouth a little open, press above the middle of the cheekbone arch in front of the ear; clenching the teeth makes the muscle bulge under the fingers.',
      zones: [
        {
          kind: 'essential',
          description:
            'Rays of pain up over the middle of the temple, and down into the upper canine and premolar teeth, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'temple', offset: [0, -0.004, -0.006] },
                { landmark: 'temple', offset: [0, 0.035, -0.006] },
              ],
              width: 0.03,
              feather: 0.02,
            },
            {
              shape: 'disc',
              center: { landmark: 'upper_molars', toward: 'upper_molars@opposite', t: 0.2, offset: [0, 0.008, 0.04] },
              radius: 0.014,
              feather: 0.014,
            },
          ],
          uncertain: 'Which upper teeth belong to TrP2 and which to TrP3 is not certain in the sources consulted.',
        },
      ],
    },
    {
      id: 'trp3',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      uncertain: HEIGHT_UNSURE,
      name: 'TrP3 (middle)',
      location: { landmark: 'temple', offset: [0, 0.003, -0.029] },
      landmarks: ['temple', 'tragion', 'zygion'],
      description:
        'In the middle fibres, above the cheekbone arch in front of the ear, a little further back than TrP2.',
      palpation:
        'With the mouth a little open, press the temple about halfway between TrP2 and the ear, above the cheekbone arch.',
      zones: [
        {
          kind: 'essential',
          description:
            'Rays of pain up over the temple, further back than from TrP2, and down into the upper premolar and molar teeth, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'temple', offset: [0, 0.003, -0.029] },
                { landmark: 'temple', offset: [0, 0.04, -0.03] },
              ],
              width: 0.03,
              feather: 0.02,
            },
            // Centred on the skin over the upper molars; a narrow feather keeps it off the lower molars (only ~2 cm below on this body).
            { shape: 'disc', center: { landmark: 'upper_molars', offset: [0, 0.003, 0] }, radius: 0.014, feather: 0.014 },
          ],
          uncertain: 'Which upper teeth belong to TrP2 and which to TrP3 is not certain in the sources consulted.',
        },
      ],
    },
    {
      id: 'trp4',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      uncertain: HEIGHT_UNSURE,
      name: 'TrP4 (posterior)',
      location: { landmark: 'tragion', offset: [0, 0.045, -0.025] },
      landmarks: ['tragion', 'temple'],
      description:
        'In the back fibres of the muscle (the ones that run almost horizontally), above and slightly in front of the top of the ear.',
      palpation: 'Press the side of the head just above and slightly in front of the top of the ear, with the jaw relaxed and a little open.',
      zones: [
        {
          kind: 'essential',
          description:
            'Backward and upward over and behind the ear, onto the back of the side of the head; no tooth pain comes from this trigger point.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'tragion', offset: [0, 0.045, -0.025] },
                { landmark: 'tragion', offset: [0, 0.075, -0.045] },
              ],
              width: 0.025,
            },
            {
              shape: 'stroke',
              path: [
                { landmark: 'tragion', offset: [0, 0.045, -0.025] },
                { landmark: 'tragion', offset: [0, 0.045, -0.07] },
              ],
              width: 0.025,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Clenching or grinding the teeth (bruxism), chewing gum, chewing hard foods.',
    'Keeping the mouth open for a long time, as at the dentist.',
    'A blow to the side of the head; a cold draught on the temple.',
    'Immobilising the jaw, for example neck traction with a chin strap.',
  ],
  perpetuatingFactors: [
    'Forward head posture, which makes the jaw-closing muscles work harder.',
    'A bite that does not meet evenly (malocclusion); a displaced jaw-joint disc.',
    'Active trigger points in the upper trapezius and sternocleidomastoid, which can keep satellite trigger points in temporalis going.',
    'Tight hats, helmets or headsets (a practitioner observation, not from T&S).',
  ],
  selfCare: {
    pressureRelease:
      'With the jaw relaxed and slightly open, massage the temple with the fingertips in small circles or short strokes, starting just above the cheekbone arch and working upward. If you feel a pulse under the fingers, move a little off it.',
    stretch:
      'Open the mouth gently with the help of the fingers pulling the lower front teeth down, and move the jaw from side to side, only as far as is comfortable. At rest, keep the lips together and the teeth apart.',
    other: [
      'Stop chewing gum.',
      'If you grind your teeth at night, ask a dentist about a night splint.',
      'Treat trigger points in the upper trapezius and sternocleidomastoid first.',
    ],
    cautions: [
      'Over 50 with a new headache at the temple, a tender scalp, jaw pain when chewing or any change in vision: see a doctor the same day (temporal arteritis must be ruled out).',
      'Toothache with swelling, fever, a bad taste or pain that throbs and keeps you awake: see a dentist.',
      'A sudden, severe headache, or headache with fever, a stiff neck, confusion, weakness or numbness.',
      'Jaw or teeth pain that comes on with exertion and eases with rest, or with chest pain or breathlessness.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['superficial temporal artery'],
      caution:
        'The temporal artery runs up just in front of the ear and branches over the temple. Press beside its pulse, not on it. Over 50, a tender, thickened or hard temple artery, or a new temple headache, needs a doctor the same day (temporal arteritis), not massage.',
    },
    {
      technique: 'pressure-release',
      near: ['superficial temporal artery'],
      caution:
        'Massage the muscle, not the pulse: if you feel the artery beating under a fingertip, move a little off it. Do not massage a temple that is tender to touch with a new headache if you are over 50; see a doctor the same day instead.',
    },
    {
      technique: 'stretch',
      near: ['jaw joint (temporomandibular joint)'],
      caution:
        'Open the mouth only as far as is comfortable and never force it. If the jaw has ever locked open or dislocated, or it catches, clicks painfully or locks, do not do this stretch: see a dentist or doctor.',
    },
  ],
  mistakenFor: [
    'Tension-type headache',
    'Migraine',
    'Temporal (giant-cell) arteritis',
    'Dental disease: pulpitis, a cracked tooth, a periapical infection (needless dental work is a risk)',
    'Maxillary sinusitis',
    'Temporomandibular joint pain or disorder',
    'Eye strain',
    'C2 radiculopathy (listed in one differential)',
  ],
  sources: [
    'ts-1983',
    'ts-1999',
    'namtpt',
    'fernandez-de-las-penas-2007-clin-j-pain',
    'fernandez-de-las-penas-2006',
    'alonso-blanco-2012',
    'pain-med-2011-ctth',
    'bsr-2020-gca',
  ],
  notes: [
    'Travell & Simons place four trigger point regions low in the fan-shaped muscle, a little above the cheekbone arch, from the front of the temple back to above the ear. One teaching text puts them at the junction of muscle and tendon, about 2.5 cm above the arch.',
    'The pattern is made of separate finger-like rays rather than a band, which helps tell it from the band-like headache of the suboccipital muscles.',
    'Referral goes to the upper teeth only; the lower teeth are not part of the temporalis pattern (they belong to the masseter). The teeth may become sensitive to heat, cold, biting and tapping. Some patients also feel pain in the upper jaw (maxilla) or the jaw joint; the sources do not tie these to a particular trigger point, so they are not drawn.',
    'Temporalis trigger points cause only a small loss of mouth opening (about 5 to 10 mm) that patients rarely notice.',
    'Fernández-de-las-Peñas 2007 (Clin J Pain) pressed temporalis trigger points in 30 people with chronic tension-type headache and 30 without. Referred pain appeared on 87% of dominant and 54% of non-dominant sides in the patients, against 10% and 17% in the controls. Both groups felt it at the temple; only patients felt it behind the eye.',
    'Counting upper trapezius, SCM and temporalis together, people with chronic tension-type headache averaged 3.9 trigger points (1.9 of them active), while controls had latent ones only (Fernández-de-las-Peñas 2006). Active temporalis trigger points were more frequent in women with myofascial TMD than in women with fibromyalgia (Alonso-Blanco 2012).',
    'A 2011 Pain Medicine study of head and neck trigger points compared adults with children who have chronic tension-type headache; what it found about referral areas has not been checked here.',
    'Patterns and TrP labels follow the 1983 and 1999 editions; they have not been checked against the updated figures of the 2019 3rd edition, which is therefore not cited.',
    'Side: every zone is drawn on the trigger point\'s own side. The eyebrow stroke and the upper incisor patch of TrP1 stop at the midline; the sources do not draw them across it.',
    'The same-day warning for temporal arteritis follows the British Society for Rheumatology guideline on giant cell arteritis.',
  ],
};

export default muscle;
