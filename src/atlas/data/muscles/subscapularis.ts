import type { MuscleData } from '../../muscleSchema';

/** Subscapularis: the rotator-cuff muscle on the underside of the shoulder blade, often a key to the painful, stiff "frozen" shoulder. */
const muscle: MuscleData = {
  id: 'subscapularis',
  name: 'Subscapularis',
  synonyms: ['subscap'],
  region: 'shoulder',
  anatomy: {
    origin: 'Subscapular fossa (the anterior, rib-facing surface of the scapula).',
    insertion: 'Lesser tubercle of the humerus and the front of the shoulder joint capsule.',
    innervation: 'Upper and lower subscapular nerves (C5-C6/C7).',
    actions: [
      'Medially rotates the humerus.',
      'Holds the head of the humerus down and stabilises it at the front of the joint.',
      'Adducts the arm.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'lateral',
      prevalence: 'common',
      prevalenceNote:
        'The trigger point the sources describe as the one found and treated; the higher one near the upper corner of the shoulder blade is barely reachable and is not drawn.',
      name: 'Lateral TrP',
      location: { landmark: 'scapula_inferior_angle', toward: 'shoulder_back', t: 0.5, offset: [0.02, 0, 0.02] },
      landmarks: ['shoulder_back', 'scapula_inferior_angle'],
      description:
        'On the front (rib-facing) surface of the shoulder blade near its outer edge, reached through the back fold of the armpit. A higher trigger point near the upper corner of the shoulder blade is barely reachable.',
      palpation:
        'Lying on your back with the arm out to the side and the shoulder blade drawn outward, grip the back fold of the armpit (the muscles at the back of the armpit) and slide the fingertips just in front of it to press onto the front surface of the shoulder blade, not inward onto the ribs of the chest wall.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the shoulder.',
          shapes: [{ shape: 'disc', center: 'shoulder_back', radius: 0.05 }],
        },
        {
          kind: 'spillover',
          description:
            'Inward over the shoulder blade, down the back of the arm to the elbow, and a band around the wrist, stronger on the back of the wrist than the front.',
          shapes: [
            { shape: 'disc', center: 'infraspinous_fossa', radius: 0.06 },
            { shape: 'stroke', path: ['shoulder_back', 'olecranon'], width: 0.05 },
            { shape: 'disc', center: 'radial_styloid', radius: 0.035 },
            { shape: 'disc', center: { landmark: 'little_finger', toward: 'olecranon', t: 0.37 }, radius: 0.035 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'Repeated overhead or throwing actions (pitching, front-crawl swimming).',
    'Sudden overload, such as catching yourself in a fall.',
    'Shoulder dislocation.',
  ],
  perpetuatingFactors: [
    'Keeping the arm turned inward and still for a long time (a sling).',
    'Hemiplegia after a stroke.',
    'Sleeping with the arm tucked in.',
  ],
  selfCare: {
    pressureRelease:
      'Lying on your back with the arm out to the side, work the fingertips of the other hand just in front of the back fold of the armpit and press them onto the front surface of the shoulder blade, not inward onto the chest wall. Hold on a tender spot until it eases.',
    stretch:
      'Raise the arm out to the side and turn it outward, for example in a doorway or with the arm overhead. Travell & Simons release it by gradually increasing that movement while cold spray or ice is applied over the side of the chest.',
    other: ['Avoid keeping the arm turned in and still for long periods.'],
    cautions: [
      'Pain after a fall or dislocation, or sudden inability to lift the arm, needs urgent medical care.',
      'A hot, swollen shoulder or fever needs a medical check.',
      'Numbness, tingling or weakness in the arm or hand needs assessment by a clinician.',
      'New chest or shoulder pain with breathlessness or sweating needs emergency care first.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['lateral'],
      near: ['axillary artery', 'brachial plexus'],
      caution:
        'Work only on the back wall of the armpit, pressing onto the front surface of the shoulder blade. Do not push up into the hollow of the armpit or onto its inner (chest) wall, where the main artery and the nerves to the arm run. If you feel a pulse under the fingers, or tingling, numbness or an electric feeling runs down the arm, move the fingers back and ease off.',
    },
    {
      technique: 'pressure-release',
      near: ['axillary artery', 'brachial plexus', 'lymph nodes of the armpit'],
      caution:
        'Press gently, only on the back wall of the armpit toward the shoulder blade, never up into the hollow of the armpit where the artery and nerves to the arm pass. Stop and move the fingers if you feel a pulse or if tingling or numbness runs down the arm. A new lump in the armpit needs a medical check: do not massage it.',
    },
    {
      technique: 'stretch',
      near: ['brachial plexus', 'front of the shoulder joint'],
      caution:
        'Raising the arm out to the side and turning it outward also stretches the nerves to the arm and the front of the joint. Stop if the arm tingles or goes numb, or if the shoulder feels as if it might slip out. If the shoulder has ever dislocated, ask your clinician before doing this stretch.',
    },
  ],
  mistakenFor: [
    'Frozen shoulder (adhesive capsulitis): Travell & Simons regard subscapularis trigger points as often the key to it',
    'Shoulder impingement',
    'C7 radiculopathy',
    'Thoracic outlet syndrome',
    'Hemiplegic shoulder pain',
    'Rotator cuff tear',
  ],
  sources: ['ts-1999', 'namtpt', 'hidalgo-lozano-2010'],
  notes: [
    'The wrist band makes this pattern distinctive and easy to recognise. It is drawn as two patches either side of the wrist; the landmarks do not allow the stronger back-of-wrist part to be drawn more precisely.',
    'In a small study of unilateral shoulder impingement (n = 12), 42% had active subscapularis trigger points (Hidalgo-Lozano 2010).',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
