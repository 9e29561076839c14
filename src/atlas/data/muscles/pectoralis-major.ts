import type { MuscleData } from '../../muscleSchema';

/** Pectoralis major: a common muscular source of chest, breast and inner-arm pain that can imitate heart pain. */
const muscle: MuscleData = {
  id: 'pectoralis-major',
  name: 'Pectoralis major',
  synonyms: ['pec major', 'pectoral muscle', 'pecs'],
  region: 'chest',
  anatomy: {
    origin:
      'Clavicular head: medial half of the anterior surface of the clavicle. Sternocostal head: anterior surface of the sternum and the costal cartilages of ribs 1-6. Abdominal part: aponeurosis of the external oblique.',
    insertion: 'Lateral lip of the intertubercular (bicipital) groove of the humerus.',
    innervation: 'Lateral pectoral nerve (C5-C7) and medial pectoral nerve (C8-T1).',
    actions: [
      'Adducts and medially rotates the humerus.',
      'Clavicular fibres flex the shoulder.',
      'Sternal fibres extend the arm from a flexed position.',
      'Depresses the shoulder girdle through its pull on the humerus.',
      'Assists inspiration when the arms are fixed.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'clavicular',
      prevalence: 'common',
      prevalenceNote: 'The sources give no figure for how often each section of the muscle holds trigger points; counted as common.',
      name: 'Clavicular section',
      location: { landmark: 'clavicle_mid', toward: 'chest', t: 0.3, offset: [0.01, 0, 0] },
      landmarks: ['clavicle_mid', 'chest', 'shoulder_front'],
      description: 'In the upper fibres of the muscle, just below the collarbone.',
      palpation:
        'Lying on your back with the arm slightly out to the side, feel just under the middle of the collarbone for a tender, tight strand running out toward the shoulder.',
      zones: [
        {
          kind: 'essential',
          description: 'The front of the shoulder (over the front of the deltoid) and the skin over the upper fibres themselves, below the collarbone.',
          shapes: [
            { shape: 'disc', center: 'shoulder_front', radius: 0.05 },
            {
              shape: 'stroke',
              path: [{ landmark: 'clavicle_mid', toward: 'chest', t: 0.3 }, 'shoulder_front'],
              width: 0.05,
            },
            // The clavicular fibres start at the inner half of the collarbone: the local pain covers them too.
            {
              shape: 'stroke',
              path: [
                { landmark: 'suprasternale', toward: 'clavicle_mid', t: 0.35, offset: [0, -0.015, 0] },
                { landmark: 'clavicle_mid', offset: [0, -0.015, 0] },
                { landmark: 'clavicle_mid', toward: 'chest', t: 0.3 },
              ],
              width: 0.04,
            },
          ],
        },
      ],
    },
    {
      id: 'sternal-intermediate',
      prevalence: 'common',
      prevalenceNote: 'The sources give no figure for how often each section of the muscle holds trigger points; counted as common.',
      name: 'Sternal section (mid-belly)',
      location: { landmark: 'chest', toward: 'thelion', t: 0.3 },
      landmarks: ['chest', 'thelion'],
      description: 'In the middle of the sternal (lower, larger) part of the muscle, above the nipple.',
      palpation:
        'Take the fold of muscle at the front of the armpit between thumb and fingers, or press flat over the middle of the chest muscle, feeling for a tight band that refers pain into the chest or arm.',
      zones: [
        {
          kind: 'essential',
          description: 'The front of the chest on the same side and down the inner side of the upper arm to the inner elbow (medial epicondyle).',
          shapes: [
            { shape: 'disc', center: { landmark: 'chest', toward: 'thelion', t: 0.4 }, radius: 0.08 },
            {
              shape: 'stroke',
              path: [
                { landmark: 'thelion', toward: 'shoulder_front', t: 0.5 },
                { landmark: 'shoulder_front', toward: 'medial_epicondyle', t: 0.5, offset: [-0.03, 0, -0.02] },
                'medial_epicondyle',
              ],
              width: 0.05,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'When the trigger point is very irritable: the little-finger side of the forearm and the ring and little fingers.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                'medial_epicondyle',
                { landmark: 'medial_epicondyle', toward: 'little_finger', t: 0.5 },
                'little_finger',
              ],
              width: 0.045,
            },
          ],
        },
      ],
    },
    {
      id: 'parasternal',
      prevalence: 'common',
      prevalenceNote: 'The sources give no figure for how often each section of the muscle holds trigger points; counted as common.',
      name: 'Parasternal',
      location: { landmark: 'suprasternale', toward: 'xiphoid', t: 0.5, offset: [0.025, 0, 0] },
      landmarks: ['suprasternale', 'xiphoid', 'chest'],
      description: 'Where the muscle attaches along the edge of the breastbone.',
      palpation: 'Press with a fingertip along the edge of the breastbone, between the rib joints, for a spot that is sharply tender.',
      zones: [
        {
          kind: 'essential',
          description: 'Over the breastbone.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'suprasternale', toward: 'xiphoid', t: 0.15 }, 'xiphoid'],
              width: 0.05,
            },
          ],
        },
      ],
    },
    {
      id: 'costal-lateral',
      prevalence: 'common',
      prevalenceNote: 'The sources give no figure for how often each section of the muscle holds trigger points; counted as common.',
      name: 'Lateral free border',
      location: { landmark: 'thelion', toward: 'shoulder_front', t: 0.5, offset: [0.03, 0, 0] },
      landmarks: ['thelion', 'shoulder_front', 'chest'],
      description: 'In the lower outer edge of the muscle, which forms the front fold of the armpit.',
      palpation:
        'Pinch the thick fold at the front of the armpit between thumb and fingers and roll it, working from the armpit toward the chest.',
      zones: [
        {
          kind: 'essential',
          description: 'The breast, with an over-sensitive nipple; clothing rubbing on it can be hard to bear.',
          shapes: [{ shape: 'disc', center: 'thelion', radius: 0.07 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'Heavy lifting or pushing in front of the body (bench press, carrying boxes).',
    'Keeping the arm drawn in against the body for long periods (arm in a sling, arms crossed).',
    'Breast surgery.',
    'A heart attack: trigger points can develop afterwards in the chest muscles.',
  ],
  perpetuatingFactors: [
    'Slumped, round-shouldered posture.',
    'Anxiety.',
    'Long periods with the arm held close to the body.',
  ],
  selfCare: {
    pressureRelease:
      'Pinch the front fold of the armpit between thumb and fingers, or lean a ball into the chest muscle against a door frame or wall. Press until you meet firm resistance, hold until the tissue softens, then follow it a little deeper.',
    stretch:
      'Doorway stretch: forearm on the door frame, step through until you feel a stretch across the chest. Change the arm height to reach different fibres: low for the collarbone fibres, shoulder height for the middle fibres, high for the lower outer fibres.',
    other: [
      'Sit and stand tall rather than slumped with rounded shoulders.',
      'Avoid long spells with the arms crossed or held tight against the body.',
    ],
    cautions: [
      'New chest pain, especially with breathlessness, sweating, nausea, or pain spreading into the jaw or arm, needs emergency care first: call emergency services. Heart causes must be ruled out before chest pain is treated as muscle pain.',
      'Chest pain that comes on with exertion and eases with rest should be checked by a doctor even if it seems muscular.',
      'A new breast lump, nipple discharge or a change in the skin of the breast needs a medical check.',
      'Numbness, tingling or weakness in the arm or hand should be assessed by a clinician.',
      'Do not press on the chest after recent surgery or a heart attack without your clinician\'s approval.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['clavicular'],
      near: ['brachial plexus', 'subclavian and axillary vessels', 'pacemaker or port under the collarbone'],
      caution:
        'Feel only the muscle just under the middle of the collarbone. Do not press deep into the hollow under the outer part of the collarbone, beside the bony knob at the front of the shoulder, where the nerves and the main vessels to the arm pass; ease off if the arm tingles or goes numb. Never press over a pacemaker, defibrillator or port under the skin.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['sternal-intermediate', 'costal-lateral'],
      near: ['breast tissue', 'axillary artery', 'brachial plexus'],
      caution:
        'Take hold of the muscle fold at the front of the armpit only, not deep into the hollow of the armpit, where the artery and nerves to the arm run. Press on the muscle above and beside the breast, not into breast tissue. A lump in the breast or the armpit should be checked by a doctor, not massaged.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['parasternal'],
      near: ['heart (behind the breastbone)', 'rib joints at the breastbone'],
      caution:
        'Use gentle fingertip pressure only. A spot that hurts when pressed does not rule out a heart problem: chest pain that is new, comes on with exertion, or comes with breathlessness, sweating or nausea needs a doctor first. Do not press here after heart or chest surgery through the breastbone without your clinician\'s approval.',
    },
    {
      technique: 'pressure-release',
      near: ['breast tissue', 'ribs', 'pacemaker or port under the collarbone', 'axillary artery', 'brachial plexus'],
      caution:
        'Lean gently into the ball over the muscle below the collarbone and toward the armpit fold: not on breast tissue or a breast implant, not over a pacemaker, defibrillator or port, and not deep into the armpit. Do not lean hard on the ribs if you have osteoporosis or a recent rib injury. Stop for sharp pain, pain on breathing in, or tingling down the arm.',
    },
    {
      technique: 'stretch',
      near: ['brachial plexus', 'axillary artery'],
      caution:
        'With the arm held high, the doorway stretch also pulls on the nerves and the artery to the arm. If the arm tingles, goes numb, or turns pale or cold, lower it and ease off. If the shoulder has ever dislocated, ask your clinician before doing the high-arm version.',
    },
  ],
  mistakenFor: [
    'Angina or heart attack (cardiac causes must be excluded first)',
    'Costochondritis',
    'Breast disease',
    'Bicipital tendinitis',
    'Medial epicondylitis (golfer\'s elbow)',
    'C7-C8 radiculopathy',
    'Thoracic outlet syndrome',
    'Ulnar neuropathy',
  ],
  sources: ['ts-1999', 'namtpt', 'niel-asher', 'aberdeen-chiropractic'],
  notes: [
    'Left-sided pectoralis major trigger points can imitate angina or a heart attack; the reverse also happens, with trigger points developing after a heart attack (a viscerosomatic effect).',
    'Travell & Simons describe an "arrhythmia" trigger point on the right side only, in the space between the 5th and 6th ribs, roughly halfway between the edge of the breastbone and the nipple line. It is associated with extra heartbeats rather than pain, so it is not drawn (the atlas mirrors every muscle to the left, where this point does not apply).',
    'The sources summarised give the sternal pattern without separate layers; the forearm and ring/little-finger part, described as appearing when the pain is intense, is drawn as spillover.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
