import type { MuscleData } from '../../muscleSchema';

/** Flexor carpi radialis: a wrist flexor whose trigger point sends pain to the thumb side of the front of the wrist. */
const muscle: MuscleData = {
  id: 'flexor-carpi-radialis',
  name: 'Flexor carpi radialis',
  synonyms: ['FCR', 'radial wrist flexor', 'wrist flexor', 'forearm flexors', 'hand flexor'],
  aliases: ['fcr', 'radial-wrist-flexor'],
  region: 'forearm',
  anatomy: {
    origin: 'Medial epicondyle of the humerus, through the common flexor tendon.',
    insertion: 'Bases of the 2nd (and 3rd) metacarpals.',
    innervation: 'Median nerve (C6-C7).',
    actions: ['Flexes the wrist.', 'Bends the wrist toward the thumb side (radial deviation).'],
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
        'No prevalence study of forearm-flexor trigger points was found; the sources give no figure, so it is counted as common.',
      name: 'Flexor carpi radialis TrP',
      // A little to the thumb side of the middle of the upper front forearm (not on the ulnar edge, where the ulnar nerve runs).
      location: { landmark: 'forearm_volar_proximal', toward: 'forearm_volar_radial_distal', t: 0.25 },
      landmarks: ['forearm_volar_proximal', 'medial_epicondyle', 'forearm_volar_mid'],
      description:
        'In the upper part of the front of the forearm, a little toward the thumb side of the middle, about a third of the way from the inner elbow bone to the thumb end of the wrist crease.',
      palpation:
        'Rest the forearm palm-up and supported, elbow straight. Bend the wrist back a little to take up the slack, then press flat into the muscle against the bone beneath, feeling along its length for a tight, tender band. Bending the wrist toward the thumb against light resistance makes the muscle stand out. Stay below the elbow crease, and if you feel a pulse move toward the middle of the forearm.',
      zones: [
        {
          kind: 'essential',
          description: 'The thumb-side half of the front of the wrist crease.',
          shapes: [{ shape: 'stroke', path: ['wrist_volar_radial', 'wrist_volar'], width: 0.02 }],
        },
        {
          kind: 'spillover',
          description: 'A short way up the lower front of the forearm above the wrist, and down into the upper palm at the base of the thumb pad.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'wrist_volar_radial', toward: 'forearm_volar_mid', t: 0.35 }, { landmark: 'wrist_volar_radial', toward: 'wrist_volar', t: 0.5 }],
              width: 0.022,
            },
            { shape: 'disc', center: { landmark: 'wrist_volar_radial', toward: 'thenar', t: 0.5 }, radius: 0.014 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Sustained or forceful gripping with the wrist bent, such as cupping the hands over the ends of chair arms or holding ski poles.',
    'Heavy or vibrating tools: jackhammers, saws, drills.',
    'Gripping scissors, pens or a steering wheel; knitting; string instruments; climbing.',
  ],
  perpetuatingFactors: ['Continued forceful or vibrating grip without breaks.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm palm-up on a table and press with the other thumb, or roll the forearm slowly over a ball on the table, working the thumb-side and middle lines of the upper two-thirds of the forearm, where the trigger point lies. Start about a hand-width above the wrist crease and stop two finger-widths below the elbow crease; do not roll down onto the wrist. If you feel a pulse under the thumb or ball, move toward the middle of the forearm.',
    stretch:
      'Elbow straight and palm up, use the other hand to pull the fingers and then the wrist back, and tip the hand toward the little-finger side. Or put the palm flat on a table with the fingers pointing toward you and lean back gently. Hold 20-30 seconds. Do not force the stretch on a wrist that was recently injured or splinted, or that is hypermobile.',
    other: [
      'Grip with less force: padded, thicker handles; keep the wrist straight; change hands and take breaks.',
      'Avoid vibrating tools, or use anti-vibration gloves.',
    ],
    cautions: [
      'Numbness or tingling of the thumb, index, middle and ring fingers at night, a weak pinch or a flattened thumb pad can be carpal tunnel syndrome: see a clinician (nerve tests may be needed).',
      'Clumsy, numb hands on both sides, dropping things, with unsteady walking or a change in bladder control: see a doctor urgently (the spinal cord in the neck may be pressed).',
      'A tense, very painful forearm after an injury, a crush or a tight cast, with pain when the fingers are moved: go to an emergency department (compartment syndrome).',
      'Left-sided arm pain with chest pressure, breathlessness or sweating: call emergency services (it may be the heart).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['central'],
      near: ['radial artery', 'brachial artery', 'median nerve'],
      caution:
        'Stay on the muscle belly, below the elbow crease and well above the wrist. The pulse on the thumb side of the front of the wrist is the radial artery, and the middle of the elbow crease holds the brachial artery and the median nerve: do not press either. If you feel a pulse, move toward the middle of the forearm; if tingling runs into the fingers, move off.',
    },
    {
      technique: 'pressure-release',
      near: ['radial artery', 'brachial artery', 'median nerve'],
      caution:
        'Keep the thumb or ball on the upper two-thirds of the forearm: start a hand-width above the wrist crease (the radial pulse lies at the thumb side of the wrist) and stop two finger-widths below the elbow crease (brachial artery and median nerve). If you feel a pulse, move toward the middle of the forearm; if the fingers tingle, move off.',
    },
    {
      technique: 'stretch',
      near: ['wrist joint', 'median nerve'],
      caution:
        'Ease into the stretch and hold it gently; do not force it on a recently injured, splinted or hypermobile wrist. If the fingers tingle or go numb while stretching, ease off.',
    },
  ],
  mistakenFor: [
    'Carpal tunnel syndrome',
    'Medial epicondylitis (golfer\'s elbow)',
    'C6-C7 radiculopathy',
    'Wrist osteoarthritis or rheumatoid arthritis',
    'Complex regional pain syndrome',
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-flexors-hand', 'webmanmed-forearm-flexors', 'niel-asher', 'qerama-2009', 'azadeh-2010', 'kumnoonsup-ctsmps'],
  notes: [
    'The pattern follows T&S 1999 Fig 38-1, read from the Chinese translation\'s figure scans (English p. 756); it has not been checked against the 2019 3rd edition.',
    'In people referred for suspected carpal tunnel syndrome, the trigger points found were mostly in the neck and shoulder rather than the forearm: infraspinatus trigger points in 49% of those with normal nerve tests against 26% of those with carpal tunnel syndrome (Qerama 2009, n = 335); upper-trapezius trigger points in all 36 hands with normal nerve tests and in 70% of hands with carpal tunnel syndrome (Azadeh); myofascial pain in 44.8% of 125 hands, more often when pain was the main complaint or spread beyond the median nerve\'s area (Kumnoonsup).',
    'The reference removed an earlier instruction to roll the forearm from the wrist up: that passed over the radial artery at the wrist and the ulnar artery and nerve at the heel of the hand. Pressure is limited to the muscle bellies of the upper two-thirds of the forearm.',
  ],
};

export default muscle;
