import type { MuscleData } from '../../muscleSchema';

/** Extensor carpi radialis longus: a leading source of "tennis elbow" pain at the outer elbow, with an ache on the back of the hand near the thumb. */
const muscle: MuscleData = {
  id: 'extensor-carpi-radialis-longus',
  name: 'Extensor carpi radialis longus',
  synonyms: ['ECRL', 'long radial wrist extensor', 'extensor carpi radialis longus muscle', 'radial wrist extensors'],
  aliases: ['ecrl'],
  region: 'forearm',
  anatomy: {
    origin: 'Lower third of the lateral supracondylar ridge of the humerus, just below brachioradialis.',
    insertion: 'Back of the base of the 2nd metacarpal.',
    innervation: 'Radial nerve (C6-C7).',
    actions: [
      'Lifts the hand back (wrist extension) and tilts it toward the thumb (radial deviation).',
      'Steadies the wrist against the finger flexors when gripping.',
      'Weakly helps bend the elbow.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral', note: 'No source describes a crossed or two-sided pattern for this muscle.' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'Davies calls this trigger point the most common cause of outer-elbow "tennis elbow" pain; in tennis elbow its trigger points reproduced the patients\' pain (Fernández-Carnero 2007), and latent ones were far more frequent on the unaffected side than in controls (odds ratio 16; Fernández-Carnero 2008).',
      name: 'Central TrP',
      location: 'radial_head',
      landmarks: ['radial_head', 'lateral_epicondyle', 'forearm_radial_proximal'],
      description:
        'High in the muscle, 1 to 2 cm below the outer elbow bone (lateral epicondyle), about level with the elbow crease, over the head of the radius; between brachioradialis on the thumb side and the short radial wrist extensor behind it.',
      palpation:
        'Rest the forearm palm down with the elbow slightly bent. Press flat against the bone just below the outer elbow bone, or take the soft roll of muscle on the thumb side between thumb and fingers together with brachioradialis. Lifting the hand back and toward the thumb against resistance makes the muscle tighten; the band runs toward the wrist. Pressure brings on the outer-elbow pain of "tennis elbow".',
      uncertain: 'The distance below the elbow is read off the Travell & Simons figure and recalled from the text (unsure).',
      zones: [
        {
          kind: 'essential',
          description: 'Over the outer elbow bone (lateral epicondyle). Same side.',
          shapes: [{ shape: 'disc', center: 'lateral_epicondyle', radius: 0.025 }],
          uncertain:
            'Tenderness at the elbow bone itself is often tenderness where the tight band pulls on its attachment, not referred pain alone.',
        },
        {
          kind: 'spillover',
          description: 'A dense patch on the back of the hand on the thumb side, between the bases of the thumb and index metacarpals.',
          shapes: [{ shape: 'stroke', path: ['anatomical_snuffbox', 'thumb_web_dorsal'], width: 0.03 }],
          uncertain:
            'Sources disagree on this patch: NAMTPT says the muscle "accents" the back of the hand (a main zone), but in the scanned Travell & Simons 1999 figure the patch is densely stippled, not solid. It is drawn here as spillover, as the figure shows it.',
        },
        {
          kind: 'spillover',
          description: 'A fainter band running diagonally down the back of the forearm from the outer elbow to the hand.',
          shapes: [{ shape: 'stroke', path: ['lateral_epicondyle', 'forearm_dorsal_mid', 'anatomical_snuffbox'], width: 0.03 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'Repeated forceful gripping with the wrist cocked up: typing or using a mouse with the wrists bent back, handwriting, the tennis backhand, ironing, gardening, hand tools.',
    'Playing bowed string instruments; conducting.',
    'Long drives with a tight grip on the wheel.',
  ],
  perpetuatingFactors: ['Keeping the wrist still in a splint or cast after a wrist fracture.', 'A keyboard or mouse that keeps the wrists bent back.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm on a table and press with the opposite thumb just below the outer elbow bone, or roll the outer forearm on a ball against a wall from 8 to 10 cm below the elbow up toward the elbow. Keep to the outer side of the forearm, not the front of the elbow crease.',
    stretch:
      'Elbow straight, palm down, make a fist, then with the other hand bend the wrist down and toward the little finger. Hold 20 to 30 seconds.',
    other: [
      'Keep the wrist straight at the keyboard: no cocking the hands up; rest the forearm rather than the wrist, and lower the mouse.',
      'Lift with the palm up; choose tools with larger grips.',
    ],
    cautions: [
      'Elbow swelling, or an elbow that locks or catches after a fall or injury (a broken radial head or a loose body in the joint): see a clinician.',
      'Night pain that will not ease.',
      'Numbness on the thumb side of the hand with neck pain (a pinched C6 nerve root in the neck): see a clinician.',
      'Tenderness in the hollow at the base of the thumb (the snuffbox) after a fall on the outstretched hand: possibly a broken scaphoid bone, which a first X-ray can miss: see a doctor today, and do not massage or stretch the wrist or thumb until it has been checked.',
      'A hot, swollen wrist or elbow, or pain with fever: see a doctor the same day.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['central'],
      near: ['radial nerve', 'brachial artery', 'median nerve'],
      caution:
        'The radial nerve divides just in front of the head of the radius, close to this trigger point. If pressure brings tingling into the back of the hand, move off. Do not press into the front of the elbow crease (brachial artery and median nerve).',
    },
    {
      technique: 'pressure-release',
      near: ['radial nerve', 'brachial artery', 'median nerve'],
      caution:
        'If the thumb or the ball brings tingling or electric pain into the forearm or the back of the hand, ease off and move: the radial nerve divides just below the outer elbow. Keep the ball on the outer forearm and out of the front of the elbow crease (brachial artery and median nerve).',
    },
  ],
  mistakenFor: [
    'Tennis elbow (lateral epicondylitis or epicondylalgia)',
    'Radial tunnel syndrome',
    'C6 radiculopathy',
    'De Quervain tenosynovitis',
    'Arthritis of the wrist or elbow',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-forearm-extensors',
    'namtpt',
    'davies-2013',
    'niel-asher',
    'fernandez-carnero-2007',
    'fernandez-carnero-2008',
  ],
  notes: [
    'The pattern follows the Travell & Simons 1999 figure of the radial wrist extensors (read from the translated edition).',
    'Everyday clues: a weak, unreliable grip that lets cups drop; pain on shaking hands and on turning doorknobs (NAMTPT).',
    'Research: in tennis elbow, pressing these trigger points brought on pain matching the patients\' own (Fernández-Carnero 2007); latent trigger points on the unaffected side were about 16 times more likely than in controls (reported 95% CI 3.7-29.6; Fernández-Carnero 2008).',
    'This muscle usually shares the problem with brachioradialis, the short radial wrist extensor and the supinator, whose pain overlaps at the outer elbow.',
  ],
};

export default muscle;
