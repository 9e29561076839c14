import type { MuscleData } from '../../muscleSchema';

/** Rhomboids: a source of local ache between the shoulder blade and the spine, often overloaded by a rounded-shoulder posture. */
const muscle: MuscleData = {
  id: 'rhomboids',
  name: 'Rhomboids',
  synonyms: ['rhomboid major', 'rhomboid minor', 'rhomboid muscles'],
  region: 'upper-back',
  anatomy: {
    origin:
      'Minor: lower ligamentum nuchae and the spinous processes of C7-T1. Major: spinous processes of T2-T5.',
    insertion:
      'Minor: medial border of the scapula at the root of the scapular spine. Major: medial border from the root of the spine down to the inferior angle.',
    innervation: 'Dorsal scapular nerve (C4-C5).',
    actions: [
      'Retract and elevate the scapula.',
      'Rotate the glenoid downward.',
      'Hold the scapula against the chest wall.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'upper',
      prevalence: 'common',
      prevalenceNote:
        'The sources describe two or three trigger point sites along the inner edge of the shoulder blade without saying which is found more often; both drawn sites are counted as common.',
      name: 'Upper TrP',
      location: { landmark: 'scapula_spine_root', offset: [-0.015, 0, 0] },
      landmarks: ['scapula_spine_root', 'scapula_superior_angle'],
      description:
        'Just inside the inner edge of the shoulder blade, at the level of its bony ridge, between the shoulder blade and the spine, under the middle trapezius.',
      palpation:
        'Reach across or have someone press along the gap between the inner edge of the shoulder blade and the spine, at the level of the ridge of the shoulder blade.',
      zones: [
        {
          kind: 'essential',
          description:
            'A surface ache along the inner edge of the shoulder blade, between it and the spine, from the level of its bony ridge down toward its lower tip, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_spine_root', offset: [-0.01, 0, 0] },
                { landmark: 'scapula_inferior_angle', offset: [-0.01, 0.015, 0] },
              ],
              width: 0.05,
            },
          ],
        },
        {
          kind: 'spillover',
          description:
            'When intense, upward along the inner edge to the upper corner of the shoulder blade and over the area above its bony ridge.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_spine_root', offset: [-0.01, 0, 0] },
                { landmark: 'scapula_superior_angle', offset: [-0.008, 0, 0] },
              ],
              width: 0.04,
            },
            { shape: 'disc', center: { landmark: 'scapula_spine_root', toward: 'acromion', t: 0.3, offset: [0, 0.025, 0] }, radius: 0.04 },
          ],
          uncertain:
            'The sources describe the upward spread over the area above the ridge of the shoulder blade only when the pain is intense; the stretch of the inner edge above the ridge, up to the upper corner, is counted with it, so the main zone stays where the rhomboids attach (from the root of the ridge down) rather than on the upper corner where levator scapulae attaches.',
        },
      ],
    },
    {
      id: 'lower',
      prevalence: 'common',
      prevalenceNote:
        'The sources describe two or three trigger point sites along the inner edge of the shoulder blade without saying which is found more often; both drawn sites are counted as common.',
      name: 'Lower TrP',
      location: { landmark: 'scapula_spine_root', toward: 'scapula_inferior_angle', t: 0.6, offset: [-0.015, 0, 0] },
      landmarks: ['scapula_spine_root', 'scapula_inferior_angle'],
      description:
        'Just inside the inner edge of the shoulder blade, lower down toward its bottom tip, between the shoulder blade and the spine.',
      palpation: 'Press along the inner edge of the shoulder blade, below the level of its ridge and toward its lower tip.',
      zones: [
        {
          kind: 'essential',
          description:
            'A surface ache along the inner edge of the shoulder blade, between it and the spine, from the level of its bony ridge down toward its lower tip, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_spine_root', offset: [-0.01, 0, 0] },
                { landmark: 'scapula_inferior_angle', offset: [-0.01, 0.015, 0] },
              ],
              width: 0.05,
            },
          ],
        },
        {
          kind: 'spillover',
          description:
            'When intense, upward along the inner edge to the upper corner of the shoulder blade and over the area above its bony ridge.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_spine_root', offset: [-0.01, 0, 0] },
                { landmark: 'scapula_superior_angle', offset: [-0.008, 0, 0] },
              ],
              width: 0.04,
            },
            { shape: 'disc', center: { landmark: 'scapula_spine_root', toward: 'acromion', t: 0.3, offset: [0, 0.025, 0] }, radius: 0.04 },
          ],
          uncertain:
            'The sources describe the upward spread over the area above the ridge of the shoulder blade only when the pain is intense; the stretch of the inner edge above the ridge, up to the upper corner, is counted with it, so the main zone stays where the rhomboids attach (from the root of the ridge down) rather than on the upper corner where levator scapulae attaches.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Hours spent with the shoulders rounded, the head forward and the arms working in front of the body (desk work, sewing, drawing).',
    'Reaching overhead for long periods.',
  ],
  perpetuatingFactors: [
    'Tight chest (pectoral) muscles pulling the shoulder blades forward, so the rhomboids work while overstretched.',
    'Scoliosis.',
  ],
  selfCare: {
    pressureRelease:
      'Lean against a wall or lie on the floor with a ball between the shoulder blade and the spine; a hooked massage tool also reaches here.',
    stretch:
      'The sources give no stretch for the rhomboids themselves. Stretch the chest muscles instead (for example a doorway stretch): T&S and Davies both note that pain between the shoulder blades often settles only once the chest muscles are treated too.',
    other: ['Build endurance in the postural muscles with strengthening exercise.'],
    cautions: [
      'Pain between the shoulder blades with chest pain, breathlessness, sweating or nausea: seek emergency care (heart problems must be ruled out).',
      'Pain in this area with fever, after fatty meals or with yellowing of the skin (gallbladder problems).',
      'Sudden tearing pain between the shoulder blades.',
      'Pain after trauma, night pain or unexplained weight loss.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['ribs', 'intercostal nerves'],
      caution:
        'The ball lies over the ribs: lean into it gently on the muscle between the shoulder blade and the spine, not on the bony points of the spine, and do not put your full body weight on it if you have osteoporosis or a recent rib injury or fall. Stop if it causes sharp pain, pain on breathing in, or pain or tingling running around the chest.',
    },
  ],
  mistakenFor: [
    'Thoracic facet or rib dysfunction',
    'Scapulocostal syndrome',
    'Pain referred from the scalenes, levator scapulae, middle or lower trapezius, serratus posterior superior or infraspinatus',
    'Visceral referred pain (for example gallbladder or heart)',
  ],
  sources: ['ts-1999', 'painwhisperer', 'niel-asher', 'aberdeen-chiropractic', 'davies-2013'],
  notes: [
    'The pain is mainly felt where the muscle lies, and only on the back.',
    'Patients may hear or feel crunching when the shoulder blade moves.',
    'There are usually two or three trigger point sites between the level of the ridge of the shoulder blade and its lower tip; two are drawn here.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
