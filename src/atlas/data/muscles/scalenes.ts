import type { MuscleData } from '../../muscleSchema';

/** Scalenes: a common, often missed source of chest, shoulder-blade, arm and thumb pain that mimics nerve-root and heart pain. */
const muscle: MuscleData = {
  id: 'scalenes',
  name: 'Scalenes',
  synonyms: [
    'scalene muscles',
    'scalenus anterior',
    'scalenus medius',
    'scalenus posterior',
    'scalenus minimus',
    'anterior scalene',
    'middle scalene',
    'posterior scalene',
  ],
  region: 'neck',
  anatomy: {
    origin:
      'Anterior: anterior tubercles of the C3-C6 transverse processes. Middle: posterior tubercles of C2-C7. Posterior: posterior tubercles of C4/C5-C6. Minimus (inconstant): C7 transverse process.',
    insertion:
      'Anterior: scalene tubercle on the inner border of the 1st rib. Middle: upper surface of the 1st rib behind the subclavian groove. Posterior: outer surface of the 2nd rib. Minimus: 1st rib and pleural dome.',
    innervation: 'Ventral rami of C3-C8 (segmental).',
    actions: [
      'Elevate the 1st and 2nd ribs (accessory muscles of inspiration).',
      'Side-bend the neck.',
      'Anterior scalene assists neck flexion.',
      'Stabilise the neck.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'main',
      prevalence: 'common',
      prevalenceNote:
        'The scalenes were the second most often involved muscle (34.9%) in chronic neck pain with a normal MRI (Ezzati 2021), and T&S count them among the commonest causes of pain at the inner edge of the shoulder blade.',
      name: 'Anterior, middle and posterior scalene TrPs',
      location: { landmark: 'clavicle_mid', toward: 'mastoid', t: 0.2, offset: [-0.015, 0, 0] },
      landmarks: ['clavicle_mid', 'neck_base', 'suprasternale'],
      description:
        'Low in the side of the neck, just above the collarbone in the triangle between the sternocleidomastoid and the trapezius: anterior scalene behind the collarbone head of the sternocleidomastoid, middle scalene behind and outside it in front of the levator scapulae, posterior scalene deeper and further back.',
      palpation:
        'Press gently and flat against the bony sides of the neck vertebrae, just above the collarbone behind the sternocleidomastoid. Go carefully: the nerves to the arm and the large blood vessels run between these muscles, so use light pressure only and never press down behind the collarbone.',
      zones: [
        {
          kind: 'essential',
          description:
            'The front of the chest, often as two finger-like strips toward the nipple; the upper inner edge of the shoulder blade and the area between the shoulder blades; the front and back of the upper arm, skipping the elbow; the thumb side of the forearm; the thumb and index finger. Same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'clavicle_mid', toward: 'thelion', t: 0.25 },
                { landmark: 'thelion', offset: [-0.01, 0.02, 0] },
              ],
              width: 0.03,
            },
            {
              shape: 'stroke',
              path: [
                { landmark: 'clavicle_mid', toward: 'thelion', t: 0.25, offset: [-0.03, 0, 0] },
                { landmark: 'thelion', offset: [-0.04, 0.02, 0] },
              ],
              width: 0.03,
            },
            {
              shape: 'stroke',
              path: [
                'scapula_superior_angle',
                'scapula_spine_root',
                { landmark: 'scapula_spine_root', toward: 'scapula_inferior_angle', t: 0.35 },
              ],
              width: 0.045,
            },
            // The front of the upper arm over the biceps, below the front of the shoulder (which is spillover).
            {
              shape: 'stroke',
              path: [
                { landmark: 'shoulder_front', toward: 'medial_epicondyle', t: 0.3 },
                { landmark: 'medial_epicondyle', toward: 'lateral_epicondyle', t: 0.5, offset: [0, 0.06, 0.03] },
              ],
              width: 0.045,
            },
            // The back of the upper arm over the triceps, below the back of the shoulder (which the
            // sources give to other muscles, not to the scalenes).
            {
              shape: 'stroke',
              path: [{ landmark: 'shoulder_back', toward: 'olecranon', t: 0.3 }, { landmark: 'olecranon', offset: [0, 0.07, 0] }],
              width: 0.045,
            },
            {
              shape: 'stroke',
              path: [{ landmark: 'lateral_epicondyle', toward: 'radial_styloid', t: 0.25 }, 'radial_styloid'],
              width: 0.035,
            },
            { shape: 'stroke', path: ['radial_styloid', 'thumb'], width: 0.022 },
            // The index finger, from its knuckle to its tip (the second wave's hand landmarks).
            {
              shape: 'stroke',
              path: ['knuckle_index', 'index_finger'],
              width: 0.018,
              feather: 0.014,
            },
          ],
          uncertain:
            'The reference lists these areas without saying which are felt by nearly everyone and which only by some; apart from the front of the shoulder (see the wider zone) they are drawn as the main zone.',
        },
        {
          kind: 'spillover',
          description: 'The front of the shoulder, above the front of the upper arm.',
          shapes: [
            {
              shape: 'stroke',
              path: ['shoulder_front', { landmark: 'shoulder_front', toward: 'medial_epicondyle', t: 0.3 }],
              width: 0.045,
            },
          ],
          uncertain:
            'Drawn as spillover because the reference\'s cross-muscle notes list the scalenes as a spillover source of front-of-shoulder pain; the T&S figure was not checked.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Laboured or upper-chest breathing: asthma, COPD, a chronic cough, anxiety or over-breathing.',
    'Pulling, hauling and lifting (rowing, pulling ropes); carrying heavy loads at the sides; heavy backpacks.',
    'Working with the arms forward in a slumped, head-forward posture.',
    'Whiplash.',
    'Playing a wind instrument; swimming.',
  ],
  perpetuatingFactors: ['Sleeping with the head low.', 'A persisting upper-chest breathing pattern.'],
  selfCare: {
    pressureRelease:
      'Press or stroke gently with the fingertips just above the collarbone, between the sternocleidomastoid and the trapezius, with light pressure only. Stop if you feel tingling or pain shooting into the arm, or a pulse under the fingers.',
    stretch:
      'Anchor the hand of the sore side behind the back or under the buttock and bend the head sideways away; small changes in how far the head is turned or tipped back shift the stretch from one scalene to another. Go gently and never force the end of the movement, especially when tipping the head back. Stop at once, sit or lie down and do not repeat it if you feel dizzy or light-headed, see blurred or double vision, feel sick, get ringing in the ears, numbness of the face, or difficulty speaking or swallowing, or your legs give way (a drop attack), and seek medical advice the same day.',
    other: ['Practise relaxed breathing with the belly rather than the upper chest.'],
    cautions: [
      'Chest, arm or jaw pain with breathlessness, sweating, nausea or on exertion, especially on the left: call emergency services (heart pain must be ruled out).',
      'Numbness or tingling on the little-finger side of the hand, a weak grip or dropping things, or a swollen, blue or cold hand or fingers (compression of nerves or vessels in the neck).',
      'Arm pain with weakness or numbness after a neck injury.',
      'Pain with fever, unexplained weight loss or night pain.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['main'],
      near: ['brachial plexus', 'subclavian artery and vein', 'phrenic nerve', 'carotid artery'],
      caution:
        'The nerves to the arm (brachial plexus) and the subclavian artery and vein pass between and in front of these muscles just above the collarbone, and the nerve to the diaphragm lies on the front scalene. Use light, flat pressure against the bones of the neck; never dig down behind the collarbone or forward under the sternocleidomastoid (carotid artery). If you feel a pulse, or tingling, numbness or electric pain runs into the arm or hand, move off at once.',
    },
    {
      technique: 'pressure-release',
      near: ['brachial plexus', 'subclavian artery and vein'],
      caution:
        'Light fingertip pressure only, no balls, hooked tools or body weight on the side of the neck. Move off at once if you feel a pulse, or if the arm or hand tingles, goes numb, heavy, pale or cold.',
    },
    {
      technique: 'stretch',
      near: ['brachial plexus', 'vertebral and carotid arteries'],
      caution:
        'Bending the head away with the hand anchored also stretches the nerves to the arm: ease off if the arm or hand tingles or goes numb. Tipping the head back and turning it strains the neck arteries: go gently, and stop at once, sit or lie down, do not repeat it and seek medical advice the same day if you feel dizzy or light-headed, see blurred or double vision, feel sick, get ringing in the ears, numbness of the face, or difficulty speaking or swallowing, or your legs give way (a drop attack).',
    },
  ],
  mistakenFor: [
    'C5-C7 radiculopathy',
    'Carpal tunnel syndrome',
    'Thoracic outlet syndrome',
    'Angina (left side)',
    'Shoulder bursitis or tendinitis',
    'Rhomboid strain (pain between the shoulder blades)',
    'De Quervain tenosynovitis',
  ],
  sources: ['ts-1983', 'ts-1999', 'medlink', 'davies-2013', 'ezzati-2021', 'quintner-1994'],
  notes: [
    'Travell & Simons single out the scalenes as one of the most frequent sources of pain along the inner edge of the shoulder blade.',
    'T&S describe a "scalene cramp test" and a "scalene relief test" to help with diagnosis.',
    'Separate from the referred pain: pressure on the lower trunk of the brachial plexus gives tingling on the little-finger side and dropping of objects, and pressure on the subclavian vein gives swelling of the hand and fingers.',
    'In chronic neck pain with a normal MRI (n = 126), 88.9% had at least one trigger point; the scalenes were the second most often involved muscle (34.9%) after infraspinatus (Ezzati 2021).',
    'A critical view: Quintner and Cohen proposed that much of what is called myofascial referred pain could instead come from irritated peripheral nerves (Quintner 1994).',
    'Layers: the reference lists the scalene pattern without layers except that its cross-muscle notes put the scalenes\' front-of-shoulder pain in the spillover layer (after infraspinatus, whose essential zone it is); that part is drawn as spillover, and the rest of the pattern (chest, inner edge of the shoulder blade, front and back of the upper arm, thumb side of the forearm, thumb and index finger) as the main zone, marked uncertain.',
    'Scalenus minimus is left out of the drawn zones: the small, inconstant muscle\'s pattern (the outer upper arm and the thumb side of the back of the hand) rests on one weak secondary source in the reference, marked unsure, and has not been checked against T&S. Pain over the outer upper arm alone therefore does not point to the scalenes.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
