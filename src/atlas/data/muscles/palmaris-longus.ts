import type { MuscleData } from '../../muscleSchema';

/** Palmaris longus: a small, sometimes absent wrist flexor whose trigger point gives a prickling, needle-like pain in the palm. */
const muscle: MuscleData = {
  id: 'palmaris-longus',
  name: 'Palmaris longus',
  synonyms: ['palmaris', 'PL', 'palmar fascia tensor', 'forearm flexors'],
  aliases: ['palmaris'],
  region: 'forearm',
  anatomy: {
    origin: 'Medial epicondyle of the humerus (common flexor tendon).',
    insertion: 'Flexor retinaculum and the palmar aponeurosis (the fascia of the palm).',
    innervation: 'Median nerve (C7-T1).',
    actions: ['Flexes the wrist.', 'Tenses the fascia of the palm.'],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The sources describe no crossed or two-sided pattern for any forearm or hand muscle.',
  },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'No prevalence study was found; the sources give no figure, so it is counted as common. The muscle itself is missing in some people (about 13% by one secondary source, Niel-Asher, not checked).',
      name: 'Palmaris longus TrP',
      location: 'forearm_volar_proximal',
      landmarks: ['forearm_volar_proximal', 'forearm_volar_mid'],
      description: 'In the upper third of the front of the forearm, near the middle of its width.',
      palpation:
        'Rest the forearm palm-up and supported, elbow straight, and bend the wrist back a little. Press flat into the middle of the upper third of the front of the forearm, below the elbow crease, feeling along the muscle for a tight, tender band; cupping the palm or bending the wrist against light resistance makes it tighten.',
      uncertain: 'Placed from secondary sources: the T&S palmaris figure (ch. 37) was not seen.',
      zones: [
        {
          kind: 'essential',
          description: 'A prickling, needle-like, superficial pain in the centre of the palm.',
          shapes: [{ shape: 'disc', center: 'palm', radius: 0.017 }],
          uncertain:
            'The T&S figure was not seen, so which part is essential and which spillover is not known; the intense central patch of the palm (2-3 cm, Niel-Asher) is drawn as essential.',
        },
        {
          kind: 'spillover',
          description:
            'Prickling around the centre of the palm, spreading toward the base of the thumb pad and the lower palm crease, with a lesser ache in the lower front of the forearm.',
          shapes: [
            { shape: 'disc', center: 'palm', radius: 0.032 },
            { shape: 'stroke', path: ['palm', { landmark: 'thenar', toward: 'wrist_volar', t: 0.4 }], width: 0.02 },
            { shape: 'stroke', path: [{ landmark: 'wrist_volar', toward: 'forearm_volar_mid', t: 0.4 }, { landmark: 'wrist_volar', toward: 'forearm_volar_mid', t: 0.1 }], width: 0.025 },
          ],
          uncertain:
            'The T&S figure was not seen; the surrounding prickling and the forearm ache are drawn as spillover from the written descriptions (webmanmed, Niel-Asher).',
        },
      ],
    },
  ],
  activatingFactors: [
    'A fall on the outstretched hand.',
    'Weeding or pruning, sawing or hammering.',
    'Walking with crutches.',
    'Sustained gripping of tools.',
  ],
  perpetuatingFactors: ['Continued forceful grip without breaks.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm palm-up on a table and press with the other thumb, or roll it slowly over a ball, along the middle line of the upper two-thirds of the forearm. Stop two finger-widths below the elbow crease and start about a hand-width above the wrist crease. Move off if the fingers tingle.',
    stretch:
      'Elbow straight and palm up, use the other hand to pull the fingers and then the wrist back. Or put the palm flat on a table with the fingers pointing toward you and lean back gently. Hold 20-30 seconds. Do not force the stretch on a wrist that was recently injured or splinted, or that is hypermobile.',
    other: ['Pad tool handles and spread the load across the palm; take breaks from sustained gripping.'],
    cautions: [
      'Numbness or tingling of the thumb to ring fingers at night, a weak pinch or a flattened thumb pad can be carpal tunnel syndrome: see a clinician.',
      'A tense, very painful forearm after an injury, a crush or a tight cast, with pain when the fingers are moved: go to an emergency department (compartment syndrome).',
      'Clumsy, numb hands on both sides, dropping things, with unsteady walking or a change in bladder control: see a doctor urgently.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['central'],
      near: ['brachial artery', 'median nerve'],
      caution:
        'Stay below the elbow crease: its middle holds the brachial artery and the median nerve. If you feel a pulse, or tingling runs into the thumb, index or middle finger, move off.',
    },
    {
      technique: 'pressure-release',
      near: ['median nerve', 'brachial artery', 'radial artery'],
      caution:
        'Keep to the muscle of the upper two-thirds of the forearm: do not press into the elbow crease (brachial artery, median nerve) or work down onto the front of the wrist, where the median nerve enters the carpal tunnel and the radial pulse lies on the thumb side. Move off if the fingers tingle or you feel a pulse.',
    },
    {
      technique: 'stretch',
      near: ['wrist joint', 'median nerve'],
      caution: 'Ease into the stretch; do not force a recently injured, splinted or hypermobile wrist. Ease off if the fingers tingle.',
    },
  ],
  mistakenFor: [
    'Carpal tunnel syndrome',
    'Dupuytren\'s contracture',
    'Medial epicondylitis (golfer\'s elbow)',
    'Complex regional pain syndrome',
  ],
  sources: ['ts-1999', 'webmanmed-forearm-flexors', 'niel-asher', 'delany-2009'],
  notes: [
    'The prickling, needle-like, superficial quality of the palm pain, unlike the deep ache of most trigger points, helps tell palmaris longus from the other forearm muscles that refer to the palm (T&S, as summarised by webmanmed).',
    'A tender, sore palm that makes tools hard to hold is the main complaint. A link with Dupuytren\'s contracture has been suggested (webmanmed; DeLany 2009); it is an association, not a shown cause.',
    'The T&S palmaris chapter (ch. 37, English p. 744) is inferred, not seen: the pattern rests on secondary summaries and has not been checked against the 2019 3rd edition.',
    'Palmaris longus is absent in some people (about 13% per Niel-Asher, figure not checked).',
  ],
};

export default muscle;
