import type { MuscleData } from '../../muscleSchema';

/** Tibialis anterior: the shin muscle whose trigger point sends pain to the front of the ankle and the big toe. */
const muscle: MuscleData = {
  id: 'tibialis-anterior',
  name: 'Tibialis anterior',
  synonyms: ['anterior tibial muscle', 'shin muscle'],
  region: 'leg',
  anatomy: {
    origin: 'Lateral condyle and upper half of the lateral surface of the tibia, interosseous membrane and deep fascia.',
    insertion: 'Medial and plantar surfaces of the medial cuneiform and the base of the first metatarsal.',
    innervation: 'Deep fibular (peroneal) nerve (L4-L5, S1).',
    actions: [
      'Dorsiflexes and inverts the foot.',
      'Lowers the foot under control after the heel strikes the ground.',
      'Supports the inner arch of the foot.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      name: 'TrP (upper third)',
      location: { landmark: 'shin', toward: 'patella', t: 0.3, offset: [0.02, 0, 0] },
      landmarks: ['shin', 'patella', 'fibular_head'],
      description:
        'High in the muscle belly, beside the sharp front edge of the shinbone on its outer side, roughly a third of the way down from the knee toward the ankle.',
      palpation:
        'Sitting with the foot flat, run a thumb down the muscle just outside the sharp edge of the shinbone; the trigger point is a tender, tight spot about a third of the way down from the knee.',
      zones: [
        {
          kind: 'essential',
          description: 'The front and inner side of the ankle, and the big toe: its top and inner side along its whole length, including the joint at its base.',
          shapes: [
            { shape: 'disc', center: { landmark: 'medial_malleolus', toward: 'foot_dorsum', t: 0.4 }, radius: 0.035 },
            {
              shape: 'stroke',
              path: [{ landmark: 'foot_dorsum', toward: 'hallux', t: 0.45, offset: [-0.01, 0, 0] }, 'hallux'],
              width: 0.03,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'A narrow strip down the front and inner side of the shin, from the trigger point to the ankle.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'shin', toward: 'patella', t: 0.3 },
                { landmark: 'shin', offset: [-0.01, 0, 0] },
                { landmark: 'medial_malleolus', toward: 'foot_dorsum', t: 0.3 },
              ],
              width: 0.03,
            },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Trips, falls and ankle sprains.',
    'Stubbing the big toe.',
    'Downhill hiking or running.',
    'Overload.',
  ],
  perpetuatingFactors: [
    'Walking on uneven ground.',
    'Driving (working the pedals).',
    'Poorly fitting footwear.',
  ],
  selfCare: {
    pressureRelease:
      'Press with a thumb, a knuckle or a ball along the muscle just outside the shinbone, holding on tender spots until they ease.',
    stretch: 'Kneel and sit back on your heels with the tops of the feet flat on the floor, pointing the feet and letting them roll slightly outward.',
    other: ['Wear shoes that fit well.'],
    cautions: [
      'Swelling, redness or warmth of the calf or leg (possible deep-vein thrombosis) needs urgent medical care.',
      'Weakness lifting the foot, a foot that drags or slaps (foot drop), or numbness needs prompt assessment by a clinician.',
      'Severe, tight, swollen pain in the front of the shin during or after exercise or an injury (possible compartment syndrome) is an emergency.',
      'Pain after a fall or injury, or a hot, red, swollen big-toe joint, needs a medical check.',
    ],
  },
  techniqueCautions: [],
  mistakenFor: [
    'Gout, turf toe or arthritis of the big toe',
    'Anterior shin splints or anterior compartment syndrome',
    'L5 radiculopathy / lumbar disc disease',
    'Ankle arthritis',
    'Other causes of foot drop',
  ],
  sources: ['ts-1992', 'davies-2013', 'niel-asher'],
  notes: [
    'The pain is felt on the front of the leg and foot only.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
