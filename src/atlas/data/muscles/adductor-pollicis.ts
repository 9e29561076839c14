import type { MuscleData } from '../../muscleSchema';

/** Adductor pollicis: the thumb's pinch muscle in the web, a source of pain at the base of the thumb often taken for arthritis. */
const muscle: MuscleData = {
  id: 'adductor-pollicis',
  name: 'Adductor pollicis',
  synonyms: ['thumb adductor', 'thumb muscles', 'thumb web muscle'],
  aliases: ['thumb-adductor'],
  region: 'hand',
  anatomy: {
    origin: 'Oblique head: capitate and the bases of the 2nd-3rd metacarpals. Transverse head: palm side of the shaft of the 3rd metacarpal.',
    insertion: 'Inner (ulnar) side of the base of the thumb\'s first phalanx, through the ulnar sesamoid bone.',
    innervation: 'Deep branch of the ulnar nerve (C8-T1).',
    actions: ['Pulls the thumb in toward the palm.', 'Key muscle of pinch and grip.'],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The sources describe no crossed or two-sided pattern for any forearm or hand muscle.',
  },
  triggerPoints: [
    {
      id: 'web',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure for adductor pollicis trigger points was found; the sources give none, so it is counted as common.',
      name: 'Adductor pollicis TrPs (palm side of the web)',
      location: 'thumb_web_palmar',
      landmarks: ['thumb_web_palmar', 'thumb_web_dorsal', 'thenar'],
      description:
        'In the palm side of the web between thumb and index finger, in the muscle between the thumb-pad crease and the index-finger bone. T&S mark two sites here, one in each head of the muscle.',
      palpation:
        'Pinch the web between a thumb in the palm and a finger on the back of the web, and roll the muscle between them to find a tight, tender band. Short, firm pressure is fine; do not hold long, deep, hard pressure in the web.',
      zones: [
        {
          kind: 'essential',
          description: 'The outer (thumb) side of the base of the thumb, just beyond the wrist, over the joint at the base of the thumb, on both the palm and the back.',
          shapes: [
            { shape: 'stroke', path: ['thumb_cmc', { landmark: 'thumb_cmc', toward: 'thumb', t: 0.3 }], width: 0.022 },
          ],
        },
        {
          kind: 'spillover',
          description: 'The whole thumb, front and back; the web between thumb and index on both sides; and the thumb pad.',
          shapes: [
            { shape: 'stroke', path: [{ landmark: 'thumb_cmc', toward: 'thumb', t: 0.3 }, 'thumb'], width: 0.022 },
            { shape: 'disc', center: 'thumb_volar', radius: 0.014 },
            { shape: 'disc', center: 'thumb_web_dorsal', radius: 0.016 },
            { shape: 'disc', center: 'thumb_web_palmar', radius: 0.016 },
            { shape: 'disc', center: 'thenar', radius: 0.018 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Strong, sustained pinch or grip: weeding by hand, writing with a ballpoint pen, sewing, painting.',
    'Texting, or holding a phone or tablet for long.',
    'Massage therapists\' thumb work.',
    'Carrying bags on the fingers.',
  ],
  perpetuatingFactors: ['A splinted wrist or thumb, or a fracture of the wrist or thumb.'],
  selfCare: {
    pressureRelease:
      'Pinch the web between the other hand\'s thumb (on the palm side) and index finger (on the back), and hold or stroke the tender spots. Keep the pressure firm and short; do not hold long, deep, hard pressure in the web.',
    stretch:
      'Palm down on a table, draw the thumb away from the index finger to open the web, then take it gently backward. Hold about 30 seconds. Do not stretch a thumb that feels loose or unstable after a fall.',
    other: ['Use fat-barrelled pens, a stylus or voice input instead of thumb texting, and tools that spread the load across the palm.'],
    cautions: [
      'Tenderness in the hollow at the base of the thumb on the back of the wrist after a fall: see a doctor today (possible scaphoid fracture).',
      'Sudden pain and looseness at the thumb knuckle after the thumb was forced outward (a skiing fall, for example): see a doctor (possible torn ligament).',
      'A flattened thumb pad or numbness at night in the thumb and fingers: see a clinician (carpal tunnel syndrome).',
      'A hot, swollen joint: see a doctor the same day.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['web'],
      near: ['radial artery'],
      caution:
        'The radial artery crosses the hollow at the base of the thumb on the back of the wrist and passes through the web between thumb and index into the palm. Short, firm pressure is fine; avoid long, deep, hard pressure in the web, and move off if you feel a pulse.',
    },
    {
      technique: 'pressure-release',
      near: ['radial artery'],
      caution:
        'The radial artery runs through the web into the palm: keep the pinch short and firm rather than long, deep and hard, and move off if you feel a pulse.',
    },
    {
      technique: 'stretch',
      near: ['thumb ligaments'],
      caution: 'Do not stretch a thumb that is unstable or swollen after a fall; see a clinician first.',
    },
  ],
  mistakenFor: [
    'Osteoarthritis of the joint at the base of the thumb',
    'De Quervain\'s tenosynovitis',
    'Trigger thumb',
    'Carpal tunnel syndrome',
    'C6 radiculopathy',
    'Scaphoid injury',
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-flexors-hand', 'niel-asher', 'westsubpainrelief-thumb', 'painalog-thumb'],
  notes: [
    'The pattern follows T&S 1999 Fig 39-1, read from the Chinese translation\'s figure scans (English p. 775); Niel-Asher describes the same area (the thumb around its knuckle, front and back, spreading to the web and the thumb pad). Not checked against the 2019 3rd edition.',
    'Niel-Asher notes that this pain is often taken for arthritis of the base of the thumb.',
    'A clumsy thumb, a weak pinch and difficulty writing, buttoning or sewing go with it.',
    'T&S discuss trigger thumb (a catching tendon sheath of the long thumb flexor) in the same chapter; only the title of their figure was seen.',
  ],
};

export default muscle;
