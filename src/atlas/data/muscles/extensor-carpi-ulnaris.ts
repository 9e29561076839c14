import type { MuscleData } from '../../muscleSchema';

/** Extensor carpi ulnaris: sends pain to the little-finger side of the back of the wrist. */
const muscle: MuscleData = {
  id: 'extensor-carpi-ulnaris',
  name: 'Extensor carpi ulnaris',
  synonyms: ['ECU', 'ulnar wrist extensor', 'extensor carpi ulnaris muscle'],
  aliases: ['ecu'],
  region: 'forearm',
  anatomy: {
    origin: 'Lateral epicondyle of the humerus (common extensor tendon) and the back border of the ulna (through an aponeurosis).',
    insertion: 'Base of the 5th metacarpal, on its back and little-finger side.',
    innervation: 'Deep branch of the radial nerve (posterior interosseous nerve) (C7-C8).',
    actions: [
      'Lifts the hand back (wrist extension) and tilts it toward the little finger (ulnar deviation).',
      'Steadies the wrist during grip.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral', note: 'No source describes a crossed or two-sided pattern for this muscle.' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'occasional',
      prevalenceNote:
        'Occasional: a secondary source calls trigger points in this muscle uncommon (westsubpainrelief), and the atlas counts "uncommon" as occasional; no prevalence study that included this muscle was found.',
      name: 'Central TrP',
      location: 'forearm_dorsal_ulnar',
      landmarks: ['forearm_dorsal_ulnar', 'lateral_epicondyle', 'olecranon'],
      description:
        'On the back of the forearm on the little-finger side, in its upper third, about 7 to 8 cm below the outer elbow bone, just to the thumb side of the shaft of the ulna that can be felt under the skin.',
      palpation:
        'Rest the forearm palm down on a table. Press flat against the ulna, just to its thumb side, while lifting the little-finger side of the hand against resistance; the band tightens under the finger.',
      uncertain: 'The distance below the elbow is read off the Travell & Simons figure (unsure).',
      zones: [
        {
          kind: 'essential',
          description: 'The little-finger side of the back of the wrist, just beyond the knob of the ulna. Same side.',
          shapes: [{ shape: 'disc', center: { landmark: 'ulnar_styloid', toward: 'hand_dorsum_ulnar', t: 0.1 }, radius: 0.014 }],
        },
        {
          kind: 'spillover',
          description: 'A rim around it, reaching a little up the little-finger side of the forearm and onto the back of the hand on the little-finger side.',
          shapes: [
            { shape: 'disc', center: { landmark: 'ulnar_styloid', toward: 'hand_dorsum_ulnar', t: 0.1 }, radius: 0.03 },
            { shape: 'stroke', path: [{ landmark: 'ulnar_styloid', toward: 'forearm_dorsal_ulnar', t: 0.2 }, 'hand_dorsum_ulnar'], width: 0.03 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Hammering and turning screwdrivers.',
    'Repeatedly tilting the hand toward the little finger: racquet and golf swings, typing with the hands angled outward.',
    'A blow to the forearm.',
  ],
  perpetuatingFactors: ['A keyboard that keeps the hands angled outward.'],
  selfCare: {
    pressureRelease:
      'Press with the opposite thumb along the little-finger side of the back of the forearm, about a third of the way down from the elbow; hold or stroke slowly until the tenderness eases. Keep below the elbow: do not press the groove on the inner back of the elbow (the "funny bone").',
    stretch: 'Elbow straight, palm down, bend the wrist down and toward the thumb with the other hand. Hold 20 to 30 seconds.',
    other: ['Use a split or angled keyboard that keeps the wrist straight; avoid flicking the hand outward.'],
    cautions: [
      'Wrist pain after a fall on the outstretched hand (the tip of the ulna can break): have it X-rayed the same day.',
      'A painful click or snap on the little-finger side of the wrist when turning the forearm, or a wrist that feels unstable (a tear of the wrist cartilage, a slipping tendon or loose joint between the forearm bones): see a clinician.',
      'A hot, red, swollen wrist (gout or infection): see a doctor the same day.',
      'Numbness on the little-finger side of the back of the hand: see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['ulnar nerve'],
      caution:
        'Do not press in the groove between the inner elbow bone and the point of the elbow ("funny bone"), where the ulnar nerve runs under the skin. The muscle itself, lower down on the back of the forearm, is safe to press.',
    },
  ],
  mistakenFor: [
    'Tear of the triangular fibrocartilage complex (TFCC)',
    'Tendinopathy or snapping (subluxation) of the extensor carpi ulnaris tendon',
    'Instability of the distal radio-ulnar joint',
    'Fracture of the ulnar styloid after a fall',
    'Gout or pseudogout of the wrist',
    'Lesion of the dorsal branch of the ulnar nerve',
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-extensors', 'namtpt', 'westsubpainrelief-forearm', 'clinicalpub-ecu-injection', 'open-orthop-j-2023-ecu', 'morningside-acupuncture-forearm'],
  notes: [
    'The pattern follows the Travell & Simons 1999 figure of the hand extensors (read from the translated edition); NAMTPT describes the pain on the back of the little-finger side of the wrist.',
    'Everyday clues: pain on lifting the hand back or tilting it toward the little finger, and a weak grip.',
    'Tendon problems are common in the same place: in a series of 103 painful little-finger-side wrists, 26 had a constrained tendinopathy of this muscle\'s tendon (Open Orthop J 2023).',
    'No prevalence study of forearm trigger points that included this muscle was found.',
  ],
};

export default muscle;
