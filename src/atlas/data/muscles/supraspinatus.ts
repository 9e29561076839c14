import type { MuscleData } from '../../muscleSchema';

/** Supraspinatus: a frequent trigger-point muscle in shoulder impingement, with a deep ache in the outer shoulder. */
const muscle: MuscleData = {
  id: 'supraspinatus',
  name: 'Supraspinatus',
  synonyms: ['supraspinatus muscle', 'rotator cuff (supraspinatus)'],
  region: 'shoulder',
  anatomy: {
    origin: 'Medial two-thirds of the supraspinous fossa of the scapula.',
    insertion: 'Superior facet of the greater tubercle of the humerus.',
    innervation: 'Suprascapular nerve (C5-C6).',
    actions: [
      'Assists abduction of the arm, with the deltoid.',
      'Holds the humeral head up against downward displacement.',
      'Slight external rotation.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'medial',
      prevalence: 'common',
      prevalenceNote: 'The sources describe a medial and a lateral trigger point without saying which is found more often; both are counted as common.',
      name: 'Medial TrP',
      location: { landmark: 'scapula_spine_root', toward: 'acromion', t: 0.2, offset: [0, 0.02, 0] },
      landmarks: ['scapula_spine_root', 'scapula_superior_angle'],
      description:
        'Deep in the hollow above the bony ridge (spine) of the shoulder blade, near its inner end, under the trapezius.',
      palpation:
        'On the back of the shoulder, press firmly down into the shallow hollow just above the inner end of the bony ridge of the shoulder blade, through the overlying trapezius. Stay behind the top of the shoulder, not in the hollow above the collarbone in front of it.',
      zones: [
        {
          kind: 'essential',
          description: 'A deep ache in the outer shoulder, over the middle of the deltoid.',
          shapes: [{ shape: 'disc', center: { landmark: 'acromion', toward: 'deltoid', t: 0.45 }, radius: 0.055 }],
        },
        {
          kind: 'spillover',
          description: 'Down the outer side of the arm and forearm, often gathering at the outer elbow (lateral epicondyle).',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'acromion', toward: 'deltoid', t: 0.45 }, 'deltoid', 'lateral_epicondyle'],
              width: 0.04,
            },
            { shape: 'disc', center: 'lateral_epicondyle', radius: 0.03 },
            {
              shape: 'stroke',
              path: ['lateral_epicondyle', { landmark: 'lateral_epicondyle', toward: 'radial_styloid', t: 0.5 }],
              width: 0.03,
            },
          ],
        },
      ],
    },
    {
      id: 'lateral',
      prevalence: 'common',
      prevalenceNote: 'The sources describe a medial and a lateral trigger point without saying which is found more often; both are counted as common.',
      name: 'Lateral TrP',
      location: { landmark: 'scapula_spine_root', toward: 'acromion', t: 0.65, offset: [0, 0.02, 0] },
      landmarks: ['acromion', 'scapula_spine_root'],
      description: 'In the belly of the muscle nearer the tip of the shoulder (acromion), above the bony ridge of the shoulder blade.',
      palpation: 'On the back of the shoulder, press into the shallow hollow above the bony ridge of the shoulder blade, a few centimetres inward from the tip of the shoulder. Stay behind the top of the shoulder, not in the hollow above the collarbone in front of it.',
      zones: [
        {
          kind: 'essential',
          description: 'A deep ache in the outer shoulder, over the middle of the deltoid.',
          shapes: [{ shape: 'disc', center: { landmark: 'acromion', toward: 'deltoid', t: 0.45 }, radius: 0.055 }],
        },
        {
          kind: 'spillover',
          description: 'Down the outer side of the arm and forearm, often gathering at the outer elbow (lateral epicondyle).',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'acromion', toward: 'deltoid', t: 0.45 }, 'deltoid', 'lateral_epicondyle'],
              width: 0.04,
            },
            { shape: 'disc', center: 'lateral_epicondyle', radius: 0.03 },
            {
              shape: 'stroke',
              path: ['lateral_epicondyle', { landmark: 'lateral_epicondyle', toward: 'radial_styloid', t: 0.5 }],
              width: 0.03,
            },
          ],
        },
      ],
      uncertain: 'The sources give one pattern for the muscle; it is shown for both trigger points.',
    },
  ],
  activatingFactors: [
    'Carrying heavy objects with the arm hanging (a suitcase, a briefcase).',
    'Lifting with the arm stretched out above shoulder height.',
    'Being pulled by a dog on a lead.',
  ],
  perpetuatingFactors: ['Keeping the arm raised for long periods.'],
  selfCare: {
    pressureRelease:
      'Press with the fingers or a hooked massage tool into the hollow above the ridge of the shoulder blade, or lean into a ball in a corner of the room.',
    stretch: 'Bring the arm behind the back and across toward the other side (adduction with inward rotation).',
    other: ['Cut down on carrying heavy loads with the arm hanging and on lifting with the arm stretched out above shoulder height.'],
    cautions: [
      'Sudden inability to lift the arm after a fall or injury (a torn tendon or fracture must be ruled out).',
      'Shoulder or arm pain with chest pain, breathlessness or sweating: seek emergency care.',
      'Numbness, tingling or weakness in the arm or hand.',
      'A hot, swollen shoulder or pain with fever.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['medial', 'lateral'],
      near: ['brachial plexus', 'subclavian artery'],
      caution:
        'The hollow to press is above the ridge of the shoulder blade, on the back of the shoulder. Do not let the fingers slip forward over the top of the shoulder into the hollow just above the collarbone, where the nerves and the main artery to the arm pass. If you feel a pulse, or tingling or numbness runs into the arm, move back and ease off.',
    },
    {
      technique: 'pressure-release',
      near: ['brachial plexus', 'subclavian artery'],
      caution:
        'Keep the fingers or the hook on the back of the top of the shoulder, in the hollow above the ridge of the shoulder blade. Do not let them slide forward into the hollow just above the collarbone, where the nerves and the main artery to the arm pass. If the arm tingles or goes numb, or you feel a pulse under the tool, move back and ease off.',
    },
  ],
  mistakenFor: [
    'Subdeltoid bursitis',
    'Rotator cuff tendinitis or tear',
    'Subacromial impingement',
    'C5-C6 radiculopathy',
    'Lateral epicondylitis (tennis elbow)',
    'Cervical arthritis',
  ],
  sources: ['ts-1999', 'namtpt', 'aberdeen-chiropractic', 'hidalgo-lozano-2010', 'wolfe-1990'],
  notes: [
    'Tenderness over the greater tubercle, just below the acromion, is attachment tenderness of the tendon rather than a trigger point.',
    'The spillover pattern only rarely reaches the wrist; that part is not drawn.',
    'Patients may notice clicking in the shoulder and trouble combing the hair.',
    'Unilateral shoulder impingement (n = 12): active supraspinatus trigger points in 67%, the most prevalent of the muscles examined (Hidalgo-Lozano 2010).',
    'The medial trigger point lies close to the ACR 1990 "supraspinatus" fibromyalgia tender point, above the scapular spine near its inner edge (Wolfe 1990); a tender point is not the same as a trigger point.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
