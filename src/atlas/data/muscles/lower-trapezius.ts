import type { MuscleData } from '../../muscleSchema';

/** Lower trapezius: an easily missed source of upper-neck, mastoid and shoulder-top pain from a trigger point far below it. */
const muscle: MuscleData = {
  id: 'lower-trapezius',
  name: 'Lower trapezius',
  synonyms: ['trapezius, lower fibres', 'ascending trapezius', 'lower traps'],
  region: 'upper-back',
  anatomy: {
    origin: 'Spinous processes of T4-T12.',
    insertion: 'Tubercle at the medial end (root) of the scapular spine.',
    innervation: 'Spinal accessory nerve (cranial nerve XI); C3-C4.',
    actions: [
      'Depresses and retracts the scapula.',
      'Helps rotate the glenoid upward.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp3',
      prevalence: 'common',
      prevalenceNote:
        'The sources give no figure for how often it is found; counted as common. Some describe it as a key trigger point that keeps upper trapezius trigger points going (not confirmed).',
      name: 'TrP3',
      location: { landmark: 'scapula_spine_root', toward: 'scapula_inferior_angle', t: 0.5 },
      landmarks: ['scapula_spine_root', 'scapula_inferior_angle'],
      description:
        'In the lower fibres, where the outer edge of the lower trapezius crosses the inner edge of the shoulder blade, at about the middle of the shoulder blade.',
      palpation:
        'Feel along the inner edge of the shoulder blade about halfway down, where the edge of the lower trapezius crosses it, for a tender taut band.',
      zones: [
        {
          kind: 'essential',
          description:
            'The upper back of the neck just beside the spine, below the skull, and the tip of the shoulder (acromion). Same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'suboccipital', toward: 'cervicale', t: 0.45 }, 'suboccipital'],
              width: 0.035,
            },
            { shape: 'disc', center: 'acromion', radius: 0.035 },
          ],
          uncertain:
            'The sources name the upper neck beside the spine, the neighbouring mastoid area and the tip of the shoulder first, then a deep ache above the shoulder blade and sometimes a burning along its inner edge, without saying which Travell & Simons draw solid (main) and which stippled (spillover). The atlas draws the upper neck and the tip of the shoulder as the main zone and the rest as the wider zone: the reference notes that for pain at the mastoid or upper neck this distant trigger point is a less likely source than the neck muscles themselves. Which layer the tip of the shoulder belongs to is not confirmed.',
        },
        {
          kind: 'spillover',
          description:
            'Out from the upper neck to the bony bump behind the ear (mastoid); a deep ache with tenderness above the shoulder blade; sometimes a burning pain down along and just inside the inner edge of the shoulder blade. Same side.',
          shapes: [
            {
              shape: 'stroke',
              path: ['suboccipital', { landmark: 'mastoid', offset: [0, 0, -0.005] }],
              width: 0.035,
            },
            {
              shape: 'disc',
              center: { landmark: 'scapula_superior_angle', toward: 'acromion', t: 0.45 },
              radius: 0.04,
            },
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_spine_root', offset: [-0.012, 0, 0] },
                { landmark: 'scapula_inferior_angle', offset: [-0.012, 0, 0] },
              ],
              width: 0.035,
            },
          ],
        },
      ],
      uncertain: 'The exact height of TrP3 along the shoulder blade is not given precisely in the sources consulted.',
    },
    {
      id: 'trp4',
      prevalence: 'common',
      prevalenceNote: 'The sources give no figure for how often it is found; counted as common.',
      name: 'TrP4',
      location: { landmark: 'scapula_spine_root', offset: [0.015, -0.015, 0] },
      landmarks: ['scapula_spine_root', 'infraspinous_fossa'],
      description: 'Just below the ridge (spine) of the shoulder blade, near its inner end.',
      palpation: 'Press just below the inner end of the ridge of the shoulder blade, across the fibres of the lower trapezius.',
      zones: [
        {
          kind: 'essential',
          description: 'A burning pain along the inner edge of the shoulder blade, at and below the level of its bony ridge, on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'scapula_spine_root', offset: [-0.01, 0, 0] },
                { landmark: 'scapula_spine_root', toward: 'scapula_inferior_angle', t: 0.6, offset: [-0.01, 0, 0] },
              ],
              width: 0.035,
            },
          ],
          uncertain:
            'The sources say "along the inner edge of the shoulder blade" without giving how far up or down; it is drawn from the level of the trigger point (the root of the ridge) down, not up to the upper corner, which the sources do not name for this trigger point.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Leaning forward to read or work with the arms reaching forward and unsupported.',
    'Backpack straps.',
    'Sleeping on the side with the top arm falling forward.',
  ],
  perpetuatingFactors: [
    'Rounded shoulders, which keep the muscle held in a lengthened position.',
    'Tight chest (pectoral) muscles.',
    'Satellite trigger points from the upper trapezius.',
  ],
  selfCare: {
    pressureRelease:
      'Lean against a wall or lie on a ball placed between the shoulder blade and the spine, and just below the ridge of the shoulder blade.',
    stretch: 'Reach forward and hug yourself, drawing the shoulder blades apart, while bending the upper body forward.',
    other: ['Correct the rounded-shoulder posture.', 'Strengthen the lower trapezius.'],
    cautions: [
      'Pain between the shoulder blades with chest pain, breathlessness, sweating or nausea: seek emergency care.',
      'Neck pain after trauma, or with headache, dizziness, numbness or weakness.',
      'Numbness, tingling or weakness in the arm or hand.',
      'Night pain or unexplained weight loss.',
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
    'Upper thoracic facet or rib dysfunction',
    '"Rhomboid strain"',
    'C6-C8 radiculopathy',
    'Cervicogenic headache (from the neck and mastoid referral of TrP3)',
  ],
  sources: ['ts-1983', 'ts-1999', 'medlink', 'namtpt'],
  notes: [
    'Because TrP3 refers up to the upper neck and mastoid, it belongs in the list of causes for pain at those sites, though below the muscles of the neck itself.',
    'Some sources call lower trapezius TrP3 a key trigger point that keeps upper trapezius trigger points active; this has not been confirmed.',
    'Trigger point labels follow the T&S numbering for the trapezius as a whole (TrP1 and TrP2 upper, TrP5 to TrP7 middle).',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
