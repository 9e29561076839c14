import type { MuscleData } from '../../muscleSchema';

const CARDIAC_FIRST =
  'Central chest pain, pressure or tightness must be checked by a doctor (heart tracing and blood tests) before it is put down to a trigger point, above all when it comes with exertion, breathlessness, sweating, nausea, or pain spreading into the arm or jaw: that is an emergency, call emergency services. Call them too for any new or severe chest pain. A tender spot on the breastbone never rules out the heart.';

/** Sternalis: an inconstant muscle over the breastbone whose trigger points give a deep ache behind the sternum. */
const muscle: MuscleData = {
  id: 'sternalis',
  name: 'Sternalis',
  synonyms: ['sternalis muscle', 'breastbone muscle'],
  region: 'chest',
  anatomy: {
    origin:
      'Inconstant, with variable attachments: typically from the upper breastbone, the fascia below the collarbone or the breastbone tendon of the sternocleidomastoid.',
    insertion: 'The costal cartilages of ribs 3-7, the sheath of rectus abdominis or the aponeurosis of pectoralis major.',
    innervation:
      'Disputed: front branches of the 1st-5th intercostal nerves, or the pectoral nerves; Hung & Lucaciu argue for two types of different origin.',
    actions: ['None known. It lies on the front of the chest beside the breastbone, over pectoralis major, its fibres parallel to the breastbone, on one or both sides.'],
  },
  sideBehaviour: {
    referral: 'ipsilateral',
    note: 'The ache over the breastbone straddles the midline; the spread to the chest, shoulder and arm is on the side of the trigger point.',
  },
  triggerPoints: [
    {
      id: 'main',
      prevalence: 'occasional',
      prevalenceNote:
        'The muscle itself is present in only about 6% of people (Asghar 2021 meta-analysis; 0.87-5.9% in CT studies), although Travell & Simons also meet trigger points in this spot when no distinct muscle is found; no figure for the trigger points was found, so they are counted as occasional.',
      name: 'Sternalis TrP',
      location: { landmark: 'mesosternale', offset: [0.012, 0, 0] },
      landmarks: ['mesosternale', 'suprasternale', 'xiphoid'],
      description:
        'Over the body of the breastbone just beside the midline, at about the level of the 3rd-4th rib cartilages, midway between the notch at the top of the breastbone and its lower tip. Trigger points can lie anywhere along the muscle, on either or both sides.',
      palpation:
        'Only once a doctor has ruled out a heart cause: lying on your back, press flat with a fingertip along both edges of the breastbone, from the notch at its top down to its lower tip. The band runs up and down, and the trigger point is exquisitely tender.',
      uncertain:
        'Some sternalis-region trigger points may belong to the breastbone edge of pectoralis major instead (unsure).',
      zones: [
        {
          kind: 'essential',
          description:
            'A deep, intense ache over the whole breastbone and just beside it on the same side, from its top to its lower part, felt as if behind the breastbone.',
          crossesMidline:
            'Travell & Simons 1999, Fig. 44-1: the solid-red zone covers the whole width of the breastbone, straddling the midline from a one-sided trigger point.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'suprasternale', toward: 'mesosternale', t: 0.08, offset: [0.008, 0, 0] },
                { landmark: 'mesosternale', offset: [0.008, 0, 0] },
                { landmark: 'xiphoid', offset: [0.008, 0.01, 0] },
              ],
              width: 0.05,
            },
          ],
        },
        {
          kind: 'spillover',
          description:
            'Across the upper chest on the same side, the front of the shoulder, and down the inner side of the upper arm toward the elbow.',
          shapes: [
            { shape: 'disc', center: 'chest', radius: 0.05 },
            { shape: 'stroke', path: ['chest', 'shoulder_front'], width: 0.04 },
            { shape: 'stroke', path: ['arm_medial', { landmark: 'arm_medial', toward: 'medial_epicondyle', t: 0.8 }], width: 0.035 },
          ],
        },
      ],
    },
  ],
  activatingFactors: [
    'An attack of angina or a heart attack: trigger points can form then and outlast it. New, returning or changed chest pain is the heart until a doctor says otherwise.',
    'A direct blow to the chest.',
    'Trigger points in the breastbone head of the sternocleidomastoid or in pectoralis major (as satellites; unsure).',
  ],
  perpetuatingFactors: ['Active trigger points in the neighbouring sternocleidomastoid or pectoralis major (unsure).'],
  selfCare: {
    pressureRelease:
      'Only once a doctor has ruled out a heart cause: press with a fingertip, or make slow short strokes, along the edges of the breastbone, or lean a ball against a wall just beside the breastbone. Keep the pressure on the breastbone and the rib cartilages at its edge, never on breast tissue.',
    stretch:
      'The muscle has no action, so it cannot be stretched directly. A doorway stretch of pectoralis major, forearm on the frame at shoulder height, may help indirectly (unsure).',
    other: [],
    cautions: [
      CARDIAC_FIRST,
      'A tearing pain that goes through to the back (a tear in the main artery, aortic dissection): call emergency services.',
      'Sudden breathlessness or sharp pain on breathing in (a clot in the lung or a collapsed lung): call emergency services.',
      'Pain after a recent blow to the chest (a broken breastbone): see a doctor.',
      'A swelling on the breastbone that does not go away (a tumour or an infection): see a doctor.',
      'A one-sided band of burning chest-wall pain or sensitive skin, with or without a rash yet (shingles): see a doctor soon.',
      'No pressure after recent chest surgery through the breastbone or a recent chest injury without your surgeon\'s approval.',
      'A lump found in the breast needs a doctor, not massage.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['heart (behind the breastbone)', 'breastbone after heart surgery', 'breast tissue'],
      caution:
        'Use fingertip pressure on the breastbone and its edge only. A spot that hurts when pressed does not rule out a heart problem: new chest pain, pain on exertion, or pain with breathlessness, sweating or spreading to the arm or jaw needs a doctor first. Do not press after surgery through the breastbone or a recent chest injury without your surgeon\'s approval.',
    },
    {
      technique: 'pressure-release',
      near: ['heart (behind the breastbone)', 'breastbone after heart surgery', 'breast tissue'],
      caution:
        'Only after a heart cause has been ruled out. Keep the ball or the fingertip on the breastbone and the rib cartilages beside it, not in the breast; a lump found while doing this needs a doctor. Not after recent surgery through the breastbone or a chest injury.',
    },
    {
      technique: 'stretch',
      near: ['brachial plexus', 'axillary artery'],
      caution: 'In the doorway stretch, lower the arm and ease off if the hand tingles, goes numb or turns pale. If the shoulder has ever dislocated, ask a clinician first.',
    },
  ],
  mistakenFor: [
    'Angina or heart attack (often; the heart must be checked first)',
    'Costochondritis or Tietze syndrome',
    'Costosternal syndrome',
    'Pain from the gullet (reflux)',
    'Disease of the middle of the chest (mediastinum)',
    'On a scan or mammogram, the muscle itself can be mistaken for a breast or chest-wall mass',
  ],
  sources: ['ts-1999', 'muscle-joint-pain-sternalis', 'painotopia-sternalis', 'aberdeen-chiropractic', 'seekhealthz-sternalis', 'hung-lucaciu-utmj', 'asghar-2021', 'jordan-ct-sternalis', 'molina-2017', 'nice-cg95-chest-pain', 'atlas-safety-review'],
  notes: [
    'Pattern after Travell & Simons 1999, Fig. 44-1 (read from a translated edition), where the trigger point is drawn just left of the midline; the atlas shows it on each side.',
    'The ache does not change with chest or shoulder movement, which sets it apart from costosternal syndrome (web summary apparently after Waldman\'s Atlas of Uncommon Pain Syndromes; unsure).',
    'How common the muscle is: about 6% in a meta-analysis of 98 studies and 27,470 adults (cadavers 5.96%, CT about 4.33%; 9.1% in Asian ("mongoloid") and 3.93% in European-descended populations; Asghar 2021); 5.9% in 1,709 CT scans in Jordan (right 2.1%, left 1.9%, both 1.8%), where few surgical (3.9%) and radiology (35.7%) residents recognised it; 0.87% in 2,288 CT scans in Chile (Molina 2017).',
  ],
};

export default muscle;
