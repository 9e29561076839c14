import type { Anchor, LandmarkRef, MuscleData, ReferralZone, TriggerPointData } from '../../muscleSchema';

/** Travell & Simons draw one pattern for all the teres major trigger points (Fig. 25-1). */
const ZONES: ReferralZone[] = [
  {
    kind: 'essential',
    description: 'The back of the shoulder over the back of the deltoid, and the upper back of the arm over the long head of triceps.',
    shapes: [
      { shape: 'disc', center: 'shoulder_back', radius: 0.045 },
      { shape: 'stroke', path: ['shoulder_back', 'arm_posterior'], width: 0.045 },
    ],
  },
  {
    kind: 'spillover',
    description: 'Deep in the back of the shoulder joint, and the back of the forearm, usually skipping the elbow.',
    shapes: [
      {
        shape: 'stroke',
        path: [
          { landmark: 'olecranon', toward: 'forearm_dorsal_mid', t: 0.35 },
          'forearm_dorsal_mid',
          { landmark: 'forearm_dorsal_mid', toward: 'wrist_dorsal', t: 0.5 },
        ],
        width: 0.045,
      },
    ],
  },
];

const PREVALENCE_NOTE =
  'Common: in 72 people with chronic one-sided shoulder pain, teres major was the muscle most often holding latent trigger points (49%, Bron 2011; figure recalled, not re-read). No figure for active ones was found (in 18 wheelchair basketball players with shoulder pain: none active, 2 latent, PMC7351965).';

const PALPATION_ARMPIT =
  ' Hold the fold of the armpit itself, behind the armpit; do not push up into the hollow of the armpit.';

function teresPoint(p: { id: string; name: string; location: Anchor; landmarks: LandmarkRef[]; description: string; palpation: string }): TriggerPointData {
  return { ...p, prevalence: 'common', prevalenceNote: PREVALENCE_NOTE, zones: ZONES };
}

