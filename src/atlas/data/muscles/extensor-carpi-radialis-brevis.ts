import type { MuscleData } from '../../muscleSchema';

/** Extensor carpi radialis brevis: the main wrist steadier in grip, sending pain to the back of the wrist and hand. */
const muscle: MuscleData = {
  id: 'extensor-carpi-radialis-brevis',
  name: 'Extensor carpi radialis brevis',
  synonyms: ['ECRB', 'short radial wrist extensor', 'extensor carpi radialis brevis muscle', 'radial wrist extensors'],
  aliases: ['ecrb'],
  region: 'forearm',
  anatomy: {
    origin: 'Lateral epicondyle of the humerus through the common extensor tendon, the radial collateral ligament and the intermuscular septa.',
    insertion: 'Back of the base of the 3rd metacarpal.',
    innervation: 'Deep branch of the radial nerve (C7-C8; sources vary, C6-C8).',
    actions: [
      'Lifts the hand back (wrist extension).',
      'The main steadier of the wrist during grip.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral', note: 'No source describes a crossed or two-sided pattern for this muscle.' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'The sources give no frequency figure for this trigger point; it is counted as common. Travell & Simons call this muscle a common muscular source of pain at the back of the wrist (wording not checked), and in 52 pianists expert examiners agreed well on finding its trigger points (Mora-Relucio 2016).',
      name: 'Central TrP',
      location: 'forearm_dorsal_proximal',
      landmarks: ['forearm_dorsal_proximal', 'lateral_epicondyle', 'radial_head'],
      description:
        'On the back of the forearm about 5 to 6 cm below the outer elbow bone, roughly in the middle of the back of the forearm.',
      palpation:
        'Rest the forearm palm down on a table. Press flat across the fibres just to the little-finger side of the soft roll of muscle on the thumb side. The band tightens when you lift the hand straight back against resistance (without tilting it toward the thumb). Pressure sends an ache to the back of the hand.',
      uncertain: 'The distance below the elbow is read off the Travell & Simons figure (unsure).',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the wrist and hand: an oval over the middle of the back of the wrist and the bases of the middle hand bones. Same side.',
          shapes: [{ shape: 'stroke', path: ['wrist_dorsal', 'hand_dorsum'], width: 0.03 }],
        },
        {
          kind: 'spillover',
          description: 'A strip from the trigger point down the middle of the back of the forearm, and a wider rim around the wrist-and-hand patch.',
          shapes: [
            { shape: 'stroke', path: ['forearm_dorsal_proximal', 'forearm_dorsal_mid', 'wrist_dorsal'], width: 0.03 },
            { shape: 'disc', center: { landmark: 'wrist_dorsal', toward: 'hand_dorsum', t: 0.5 }, radius: 0.03 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Computer mouse and keyboard work (the mouse load falls mainly on this muscle, Niel-Asher).',
    'Racquet sports; repeated gripping and hand tools.',
    'A fall on the hand.',
  ],
  perpetuatingFactors: ['Keeping the wrist still in a splint or cast.', 'A keyboard or mouse that keeps the wrists bent back.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm palm down and press with the opposite thumb, or roll the back of the forearm on a ball, a hand\'s width below the elbow on the back of the forearm; hold or stroke slowly until the tenderness eases.',
    stretch: 'Elbow straight, palm down, make a fist and bend the wrist down with the other hand (without tilting it toward the little finger). Hold 20 to 30 seconds.',
    other: [
      'Keep the wrist straight at the keyboard: rest the forearm rather than the wrist, and lower the mouse.',
      'Lift with the palm up; choose tools with larger grips.',
    ],
    cautions: [
      'A lump or swelling on the back of the wrist (often a ganglion): have it checked.',
      'Tenderness in the hollow at the base of the thumb (the snuffbox) or over the wrist bones after a fall on the outstretched hand: possibly a broken scaphoid bone, which a first X-ray can miss: see a doctor today, and do not massage or stretch the wrist or thumb until it has been checked.',
      'A hot, red, swollen wrist (infection or gout): see a doctor the same day.',
      'Weakness in lifting the fingers or the thumb, or numbness, with the pain: see a clinician.',
      'Elbow swelling or locking after an injury, or night pain that will not ease: see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['radial nerve (deep branch)'],
      caution:
        'The deep branch of the radial nerve runs into the forearm close to this muscle below the outer elbow. If pressure brings tingling or electric pain into the forearm or the back of the hand, ease off and move.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['central'],
      near: ['radial nerve (deep branch)'],
      caution: 'If pressing brings tingling or numbness into the back of the hand rather than an ache, move off: the deep branch of the radial nerve is close by.',
    },
  ],
  mistakenFor: [
    'Tennis elbow (lateral epicondylalgia)',
    'Dorsal wrist ganglion',
    'Kienböck disease or carpal instability',
    'Wrist extensor tendinitis or intersection syndrome',
    'C7 radiculopathy',
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-extensors', 'niel-asher', 'handwiki-tennis-elbow', 'fernandez-carnero-2008', 'mora-relucio-2016', 'shmushkevich-2013'],
  notes: [
    'The pattern follows the Travell & Simons 1999 figure of the radial wrist extensors (read from the translated edition). Niel-Asher describes a strong zone 3 to 5 cm across over the back of the hand.',
    'The origin of this muscle is where the tendon changes of "tennis elbow" are usually found: lateral epicondylalgia is defined as a disorder of the attachment of this muscle\'s tendon.',
    'Travell & Simons discuss this muscle among the structures that can press on the deep branch of the radial nerve at the elbow (recalled, not checked).',
    'Reliability: two experienced examiners agreed on this muscle\'s trigger points in 81.7% (classification) and 85.6% (location) of 52 pianists; an experienced and an inexperienced examiner agreed in only about 55% (Mora-Relucio 2016).',
    'Fernández-Carnero 2008 report a very high odds ratio (66) for latent trigger points on the unaffected side in tennis elbow, but the abstract\'s confidence interval (9.9-48.8) does not contain it: probably a typing error; the figure is not relied on.',
    'A review found more trigger points in tennis elbow than in controls in two observational studies, and benefit from soft-tissue treatment of the muscular component in three randomised trials (J Bodyw Mov Ther 2013; authors not checked).',
  ],
};

export default muscle;
