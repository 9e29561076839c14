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
      prevalenceNote: 'The only trigger point the sources give for this muscle (reference section 24).',
      name: 'TrP (upper third)',
      location: { landmark: 'shin', toward: 'patella', t: 0.3, offset: [0.02, 0, 0] },
      landmarks: ['shin', 'patella', 'fibular_head'],
      description:
        'High in the muscle belly, beside the sharp front edge of the shinbone on its outer side, roughly a third of the way down from the knee toward the ankle.',
      palpation:
        'Sitting with the foot flat, run a thumb down the muscle just outside the sharp edge of the shinbone, starting a hand-width below the knee; the trigger point is a tender, tight spot about a third of the way down from the knee.',
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
              // Still a narrow strip; on the leg's coarse mesh (edges 3-6 cm) 3 cm caught one column of vertices.
              width: 0.04,
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
      'Press with a thumb, a knuckle or a ball along the muscle just outside the shinbone, from a hand-width below the knee down, holding on tender spots until they ease. Firm pressure, not crushing; keep off the top of the foot.',
    stretch:
      'The stretch is the opposite of what the muscle does (it lifts the foot and turns the sole inward): point the foot down and turn the sole outward, away from the other foot. Kneeling: sit back on your heels with the tops of the feet flat on the floor, so the feet are pointed, and let the soles turn slightly outward, away from each other. If kneeling hurts your knees, after a knee replacement, or with poor balance, do it sitting instead: hold the foot, point it down and turn the sole outward, away from the other foot, for about 30 seconds.',
    other: ['Wear shoes that fit well.'],
    cautions: [
      'Swelling, redness or warmth of the calf or leg (possible deep-vein thrombosis) needs urgent medical care.',
      'Weakness lifting the foot, a foot that drags or slaps (foot drop), or numbness needs prompt assessment by a clinician.',
      'Severe, tight, swollen pain in the front of the shin during or after exercise or an injury (possible compartment syndrome) is an emergency.',
      'Pain after a fall or injury, or a hot, red, swollen big-toe joint, needs a medical check.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['deep fibular nerve', 'anterior tibial artery', 'common fibular nerve'],
      caution:
        'A nerve and an artery run deep in this front compartment, and the common fibular nerve winds around the fibula just below its bony knob on the outer side of the knee: start a hand-width below the knee. Stop if tingling or numbness runs onto the top of the foot. A tense, swollen, very painful front of the shin after exercise or an injury is an emergency (compartment syndrome): do not press or massage it.',
    },
    {
      technique: 'pressure-release',
      near: ['deep fibular nerve', 'anterior tibial artery', 'dorsalis pedis artery'],
      caution:
        'Firm, not crushing, pressure beside the shinbone only; no hard pressure on the top of the foot, where the foot pulse and a nerve lie between the tendons. Stop if tingling runs onto the top of the foot. Do not work a tense, swollen, very painful shin (possible compartment syndrome: emergency). No ball pressure on blood thinners or over varicose veins; with diabetic nerve damage, light pressure only and check the skin afterwards.',
    },
  ],
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
    'Sources: T&S Vol. 2 as summarised on Davies\'s workbook site and Niel-Asher\'s page, per reference section 24; the cautions for the front compartment follow the checked notes for the neighbouring toe extensors (reference more/leg-foot.md).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
