import type { MuscleData } from '../../muscleSchema';

/** Where the trigger point sits: a quarter of the forearm's length above the back of the wrist. */
const TRP = { landmark: 'wrist_dorsal', toward: 'lateral_epicondyle', t: 0.25 } as const;

/** Extensor indicis: the index finger's own extensor, aching where the back of the wrist meets the back of the hand. */
const muscle: MuscleData = {
  id: 'extensor-indicis',
  name: 'Extensor indicis',
  synonyms: ['extensor indicis proprius', 'index finger extensor', 'extensor indicis muscle'],
  aliases: ['extensor-indicis-proprius'],
  region: 'forearm',
  anatomy: {
    origin: 'Back of the lower ulna and the interosseous membrane.',
    insertion: 'The extensor expansion of the index finger.',
    innervation: 'Posterior interosseous nerve (deep branch of the radial nerve) (C7-C8).',
    actions: ['Straightens the index finger on its own.'],
  },
  sideBehaviour: { referral: 'ipsilateral', note: 'No source describes a crossed or two-sided pattern for this muscle.' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: 'The sources give no frequency figure for this trigger point; it is counted as common.',
      name: 'Central TrP',
      location: TRP,
      landmarks: ['wrist_dorsal', 'forearm_dorsal_mid'],
      description: 'Low on the back of the forearm, about a quarter of the forearm\'s length above the wrist, between the two forearm bones.',
      palpation:
        'Rest the forearm palm down on a table. Press flat between the two forearm bones a few finger-widths above the back of the wrist while lifting the index finger alone against light resistance: the band that tightens belongs to this muscle.',
      zones: [
        {
          kind: 'essential',
          description:
            'Where the back of the wrist meets the back of the hand, toward the thumb side: between the middle of the back of the wrist and the base of the index hand bone. Same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'wrist_dorsal', toward: 'anatomical_snuffbox', t: 0.2 }, { landmark: 'wrist_dorsal', toward: 'knuckle_index', t: 0.3 }],
              width: 0.022,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'A small rim around that patch.',
          shapes: [{ shape: 'disc', center: { landmark: 'wrist_dorsal', toward: 'knuckle_index', t: 0.15 }, radius: 0.03 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'Holding the fingers lifted over the keys while typing; repeated mouse clicking.',
    'Piano and guitar playing; carpentry and mechanics; forceful repeated gripping and twisting.',
  ],
  perpetuatingFactors: ['Fingers kept hovering over a stiff keyboard without rest between keystrokes.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm palm down and press with the opposite thumb between the two forearm bones just above the back of the wrist; hold or stroke slowly until the tenderness eases.',
    stretch: 'Elbow straight, palm down, hold the index finger curled and then bend the wrist down with the other hand. Hold 20 to 30 seconds.',
    other: ['Use a soft-touch keyboard, let the fingers rest between keystrokes, and take micro-breaks.'],
    cautions: [
      'Tenderness in the hollow at the base of the thumb (the snuffbox) or over the wrist bones after a fall on the outstretched hand: possibly a broken scaphoid bone, which a first X-ray can miss: see a doctor today, and do not massage or stretch the wrist or thumb until it has been checked.',
      'A lump on the back of the wrist (often a ganglion): have it checked.',
      'A hot, swollen wrist or finger joints: see a doctor the same day.',
      'Sudden inability to straighten the index finger (a torn tendon, especially with rheumatoid arthritis or after a wrist fracture): see a clinician promptly.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['superficial branch of the radial nerve'],
      caution:
        'Keep to the middle of the back of the forearm. Nearer the thumb side of the wrist the superficial branch of the radial nerve comes to the surface: if pressure brings burning or tingling onto the back of the hand or thumb, move off.',
    },
  ],
  mistakenFor: ['C7 radiculopathy', 'De Quervain tenosynovitis', 'Slipping (volar subluxation) of the wrist bones', 'Dorsal wrist ganglion (at the same place as the pain)', 'Pain referred from trigger points in the scalenes'],
  sources: ['ts-1999', 'ts-1999-zh-forearm-extensors', 'namtpt', 'niel-asher'],
  notes: [
    'The pattern follows the Travell & Simons 1999 figure of the finger extensors (read from the translated edition); NAMTPT says the pain is felt most strongly where the wrist joins the back of the hand.',
    'Kept apart from extensor digitorum because its pain stays at the wrist and hand instead of running onto a finger.',
  ],
};

export default muscle;
