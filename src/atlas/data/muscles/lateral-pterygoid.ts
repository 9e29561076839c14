import type { MuscleData } from '../../muscleSchema';

/** Lateral pterygoid: a deep jaw muscle whose trigger points mimic jaw-joint and sinus pain. */
const muscle: MuscleData = {
  id: 'lateral-pterygoid',
  name: 'Lateral pterygoid',
  synonyms: ['external pterygoid', 'lateral pterygoid muscle'],
  region: 'head',
  anatomy: {
    origin:
      'Superior head: infratemporal surface and crest of the greater wing of the sphenoid. Inferior head: lateral surface of the lateral pterygoid plate.',
    insertion: 'Pterygoid fovea on the neck of the mandibular condyle, the TMJ capsule and the articular disc.',
    innervation: 'Nerve to the lateral pterygoid, from the mandibular division of the trigeminal nerve (V3).',
    actions: [
      'Inferior head: protrudes the mandible and opens the jaw by drawing the condyle forward.',
      'Acting alone, deviates the jaw toward the opposite side.',
      'Superior head: steadies the condyle and disc during closing.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp',
      prevalence: 'common',
      prevalenceNote:
        'No prevalence figure for this muscle was found in the sources; it is counted as common.',
      name: 'Lateral pterygoid TrP',
      location: { landmark: 'tmj', toward: 'upper_molars', t: 0.45 },
      landmarks: ['tmj', 'zygion'],
      description:
        'Deep inside the jaw, reachable only in part: from outside through the notch of the lower jaw just below the cheekbone arch, between the front (coronoid) process and the jaw joint; from inside the mouth behind the last upper molar.',
      palpation:
        'With the mouth slightly open, press inward just below the cheekbone arch in front of the jaw joint. Inside the mouth, a clean finger can press up, back and in behind the last upper molar; what the finger feels there is probably the medial pterygoid, the neighbouring jaw muscle that starts on the bone just behind the last upper molar, at least as much as this muscle.',
      zones: [
        {
          kind: 'essential',
          description: 'Deep pain in the jaw joint in front of the ear and in the cheek over the upper jaw (maxillary sinus), on the same side.',
          shapes: [
            { shape: 'disc', center: 'tmj', radius: 0.025 },
            // The cheek over the upper jaw (maxillary sinus), below the cheekbone and beside the nose.
            { shape: 'disc', center: { landmark: 'upper_molars', toward: 'supraorbital', t: 0.3, offset: [0, 0, 0.015] }, radius: 0.024 },
          ],
        },
      ],
      uncertain:
        'T&S themselves question how much of this muscle can really be felt with the fingers. The superficial head of the medial pterygoid arises from the bone behind the last upper molar (the maxillary tuberosity), so tenderness found there by a finger inside the mouth may come from the medial pterygoid rather than the lateral pterygoid.',
    },
  ],
  activatingFactors: [
    'Clenching or grinding the teeth.',
    'Habitually pushing the jaw forward (wind instruments, violin).',
    'Chewing gum.',
    'Long dental procedures.',
    'Anxiety.',
  ],
  perpetuatingFactors: ['A bite that does not meet evenly (malocclusion).', 'Forward head posture.'],
  selfCare: {
    pressureRelease:
      'With clean hands or a glove and short nails, press gently or stroke inside the mouth behind the upper back teeth. The tender spot there may be the medial pterygoid as much as this muscle; the same gentle pressure suits both.',
    stretch:
      'The sources give no specific stretch for this muscle. Let the jaw rest relaxed, lips together and teeth apart, and avoid pushing the jaw forward.',
    other: [
      'A splint made and supervised by a dentist.',
      'Correct head posture.',
    ],
    cautions: [
      'Jaw pain with exertion that eases with rest, or with chest pain or breathlessness: seek urgent care.',
      'A jaw that locks open or closed, or a sudden change in how the teeth meet.',
      'Facial pain with numbness, swelling or fever.',
      'Over 50 with new jaw pain on chewing plus headache or vision changes (temporal arteritis must be ruled out).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['lining of the mouth and gums'],
      caution:
        'Use a clean, gloved finger with a short nail and gentle pressure: the lining of the mouth behind the last molar tears and bruises easily. Stop if it bleeds or you gag. Do not work inside the mouth with a mouth ulcer, a recent tooth extraction or an infection there.',
    },
    {
      technique: 'palpation',
      near: ['parotid gland', 'facial nerve', 'lining of the mouth and gums'],
      caution:
        'From outside, press gently just below the cheekbone arch: the salivary (parotid) gland and the branches of the facial nerve lie over this spot. Inside the mouth, use a glove or clean hands, a short nail and gentle pressure.',
    },
  ],
  mistakenFor: [
    'TMJ internal derangement or arthritis',
    'Maxillary sinusitis',
    'Ear pain',
    'Dental pain',
    'Trigeminal neuralgia',
  ],
  sources: ['ts-1999', 'ts-1983', 'medlink', 'aberdeen-chiropractic', 'wright-2000'],
  notes: [
    'Not described as a muscle that refers pain to the teeth.',
    'For contrast, the medial pterygoid (its own entry in the atlas) refers to the throat, tongue, the area below and behind the jaw joint and deep in the ear, not to the teeth (T&S 1983 via MedLink).',
    'Among 230 TMD patients seen in a dental setting, pressure on trigger points or tender nodules most often sent pain to the cheek, the ear or the forehead (Wright 2000).',
    'A finger pressed behind the last upper molar, on the bony bump of the upper jaw there (the maxillary tuberosity), probably reaches the medial pterygoid, whose superficial head arises from that bone; the palpation and self-care texts say so.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources (a chiropractic blog and a massage therapist\'s blog); they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