/** Teres major: "latissimus's little helper", aching at the back of the shoulder and down the back of the arm. */
const muscle: MuscleData = {
  id: 'teres-major',
  name: 'Teres major',
  synonyms: ['teres major muscle', "lat's little helper"],
  region: 'shoulder',
  anatomy: {
    origin: 'Back surface of the lower tip and the lower third of the outer edge of the shoulder blade.',
    insertion: 'Inner lip of the bicipital (intertubercular) groove of the humerus, behind the latissimus tendon.',
    innervation: 'Lower subscapular nerve (C5-C6; some texts add C7).',
    actions: ['Turns the arm inward, brings it toward the body and takes it backward, mainly against resistance.'],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    teresPoint({
      id: 'central',
      name: 'Central TrP',
      location: { landmark: 'posterior_axillary_fold', offset: [0, 0.015, 0] },
      landmarks: ['posterior_axillary_fold', 'scapula_inferior_angle', 'shoulder_back'],
      description:
        'In the middle of the muscle in the back fold of the armpit, about halfway between the lower tip of the shoulder blade and the back of the upper arm, just above and deeper than the upper latissimus trigger point.',
      palpation:
        'Lying face down or on your back with the arm out to the side at shoulder height and turned outward, take the back fold of the armpit between thumb and fingers: teres major is the deeper, higher band running along the outer edge of the shoulder blade.' +
        PALPATION_ARMPIT,
    }),
    teresPoint({
      id: 'medial',
      name: 'Medial (shoulder-blade end) TrP',
      location: { landmark: 'scapula_inferior_angle', toward: 'posterior_axillary_fold', t: 0.3 },
      landmarks: ['scapula_inferior_angle', 'posterior_axillary_fold'],
      description: 'Where the muscle joins its tendon at the shoulder blade: on the outer edge of the shoulder blade, just above and outside its lower tip.',
      palpation: 'Press flat against the shoulder blade along its outer edge, just above its lower tip, feeling for a tender band.',
    }),
    teresPoint({
      id: 'lateral',
      name: 'Lateral (arm end) TrP',
      location: { landmark: 'shoulder_back', toward: 'posterior_axillary_fold', t: 0.45 },
      landmarks: ['shoulder_back', 'posterior_axillary_fold'],
      description: 'Where the muscle joins its tendon near the arm: high in the back fold of the armpit, a few centimetres below the back of the shoulder.',
      palpation: 'Pinch the top of the back fold of the armpit, close to the arm, between thumb and fingers.' + PALPATION_ARMPIT,
    }),
  ],
  activatingFactors: [
    'Steering a heavy vehicle without power steering.',
    'Rowing; overhead pulleys and pull-downs; climbing ropes or trees.',
    'Opening large valve wheels; a tennis serve; throwing; chopping wood.',
    'Reaching behind the waist, for example to pull up trousers.',
  ],
  perpetuatingFactors: ['Reaching up and forward to a high shelf, or resting the elbows on a desk, for long periods.'],
  selfCare: {
    pressureRelease:
      'Lean against a wall on a ball placed just behind and below the armpit, on the outer edge of the shoulder blade, and hold on the tender spot; or pinch and knead the back fold of the armpit with the other hand. Stay on the shoulder blade and the fold, not in the hollow of the armpit.',
    stretch:
      'Raise the arm close to the ear, bend the elbow and pull the elbow behind the head with the other hand while bending the trunk away from the sore side; or lean the raised arm into a wall. After a recent dislocation or with an unstable shoulder, do not force the arm up and outward: ask a clinician first.',
    other: ['Break up overhead pulling and reaching up to high shelves.'],
    cautions: [
      'Shoulder or arm pain on effort, with chest pressure, breathlessness or sweating: call emergency services (heart).',
      'Pain after a fall or injury, or a hot, swollen shoulder: see a doctor.',
      'Night pain with unexplained weight loss: see a doctor.',
      'A shoulder that has dislocated recently or feels unstable: see a clinician before stretching it.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['central', 'lateral'],
      near: ['axillary artery', 'axillary vein', 'brachial plexus'],
      caution:
        'Pinch the back fold only. The axillary vessels and the nerves to the arm lie in the hollow of the armpit: if you feel a pulse or tingling runs down the arm, let go and move back onto the fold.',
    },
    {
      technique: 'pressure-release',
      near: ['axillary artery', 'axillary vein', 'brachial plexus'],
      caution:
        'Place the ball on the outer edge of the shoulder blade, behind the armpit, never in the hollow of the armpit where the axillary vessels and nerves run; stop if tingling runs down the arm.',
    },
    {
      technique: 'stretch',
      near: ['shoulder joint capsule'],
      caution:
        'After a recent dislocation, or with a shoulder that slips, do not force the raised arm backward and outward; ask a clinician first.',
    },
  ],
  mistakenFor: [
    'Subacromial or subdeltoid bursitis',
    'Supraspinatus tendinitis',
    'C5-C7 radiculopathy',
    'Thoracic outlet syndrome',
    'Glenohumeral subluxation',
    'Frozen shoulder',
    'Polymyalgia rheumatica or polymyositis',
    'Osteoarthritis or rheumatoid arthritis',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-shoulder-arm-back',
    'webmanmed-shoulder-arm',
    'triggerpointselfhelp-shoulder-arm',
    'pressurepointer-shoulder-arm',
    'painalog-shoulder-arm',
    'bron-2011',
    'pmc7351965',
  ],
  notes: [
    'The pain comes mostly on movement (reaching up and forward, reaching to a high shelf, leaning on the elbows) and is mild at rest. Reaching overhead is slightly limited, but the shoulder is not frozen.',
    'Travell & Simons show a central trigger point and trigger-point zones at each end of the muscle, all with one pattern (Fig. 25-1, read in a translated copy); the three share it here.',
    'The same pattern (back of the shoulder, upper back of the arm, back of the forearm) is also given for triceps trigger point 1; triceps also sends pain up to the base of the neck.',
    'Page numbers of the chapter differ between secondary sources (pp. 587-595 versus p. 604) and were not checked.',
    'Patterns follow the 1999 edition of Travell & Simons and secondary summaries; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
