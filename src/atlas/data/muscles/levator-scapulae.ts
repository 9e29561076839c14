import type { MuscleData, ReferralZone } from '../../muscleSchema';

// T&S give one pattern for the whole muscle, so both trigger points share these zones.
const ESSENTIAL_ANGLE_OF_NECK: ReferralZone = {
  kind: 'essential',
  description:
    'The angle of the neck: where the back and side of the neck meet the shoulder, down to the upper inner corner of the shoulder blade, on the same side.',
  shapes: [
    { shape: 'disc', center: { landmark: 'neck_base', toward: 'cervicale', t: 0.25 }, radius: 0.04 },
    // The angle of the neck reaches down over the muscle's lower end, where the lower trigger point lies.
    {
      shape: 'stroke',
      path: [
        { landmark: 'neck_base', toward: 'cervicale', t: 0.25 },
        { landmark: 'scapula_superior_angle', offset: [0, 0.013, 0] },
        { landmark: 'scapula_superior_angle', offset: [0, -0.005, 0] },
      ],
      width: 0.04,
    },
  ],
  uncertain:
    'The sources give only the angle of the neck as the main zone and put the inner edge of the shoulder blade, its upper corner included, in the wider (spillover) zone. Running the main zone on down to the upper corner of the shoulder blade, over the lower trigger point just above that corner, is the atlas\'s own choice, not taken from a source or checked against the T&S figure; the rest of the inner edge and the back of the shoulder stay in the wider zone, as the sources give them.',
};

const SPILLOVER_SCAPULA_AND_SHOULDER: ReferralZone = {
  kind: 'spillover',
  description: 'Down the inner edge of the shoulder blade toward its lower tip, and across the back of the shoulder.',
  shapes: [
    {
      shape: 'stroke',
      path: [
        { landmark: 'scapula_superior_angle', offset: [-0.005, 0, 0] },
        { landmark: 'scapula_spine_root', offset: [-0.005, 0, 0] },
        { landmark: 'scapula_inferior_angle', offset: [-0.005, 0.01, 0] },
      ],
      width: 0.04,
    },
    { shape: 'disc', center: 'shoulder_back', radius: 0.045 },
  ],
};

