import type { MuscleData } from '../../muscleSchema';

/** Opponens pollicis: the thumb-pad muscle that brings the thumb across to the fingers; refers to the palm side of the thumb and the wrist. */
const muscle: MuscleData = {
  id: 'opponens-pollicis',
  name: 'Opponens pollicis',
  synonyms: ['thumb opponens', 'thenar muscle', 'thumb muscles', 'weeder\'s thumb', 'texter\'s thumb'],
  aliases: ['opponens'],
  region: 'hand',
  anatomy: {
    origin: 'Flexor retinaculum and the tubercle of the trapezium.',
    insertion: 'The whole thumb-side border of the 1st metacarpal.',
    innervation: 'Recurrent branch of the median nerve (C8-T1; some texts add C6-C7).',
    actions: ['Opposes the thumb: brings its pad round to meet the fingertips.'],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The sources describe no crossed or two-sided pattern for any forearm or hand muscle.',
  },
  triggerPoints: [
    {
      id: 'thenar',
      prevalence: 'common',
      prevalenceNote: 'No prevalence figure for opponens pollicis trigger points was found; the sources give none, so it is counted as common.',
      name: 'Opponens pollicis TrP',
      location: { landmark: 'thenar', toward: 'wrist_volar_radial', t: 0.3 },
      landmarks: ['thenar', 'wrist_volar_radial', 'thumb_cmc'],
      description:
        'In the thumb pad, over the thumb side of the thumb\'s long bone (1st metacarpal), toward its wrist end; it lies under the short thumb abductor.',
      palpation:
        'Press flat into the thumb pad against the thumb\'s long bone, toward the wrist end, while bringing the thumb tip across to meet the little fingertip; feel for a tender, tight band under the surface muscle.',
      zones: [
        {
          kind: 'essential',
          description: 'The palm side of the thumb, and a spot at the thumb side of the front of the wrist.',
          shapes: [
            { shape: 'disc', center: 'thumb_volar', radius: 0.014 },
            { shape: 'disc', center: 'wrist_volar_radial', radius: 0.011 },
          ],
        },
        {
          kind: 'spillover',
          description: 'A small halo around both areas. No pain on the back of the hand.',
          shapes: [
            { shape: 'disc', center: 'thumb_volar', radius: 0.022 },
            { shape: 'disc', center: 'wrist_volar_radial', radius: 0.019 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Strong, sustained pinch or grip: weeding by hand ("weeder\'s thumb"), writing with a ballpoint pen, sewing, painting.',
    'Texting, gaming, or holding a phone or tablet for long ("texter\'s thumb").',
    'Massage therapists\' thumb work.',
  ],
  perpetuatingFactors: ['A splinted wrist or thumb, or a fracture of the wrist or thumb.'],
  selfCare: {
    pressureRelease:
      'Press the thumb pad with the other thumb and hold or stroke the tender spot, or press the pad onto a small ball on a table. Keep clear of the pulse at the thumb side of the front of the wrist.',
    stretch:
      'Take the thumb back and away from the palm with the other hand (backward and outward), and hold about 30 seconds. Do not stretch a thumb that feels loose or unstable after a fall.',
    other: ['Use fat-barrelled pens, a stylus or voice input instead of thumb texting, and tools that spread the load across the palm.'],
    cautions: [
      'A flattened thumb pad, a weak pinch or numbness at night in the thumb and fingers: see a clinician (carpal tunnel syndrome).',
      'Tenderness in the hollow at the base of the thumb on the back of the wrist after a fall: see a doctor today (possible scaphoid fracture).',
      'Sudden pain and looseness at the thumb knuckle after the thumb was forced outward: see a doctor (possible torn ligament).',
      'A hot, swollen joint: see a doctor the same day.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['thenar'],
      near: ['radial artery'],
      caution:
        'Stay on the thumb pad, below the wrist crease: the radial pulse lies just above it on the thumb side. Move off if you feel a pulse.',
    },
    {
      technique: 'pressure-release',
      near: ['radial artery', 'median nerve'],
      caution:
        'Work on the thumb pad itself. Do not press at the thumb side of the front of the wrist (radial pulse) or the middle of the wrist crease (median nerve at the carpal tunnel); move off if you feel a pulse or the fingers tingle.',
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
  ],
  sources: ['ts-1999', 'ts-1999-zh-forearm-flexors-hand', 'niel-asher', 'westsubpainrelief-thumb', 'painalog-thumb'],
  notes: [
    'The pattern follows T&S 1999 Fig 39-1, read from the Chinese translation\'s figure scans (English p. 775); Niel-Asher gives the same areas (the palm side of the wrist over the end of the radius, and the palm side of the thumb). Not checked against the 2019 3rd edition.',
    'Niel-Asher notes that the opponens itself may not hurt although it refers pain.',
    'A clumsy thumb, a weak pinch and difficulty writing, buttoning or sewing go with it.',
  ],
};

export default muscle;
