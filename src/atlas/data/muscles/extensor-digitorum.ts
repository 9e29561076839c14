import type { MuscleData } from '../../muscleSchema';

/** The middle- and ring-finger point on the back of the finger at its middle joint (PIP), from the knuckle. */
const pip = (knuckle: 'knuckle_middle' | 'knuckle_ring', tip: 'dactylion' | 'ring_finger') =>
  ({ landmark: knuckle, toward: tip, t: 0.42, offset: [0.006, 0, 0] as [number, number, number] });

/** Extensor digitorum: the finger extensor whose trigger points ache on the back of the finger they move, down to its middle joint. */
const muscle: MuscleData = {
  id: 'extensor-digitorum',
  name: 'Extensor digitorum',
  synonyms: ['EDC', 'extensor digitorum communis', 'common finger extensor', 'finger extensors', 'extensor digitorum muscle'],
  aliases: ['extensor-digitorum-communis', 'edc'],
  region: 'forearm',
  anatomy: {
    origin: 'Lateral epicondyle of the humerus through the common extensor tendon.',
    insertion: 'Four tendons to the extensor expansions of the index, middle, ring and little fingers.',
    innervation: 'Deep branch of the radial nerve (posterior interosseous nerve) (C6-C8).',
    actions: [
      'Straightens the fingers at the knuckles and at the finger joints.',
      'Helps lift the hand back (wrist extension).',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The pain is felt in the finger whose part of the muscle holds the trigger point. No source describes a crossed or two-sided pattern.',
  },
  triggerPoints: [
    {
      id: 'middle-finger',
      prevalence: 'common',
      prevalenceNote:
        'The sources give no frequency figure; it is counted as common. A secondary source says the middle- and ring-finger parts do most of the work and most often hold trigger points (unsure).',
      name: 'Middle-finger TrP',
      location: { landmark: 'radial_head', toward: 'forearm_dorsal_proximal', t: 0.6 },
      landmarks: ['radial_head', 'forearm_dorsal_proximal', 'lateral_epicondyle'],
      description:
        'High on the back of the forearm, about 3 to 4 cm below the head of the radius, in the middle of the extensor muscles, just above the point a hand\'s width below the elbow.',
      palpation:
        'Rest the forearm palm down on a table. Press flat across the muscles on the back of the upper forearm while lifting one finger at a time against light resistance: the band that tightens when the middle finger lifts belongs to this part.',
      uncertain: 'The distance is read off the Travell & Simons figure (unsure).',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the middle finger over its knuckle and first finger bone, stopping at about the middle finger joint; it does not reach the tip. Same side.',
          shapes: [{ shape: 'stroke', path: ['knuckle_middle', pip('knuckle_middle', 'dactylion')], width: 0.017 }],
        },
        {
          kind: 'spillover',
          description: 'A strip from the trigger point down the back of the forearm, across the back of the wrist and the back of the hand to the middle knuckle.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'radial_head', toward: 'forearm_dorsal_proximal', t: 0.6 }, 'forearm_dorsal_mid', 'wrist_dorsal', 'hand_dorsum', 'knuckle_middle'],
              width: 0.025,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'A small patch on the front of the wrist.',
          shapes: [{ shape: 'disc', center: 'wrist_volar', radius: 0.015 }],
          uncertain: 'Small and easy to misread in the scanned Travell & Simons figure (unsure).',
        },
      ],
    },
    {
      id: 'ring-finger',
      prevalence: 'common',
      prevalenceNote:
        'The sources give no frequency figure; it is counted as common. A secondary source says the middle- and ring-finger parts most often hold trigger points (unsure).',
      name: 'Ring-finger TrP',
      location: { landmark: 'forearm_dorsal_proximal', toward: 'forearm_dorsal_ulnar', t: 0.4 },
      landmarks: ['forearm_dorsal_proximal', 'forearm_dorsal_ulnar'],
      description: 'A little further down and toward the little-finger side than the middle-finger trigger point, on the back of the upper forearm.',
      palpation:
        'As for the middle-finger trigger point, but lift the ring finger against light resistance: the band that tightens belongs to the ring-finger part.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the ring finger over its first finger bone, stopping at about the middle finger joint, and a patch over the outer elbow bone. Same side.',
          shapes: [
            { shape: 'stroke', path: ['knuckle_ring', pip('knuckle_ring', 'ring_finger')], width: 0.016 },
            { shape: 'disc', center: 'lateral_epicondyle', radius: 0.018 },
          ],
        },
        {
          kind: 'spillover',
          description: 'A strip down the back of the forearm to the ring finger, and a rim around the elbow patch.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'forearm_dorsal_proximal', toward: 'forearm_dorsal_ulnar', t: 0.4 }, 'forearm_dorsal_mid', 'wrist_dorsal', 'hand_dorsum_ulnar', 'knuckle_ring'],
              width: 0.025,
            },
            { shape: 'disc', center: 'lateral_epicondyle', radius: 0.035 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Holding the fingers lifted over the keys while typing; repeated mouse clicking.',
    'Piano and guitar playing; carpentry and mechanics.',
    'Crushing-grip or high-repetition hand-gripper training; forceful repeated gripping and twisting.',
  ],
  perpetuatingFactors: ['Fingers kept hovering over a stiff keyboard without rest between keystrokes.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm palm down and press with the opposite thumb, or roll on a ball, along the back of the forearm from 2 cm below the elbow to the middle of the forearm; hold or stroke slowly until the tenderness eases.',
    stretch:
      'Elbow straight, palm down, curl the fingers into a fist and then bend the wrist down with the other hand; or hold one finger bent to stretch its own part of the muscle. Hold 20 to 30 seconds.',
    other: ['Use a soft-touch keyboard, let the fingers rest between keystrokes, and take micro-breaks.'],
    cautions: [
      'Hot, swollen finger joints (inflammatory arthritis or infection): see a doctor the same day.',
      'Sudden inability to straighten a finger (a torn tendon, especially with rheumatoid arthritis or after a wrist fracture): see a clinician promptly.',
      'Numbness in the middle finger with neck pain (a pinched C7 nerve root in the neck): see a clinician.',
      'Growing weakness in straightening the fingers or the thumb while the wrist still lifts (the deep radial nerve): see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['radial nerve'],
      caution:
        'The radial nerve divides just below the outer elbow, in front of the head of the radius. If pressure brings tingling into the back of the hand, ease off and move. Do not press into the front of the elbow crease.',
    },
    {
      technique: 'palpation',
      near: ['radial nerve'],
      caution: 'If pressing brings tingling or numbness into the back of the hand rather than an ache, move off: branches of the radial nerve are close by below the elbow.',
    },
  ],
  mistakenFor: [
    'Tennis elbow (lateral epicondylitis)',
    'C7 radiculopathy',
    'De Quervain tenosynovitis',
    'Slipping (volar subluxation) of the wrist bones',
    'Finger arthritis',
    'Trigger finger',
    'Pain referred from trigger points in the scalenes (key trigger points for the finger extensors)',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-forearm-extensors',
    'namtpt',
    'niel-asher',
    'triggerpointselfhelp-extensor-digitorum',
    'westsubpainrelief-forearm',
    'fernandez-carnero-2007',
    'fernandez-carnero-2008',
    'mora-relucio-2016',
  ],
  notes: [
    'The patterns follow the Travell & Simons 1999 figure of the finger extensors (read from the translated edition): finger pain from this muscle stops at about the middle finger joint, whereas pain shooting beyond the fingertip points to the finger flexors.',
    'Everyday clues: painful, stiff, weak fingers; a tender middle joint of the affected finger; a weak grip; cramping of the fingers (NAMTPT; triggerpointselfhelp). Niel-Asher\'s finger-flexion test: with the knuckles held straight, the fingertips cannot all be pressed onto the palm.',
    'Research: the muscle was examined in both tennis-elbow studies of Fernández-Carnero; on the unaffected side latent trigger points were less frequent than in controls (odds ratio 0.5, 95% CI 0.4-0.8; 2008). Expert examiners agreed on its trigger points in 77.9% (classification) and 72.1% (location) (Mora-Relucio 2016).',
    'NAMTPT\'s page on this muscle is titled "Flexor Digitorum" but describes the finger extensors; it is used for the extensors only.',
    'NAMTPT names the scalenes as key trigger points that can set off trigger points here; pain in the forearm and hand may come from the neck and shoulder muscles as well.',
  ],
};

export default muscle;