/** Levator scapulae: a common muscular cause of a "stiff neck" that will not turn, with pain at the angle of the neck. */
const muscle: MuscleData = {
  id: 'levator-scapulae',
  name: 'Levator scapulae',
  synonyms: ['levator scapula', 'levator'],
  region: 'neck',
  anatomy: {
    origin: 'Posterior tubercles of the transverse processes of C1-C4.',
    insertion:
      'Medial (vertebral) border of the scapula, from the superior angle down to the root of the scapular spine.',
    innervation: 'Dorsal scapular nerve (C5) and direct branches of C3-C4.',
    actions: [
      'Elevates the scapula and turns the glenoid downward.',
      'With the scapula fixed: rotates the neck toward the same side and side-bends it.',
      'Both sides together brake neck flexion (a check-rein).',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'upper',
      prevalence: 'common',
      prevalenceNote:
        'Active levator scapulae trigger points were found in 82% of people with chronic non-specific neck pain (Cerezo-Téllez 2016); the study does not separate the two trigger points.',
      name: 'Upper TrP',
      location: { landmark: 'neck_base', offset: [0, 0.01, 0.015] },
      landmarks: ['neck_base', 'scapula_superior_angle'],
      description:
        'In the corner formed by the side of the neck and the top of the shoulder (the angle of the neck), just where the muscle appears from beneath the front edge of the upper trapezius.',
      palpation:
        'Let the shoulder hang relaxed or draw it slightly down, then press with the fingertips at the angle of the neck, just in front of the upper edge of the trapezius, pressing back and inward toward the spine rather than down into the hollow above the collarbone.',
      zones: [
        ESSENTIAL_ANGLE_OF_NECK,
        SPILLOVER_SCAPULA_AND_SHOULDER,
      ],
    },
    {
      id: 'lower',
      prevalence: 'common',
      prevalenceNote:
        'As for the upper trigger point: 82% in chronic neck pain for the muscle as a whole (Cerezo-Téllez 2016), with no figure for each trigger point.',
      name: 'Lower TrP',
      location: { landmark: 'scapula_superior_angle', offset: [0, 0.013, 0] },
      landmarks: ['scapula_superior_angle', 'neck_base'],
      description:
        'About 1 to 1.5 cm (half an inch) above the upper inner corner of the shoulder blade (the superior angle), underneath the trapezius.',
      palpation:
        'Rest the fingers on the top of the shoulder blade and swing the arm: the upper corner of the blade bumps under the fingers. The trigger point is just above it. Tenderness right at the bony attachment is often strain where the taut band pulls on the bone, not the trigger point itself.',
      zones: [
        ESSENTIAL_ANGLE_OF_NECK,
        SPILLOVER_SCAPULA_AND_SHOULDER,
      ],
    },
  ],
  activatingFactors: [
    'Sleeping with the neck bent to the side, face down with the head turned, or falling asleep in a chair ("slept wrong").',
    'Cradling the phone; typing with the head turned to read papers beside the keyboard.',
    'Keeping the shoulders shrugged for long periods: driving with the hands high, a tense posture.',
    'Carrying a bag on one shoulder; crutches that are too tall.',
    'Whiplash; letting tired muscles get chilled; emotional stress.',
    'Onset after a cold or other upper respiratory viral illness (described by T&S; unverified).',
  ],
  perpetuatingFactors: [
    'Scoliosis or a difference in leg length.',
    'Upper arms that are short for the trunk, so the elbows find no support when sitting.',
  ],
  selfCare: {
    pressureRelease:
      'Lean a ball against a wall, or use a hooked massage tool, on the lower trigger point just above the upper corner of the shoulder blade; press with the fingertips at the angle of the neck for the upper one. Davies recommends short, repeated strokes over the spot rather than long, hard pressing. Keep the ball or the hook on the back of the shoulder, not over the top of it in the hollow above the collarbone.',
    stretch:
      'Sit and hold the chair seat with the hand on the sore side. Bend the head forward and turn it about 45 degrees away from the sore side, as if bringing the nose toward the opposite armpit, then add a gentle sideways bend away. Hold gently for 20 to 30 seconds, never at forced end range, and stop at once if you feel dizzy, see double or blurred vision, feel sick, or feel an electric-shock sensation down the spine or into the arms.',
    other: [
      'Use a headset instead of holding the phone with the shoulder; put reading material straight in front of you.',
      'Sleep with the neck level and supported, not twisted or bent sideways.',
      'The desk and bag advice for the upper trapezius applies here too.',
    ],
    cautions: [
      'Neck pain after a fall, a car accident or other trauma needs a medical check first.',
      'Pain, numbness, tingling or weakness running down the arm.',
      'A stiff neck with fever, headache or feeling very unwell.',
      'Neck or shoulder-blade pain that comes with chest pain or breathlessness.',
      'Pain that wakes you at night or comes with unexplained weight loss.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['upper'],
      near: ['brachial plexus', 'subclavian artery'],
      caution:
        'At the angle of the neck, press back and inward onto the muscle. In front of it, low in the side of the neck above the collarbone, run the nerves and the main artery to the arm: if you feel a pulse, or tingling or electric pain runs into the arm, move back.',
    },
    {
      technique: 'pressure-release',
      near: ['brachial plexus', 'subclavian artery'],
      caution:
        'Keep the ball or the hook of a massage tool on the back of the shoulder, just above the upper corner of the shoulder blade. Do not let the hook slip forward over the top of the shoulder into the hollow above the collarbone; move it if the arm tingles or goes numb.',
    },
    {
      technique: 'stretch',
      near: ['vertebral and carotid arteries', 'spinal cord'],
      caution:
        'This stretch combines bending the head forward, turning and side-bending it. Hold it gently, never forced. Stop at once, sit or lie down and seek medical advice the same day if you feel dizzy or light-headed, see blurred or double vision, feel sick, your face goes numb, you have difficulty speaking or swallowing, your legs give way, or bending forward sends an electric-shock feeling down the spine or into the arms or legs. Do not stretch the neck after a recent neck injury or if you have been told your neck is unstable.',
    },
  ],
  mistakenFor: [
    '"Stiff neck" or acute wry neck (torticollis)',
    'Cervical facet dysfunction',
    'Cervical radiculopathy',
    '"Levator scapulae syndrome" or scapulocostal syndrome (pain at the upper inner corner of the shoulder blade)',
    'Splenius cervicis trigger points (its lower trigger point refers to the same angle of the neck)',
    'Rotator cuff problems (back-of-shoulder spillover)',
  ],
  sources: [
    'ts-1983',
    'ts-1999',
    'medlink',
    'namtpt',
    'davies-2013',
    'cerezo-tellez-2016',
    'fernandez-de-las-penas-2007-man-ther',
    'fernandez-de-las-penas-2010-jbmt',
    'ifompt-2023-cervical',
  ],
  notes: [
    'Travell & Simons, and the summaries that follow them, do not count headache as part of this pattern, so the atlas draws no head zone for it. One study of women with chronic tension-type headache nevertheless found larger levator scapulae referral areas than SCM, masseter or superior oblique ones (Fernández-de-las-Peñas 2010, JBMT), so in sensitised patients the pain may reach further than drawn.',
    'The sources describe a single pattern for the whole muscle, so both trigger points share the same zones.',
    'Layers: the sources make the angle of the neck the main zone, and the inner edge of the shoulder blade and the back of the shoulder the wider (spillover) zone. The atlas also draws the upper corner of the shoulder blade, where the lower trigger point lies and where the muscle attaches, in the main zone; this is the atlas\'s own unsourced choice (see the zone note). Pain at that corner is also the complaint described as "levator scapulae syndrome" or scapulocostal syndrome, with which this pattern can be confused.',
    'The stretch stop rule follows the IFOMPT framework for the neck arteries and the reference notes for sustained neck flexion and rotation.',
    'Active levator scapulae trigger points were found in 82.14% of people with chronic non-specific neck pain (Cerezo-Téllez 2016).',
    'Comparing mechanical neck pain with pain-free controls, levator scapulae was the one muscle where trigger points were not clearly more frequent in the patients (Fernández-de-las-Peñas 2007, Man Ther): latent trigger points in this muscle are common in people with no pain at all.',
    'Patterns follow the 1983 and 1999 editions; they have not been checked against the updated figures of the 2019 3rd edition, which is therefore not cited.',
  ],
};

export default muscle;
