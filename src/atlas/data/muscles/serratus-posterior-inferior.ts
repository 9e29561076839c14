import type { MuscleData } from '../../muscleSchema';

/** Serratus posterior inferior: a nagging local ache over the lowest ribs at the back. */
const muscle: MuscleData = {
  id: 'serratus-posterior-inferior',
  name: 'Serratus posterior inferior',
  synonyms: ['SPI', 'serratus posterior inferior muscle', 'lower serratus posterior'],
  region: 'upper-back',
  anatomy: {
    origin: 'Spinous processes of T11-L2 (some texts to L3), through the thoracolumbar fascia.',
    insertion: 'Lower borders of ribs 9-12, just outside their angles.',
    innervation: 'Ventral rami of T9-T12 (the lower intercostal and subcostal nerves).',
    actions: [
      'Pulls the lowest ribs down and back: helps forced breathing out and steadies the ribs against the pull of the diaphragm.',
      'Helps turn and extend the trunk; probably also a sensing (proprioceptive) role.',
      'A thin muscle, under latissimus dorsi and over the long back muscles.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'occasional',
      prevalenceNote: 'Occasional: no figure was found, and secondary pages call trigger points of this muscle uncommon.',
      name: 'TrP (over the lowest ribs)',
      location: 'lower_ribs_posterior',
      landmarks: ['lower_ribs_posterior', 't12'],
      description:
        'Over the 10th-11th ribs near where the muscle attaches to them, just outside the long muscles beside the spine, at about the level of T11-T12.',
      palpation:
        'Lying face down with a pillow under the tummy, or sitting bent forward, press the fingers flat against the rib under them, just outside the long muscles beside the spine, feeling for bands that run obliquely up and out from the spine to the ribs. Press against the rib, not on the loose tips of the lowest ribs.',
      zones: [
        {
          kind: 'essential',
          description: 'An ache over and around the trigger point on the back of the lowest ribs, on the same side.',
          shapes: [{ shape: 'disc', center: 'lower_ribs_posterior', radius: 0.045 }],
        },
        {
          kind: 'spillover',
          description: 'A halo around it over the lower ribs at the back; no distant pain.',
          shapes: [{ shape: 'disc', center: { landmark: 'lower_ribs_posterior', offset: [0.015, 0, 0] }, radius: 0.07 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'A sudden strain lifting, turning and reaching at the same time.',
    'Working overhead with the back arched.',
    'Long bouts of harsh coughing.',
    'A blow to the lower ribs.',
  ],
  perpetuatingFactors: ['Leaning to one side when sitting.', 'A sagging mattress.'],
  selfCare: {
    pressureRelease:
      'Lean against a wall or lie on the floor on a tennis ball (or two balls in a sock) placed on the lower ribs just outside the long muscles beside the spine, and hold on the tender spot. Lean on the ribs, not on the loose tips of the lowest two ribs.',
    stretch:
      'Sitting, bend forward with the trunk turned away from the sore side; or kneel and roll a gym ball forward with both hands.',
    other: ['Use a lumbar support when sitting and a firmer mattress; take breaks during overhead work.'],
    cautions: [
      'Think of the kidney first. Severe pain coming in waves, with nausea or blood in the urine: possible kidney stone, see a doctor the same day. Pain with fever, burning or frequent urination, or soreness when the back is tapped over the lowest ribs: possible kidney infection, see a doctor the same day.',
      'A kidney stone ache comes in waves, does not change with position and often brings nausea; this muscle\'s ache is steady and changes with movement.',
      'Sudden severe back or belly pain, or feeling faint, above all in an older smoker or with a pulsing lump in the belly: call emergency services (possible aortic aneurysm).',
      'Severe upper belly pain going through to the back: see a doctor urgently (possible pancreatitis).',
      'A band of burning pain around one side of the trunk, before or with a rash: possible shingles, see a doctor.',
      'With osteoporosis, or pain after a fall or minor strain: possible fracture of a rib or vertebra, get it checked.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'pressure-release',
      near: ['kidney', '11th and 12th ribs'],
      caution:
        'Keep the ball on the ribs just outside the spinal muscles, not on the loose tips of ribs 11 and 12 and not in the soft area below the ribs where the kidney lies. No firm pressure here after kidney surgery or a transplant or with known kidney disease; no full body weight with osteoporosis. Stop for sharp pain, nausea or pain on breathing in.',
    },
    {
      technique: 'palpation',
      near: ['kidney', '11th and 12th ribs'],
      caution:
        'Press against the rib, toward the spine, not forward into the soft flank below the ribs (kidney) and not on the loose rib tips. Not after kidney surgery or a transplant or with known kidney disease.',
    },
  ],
  mistakenFor: [
    'Kidney stones or other kidney disease',
    'Lower rib or rib-spine joint dysfunction',
    'Thoracolumbar facet pain',
    'Quadratus lumborum or iliocostalis trigger points',
    'Intercostal neuralgia',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-shoulder-arm-back',
    'niel-asher',
    'learnandfeelbetter-spi',
  ],
  notes: [
    'A persistent, annoying ache that makes people fidget and stretch; worse on reaching overhead, twisting or bending, and some feel it on forced breathing out. It may stay after other back trigger points have been cleared (attribution to Travell & Simons not checked).',
    'Travell & Simons draw one active trigger point and a local pattern only (Fig. 47-7, read in a translated copy); this muscle does not explain pain far from the lower ribs.',
    'No prevalence figures were found; secondary pages call it uncommon.',
    'Patterns follow the 1999 edition of Travell & Simons and secondary summaries; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
