import type { MuscleData } from '../../muscleSchema';

/** The trigger point: front of the upper radius, in the outer part of the elbow crease, beside the biceps tendon. */
// On the outer side of the biceps tendon, well away from the brachial artery just inside it.
const TRP = { landmark: 'cubital_fossa', toward: 'forearm_radial_proximal', t: 0.45 };

/** Supinator: a deep elbow muscle behind much "tennis elbow" pain, also aching in the back of the thumb web; the deep radial nerve runs through it. */
const muscle: MuscleData = {
  id: 'supinator',
  name: 'Supinator',
  synonyms: ['supinator muscle', 'supinator brevis'],
  region: 'forearm',
  anatomy: {
    origin: 'Lateral epicondyle of the humerus, the radial collateral and annular ligaments, and the supinator crest and fossa of the ulna.',
    insertion: 'Outer, back and front surfaces of the upper third of the radius (it wraps around the neck of the radius).',
    innervation:
      'Deep branch of the radial nerve (posterior interosseous nerve) (C5-C6, sometimes C7); the nerve passes through the muscle under the arcade of Frohse.',
    actions: [
      'Turns the forearm palm up (supination).',
      'The main palm-up turner when the elbow is straight, when the biceps helps little.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral', note: 'No source describes a crossed or two-sided pattern for this muscle.' },
  triggerPoints: [
    {
      id: 'ventral',
      prevalence: 'common',
      prevalenceNote:
        'The sources give no frequency figure from a controlled study; it is counted as common. One small study of 40 patients with tennis elbow found this muscle the least often affected of five examined (authors and year not seen).',
      name: 'Front (ventral) TrP',
      location: TRP,
      landmarks: ['cubital_fossa', 'lateral_epicondyle', 'radial_head'],
      description:
        'On the front of the upper radius just below the elbow crease, on the outer side of the biceps tendon, deep to brachioradialis. The same muscle can also be pressed from the back, against the radius just below the outer elbow bone, over the head of the radius.',
      palpation:
        'Rest the forearm palm up with the elbow slightly bent. Find the biceps tendon in the middle of the elbow crease, move just to its outer (thumb) side, push brachioradialis aside and press toward the radius. From the back: put the thumb on the outer elbow bone and slide it down and slightly forward onto the head of the radius; turning the palm up against resistance makes the muscle tighten. The deep radial nerve runs through this muscle and the brachial artery and median nerve lie in the middle of the crease: if you feel a pulse, you are too far in; tingling means ease off.',
      zones: [
        {
          kind: 'essential',
          description:
            'The outer elbow bone and the outer side of the elbow, with a small patch on the outer front of the elbow; and the back of the web between thumb and index finger and the base of the thumb. Same side.',
          shapes: [
            { shape: 'disc', center: 'lateral_epicondyle', radius: 0.025 },
            { shape: 'disc', center: { landmark: 'cubital_fossa', toward: 'lateral_epicondyle', t: 0.5 }, radius: 0.015 },
            { shape: 'stroke', path: ['thumb_web_dorsal', 'thumb_cmc'], width: 0.025 },
          ],
        },
        {
          kind: 'spillover',
          description: 'The upper back of the forearm on the thumb side, just below the outer elbow bone, and a narrow rim around the thumb-web patch.',
          uncertain: 'The reference gives spillover only on the upper back of the forearm; the narrow rim around the thumb-web patch is the edge of that patch as drawn, not a zone of its own.',
          shapes: [
            { shape: 'stroke', path: ['lateral_epicondyle', 'forearm_dorsal_proximal'], width: 0.035 },
            { shape: 'disc', center: 'thumb_web_dorsal', radius: 0.015 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'A tennis backhand with a straight elbow.',
    'Carrying a heavy briefcase or bag with the elbow straight; walking a dog that pulls on the lead.',
    'Repeated twisting: screwdrivers, doorknobs, wringing cloths, ironing.',
    'A forceful palm-down twist with the elbow straight, such as flipping a backpack onto a desk.',
  ],
  perpetuatingFactors: ['Carrying with a straight elbow day after day.'],
  selfCare: {
    pressureRelease:
      'Rest the forearm palm up on a table with the elbow slightly bent. Press the opposite thumb into the elbow crease just on the outer side of the biceps tendon, then angle it toward the radius; hold until the tenderness eases, about 30 to 60 seconds. If you feel a pulse under the thumb you are too far in: move outward past the tendon.',
    stretch: 'Elbow straight, turn the palm fully down, then bend the wrist down. Hold 20 to 30 seconds.',
    other: [
      'Carry with the elbow bent and the palm up, or with both hands.',
      'Use a two-handed backhand; avoid twisting with a straight arm.',
    ],
    cautions: [
      'Growing weakness in straightening the fingers or the thumb while the hand itself still lifts back ("finger drop"): the deep radial nerve may be trapped; see a clinician, who may arrange nerve tests.',
      'Elbow swelling after a fall or injury: see a clinician the same day.',
      'Night pain that will not ease.',
      'Numbness on the thumb side of the hand with neck pain (a pinched nerve root in the neck): see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['ventral'],
      near: ['deep branch of the radial nerve', 'brachial artery', 'median nerve'],
      caution:
        'The deep branch of the radial nerve runs through this muscle. Tingling or electric pain into the back of the hand or forearm means reduce the pressure and move. Stay out of the inner part of the elbow crease (brachial artery, median nerve): if you feel a pulse under the thumb you are too far in; move outward past the biceps tendon.',
    },
    {
      technique: 'pressure-release',
      near: ['deep branch of the radial nerve', 'brachial artery', 'median nerve'],
      caution:
        'Keep the thumb on the outer side of the biceps tendon and press moderately. If you feel a pulse under the thumb you are on the brachial artery, with the median nerve beside it: move outward past the tendon. Tingling or electric pain into the back of the hand or forearm means the deep radial nerve is being pressed: ease off and move.',
    },
  ],
  mistakenFor: [
    'Tennis elbow (lateral epicondylitis)',
    'Radial tunnel syndrome or entrapment of the posterior interosseous nerve',
    'C5-C6 radiculopathy',
    'De Quervain tenosynovitis',
    'Dysfunction of the radial head',
    'Arthritis of the thumb base (first carpometacarpal joint)',
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-extensors', 'ts-1983', 'medlink', 'niel-asher', 'cael-2015-supinator', 'westsubpainrelief-forearm', 'aneskey-forearm-syndromes', 'ijpot-lateral-epicondylalgia-trps'],
  notes: [
    'The pattern follows the Travell & Simons 1999 figure (read from the translated edition) and the 1983 caption quoted by MedLink: pain chiefly at the outer elbow bone, often in the back of the thumb web and the base of the thumb, and sometimes on the back of the forearm.',
    'Pressure on the deep radial nerve inside this muscle can weaken the lifting of the wrist, fingers and thumb and sometimes cause odd sensations at the wrist and lower forearm (MedLink caption); the elbow then hurts both at rest and with use.',
    'The palpation from the back of the elbow follows Cael (Massage & Bodywork 2015).',
    'Not among the four muscles of the Fernández-Carnero tennis-elbow studies; no controlled prevalence study was found.',
  ],
};

export default muscle;
