import type { MuscleData } from '../../muscleSchema';

/** Brachioradialis: the forearm muscle of the "hammer grip", sending pain to the back of the wrist and the base of the thumb. */
const muscle: MuscleData = {
  id: 'brachioradialis',
  name: 'Brachioradialis',
  synonyms: ['brachioradialis muscle', 'supinator longus', 'mobile wad'],
  region: 'forearm',
  anatomy: {
    origin: 'Upper two-thirds of the lateral supracondylar ridge of the humerus and the lateral intermuscular septum.',
    insertion: 'Lateral side of the distal radius, just above the radial styloid.',
    innervation: 'Radial nerve (C5-C6).',
    actions: [
      'Bends the elbow, most strongly with the forearm in mid-position (thumb up, as in a hammer grip).',
      'Helps turn the forearm back to mid-position from full palm-down or full palm-up.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral', note: 'No source describes a crossed or two-sided pattern for this muscle.' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'The muscle\'s only trigger point. In tennis elbow its trigger points were among those whose referred pain matched the patients\' usual elbow and forearm pain (Fernández-Carnero 2007), and one small study of 40 patients found brachioradialis the muscle that most often held trigger points among five (authors and year not seen).',
      name: 'Central TrP',
      location: 'forearm_radial_proximal',
      landmarks: ['forearm_radial_proximal', 'lateral_epicondyle', 'radial_head'],
      description:
        'In the upper part of the muscle on the thumb-side edge of the forearm, a few centimetres below the elbow crease, about a fifth of the way from the outer elbow bone toward the wrist; a little further down and nearer the skin than the long radial wrist extensor trigger point.',
      palpation:
        'Sit with the elbow slightly bent and supported and the thumb pointing up. Take the soft roll of muscle on the thumb side just below the elbow between thumb and fingers and lift it off the bone; the tight band runs along the forearm. Bending the elbow against resistance, thumb up, makes the muscle stand out. Pressure on the spot brings an ache toward the back of the thumb.',
      uncertain:
        'The exact distance below the elbow is read off the Travell & Simons figure; their text was not seen. One secondary textbook adds that resisted bending with the palm turning down brings out the tender spot (unsure).',
      zones: [
        {
          kind: 'essential',
          description:
            'The back of the wrist on the thumb side and the base of the thumb, running onto the back of the web between thumb and index finger; also a small patch over the outer elbow bone. Same side.',
          shapes: [
            { shape: 'stroke', path: ['radial_styloid', 'anatomical_snuffbox', 'thumb_web_dorsal'], width: 0.03 },
            { shape: 'disc', center: 'lateral_epicondyle', radius: 0.015 },
          ],
        },
        {
          kind: 'spillover',
          description:
            'A strip down the thumb side of the forearm from the trigger point to the wrist, and a wider rim around the wrist-and-thumb patch and the elbow patch.',
          shapes: [
            { shape: 'stroke', path: ['forearm_radial_proximal', 'radial_styloid'], width: 0.03 },
            { shape: 'disc', center: 'anatomical_snuffbox', radius: 0.04 },
            { shape: 'disc', center: 'lateral_epicondyle', radius: 0.03 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Strong, repeated gripping with the thumb up: shaking hands, ironing, weeding or digging with a trowel, turning a screwdriver, hammering.',
    'Carrying a mug or a bag with the thumb up.',
    'A faulty one-handed tennis backhand.',
  ],
  perpetuatingFactors: ['Repeatedly "testing" the sore arm by gripping or squeezing to see whether it still hurts.'],
  selfCare: {
    pressureRelease:
      'Squeeze the soft roll of muscle on the thumb side of the forearm, just below the elbow, between thumb and fingers, or lean the outer forearm on a tennis or lacrosse ball against a wall: start 8 to 10 cm below the elbow and roll up toward the elbow, 6 to 12 slow strokes, several times a day. Keep to the upper forearm: do not grind on the thumb side of the lower forearm near the wrist, on the pulse at the wrist, or in the front of the elbow crease.',
    stretch:
      'Hold the arm straight out in front, elbow fully straight and palm down; with the other hand bend the wrist down and toward the little finger. Hold 20 to 30 seconds while breathing out. The straight elbow stretches this muscle (it does not cross the wrist); the wrist bend adds the radial wrist extensors that usually share the problem.',
    other: [
      'Lift with the palm up and the elbow close to the body; use two hands for heavy jars and pans.',
      'Use thicker tool handles and take breaks from gripping.',
    ],
    cautions: [
      'Numbness on the thumb side of the hand with neck pain, or a weaker arm (a pinched C6 nerve root in the neck): see a clinician.',
      'Tenderness in the hollow at the base of the thumb (the snuffbox) after a fall on the outstretched hand: possibly a broken scaphoid bone, which a first X-ray can miss: see a doctor today, and do not massage or stretch the wrist or thumb until it has been checked.',
      'A hot, swollen wrist, or wrist pain with fever (infection or gout-type arthritis): see a doctor the same day.',
      'A wrist or elbow that is quickly getting more deformed, or a hand that goes numb, weak, pale or cold: seek urgent care.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['superficial branch of the radial nerve', 'radial artery', 'brachial artery', 'median nerve'],
      caution:
        'In the lower third of the forearm the superficial branch of the radial nerve runs under this muscle and comes to the surface near the bony point of the wrist on the thumb side: do not grind there, and move off if burning or tingling runs onto the back of the thumb. Do not press hard on the pulse at the wrist (radial artery), and keep out of the front of the elbow crease, where the brachial artery and the median nerve lie.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['central'],
      near: ['radial nerve', 'brachial artery', 'median nerve'],
      caution:
        'Grasp the muscle on the thumb-side edge of the forearm, not in the front of the elbow crease (brachial artery and median nerve). If squeezing brings tingling or burning onto the back of the hand or thumb, let go and move the grip.',
    },
  ],
  mistakenFor: [
    'Tennis elbow (lateral epicondylalgia)',
    'De Quervain tenosynovitis',
    'Carpal tunnel syndrome',
    'Radial nerve entrapment (radial tunnel syndrome, or Wartenberg syndrome of the superficial branch)',
    'C5-C6 radiculopathy',
    'Arthritis of the thumb base (first carpometacarpal joint)',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-forearm-extensors',
    'namtpt',
    'niel-asher',
    'davies-2013',
    'westsubpainrelief-forearm',
    'aneskey-forearm-syndromes',
    'fernandez-carnero-2007',
    'fernandez-carnero-2008',
    'ijpot-lateral-epicondylalgia-trps',
    'nhs-gloucestershire-hand-red-flags',
    'morningside-acupuncture-forearm',
  ],
  notes: [
    'The pattern follows the Travell & Simons 1999 figure of the brachioradialis (read from the translated edition); their text was not seen.',
    'Brachioradialis seldom acts alone: it usually goes with the radial wrist extensors and the supinator, and its pain is hard to tell from theirs (NAMTPT, secondary summaries).',
    'Everyday clues: a weak grip and pain on shaking hands ("politician\'s thumb", Niel-Asher).',
    'In tennis elbow (20 patients, 20 controls), pressing trigger points in brachioradialis and three other forearm muscles brought on pain that matched the patients\' usual pain, over larger areas than in controls (Fernández-Carnero 2007). In a second study (25 patients), latent brachioradialis trigger points on the unaffected side were not clearly more frequent than in controls (odds ratio 2.6, 95% CI 0.3-27.1; Fernández-Carnero 2008).',
    'The self-treatment dose (6 to 12 strokes, several times a day) is given by Davies for the outer-forearm extensor group, as quoted in a blog excerpt.',
  ],
};

export default muscle;
