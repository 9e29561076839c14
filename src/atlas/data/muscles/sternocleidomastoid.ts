import type { MuscleData } from '../../muscleSchema';

// No source gives how often each level of either division is involved.
const PREVALENCE_NOTE =
  'The sources give no figure for each trigger point: T&S find them at any level of either division, and SCM trigger points were among the common ones in chronic tension-type headache (Fernández-de-las-Peñas 2006), so each is counted as common.';

/** Sternocleidomastoid: refers pain to the face, eye, ear, forehead and top of the head, and can cause dizziness. */
const muscle: MuscleData = {
  id: 'sternocleidomastoid',
  name: 'Sternocleidomastoid',
  synonyms: ['SCM', 'sternomastoid'],
  region: 'neck',
  anatomy: {
    origin:
      'Sternal head: anterior surface of the manubrium. Clavicular head: upper surface of the medial third of the clavicle.',
    insertion: 'Lateral surface of the mastoid process and lateral half of the superior nuchal line.',
    innervation: 'Spinal accessory nerve (cranial nerve XI); C2-C3 (proprioception).',
    actions: [
      'Acting on one side: side-bends the neck toward the same side and turns the face toward the opposite side.',
      'Acting on both sides: bend the neck forward; if the head is already tipped back, they can pull it further back at the top of the neck.',
      'Accessory muscle of inspiration.',
    ],
  },
  sideBehaviour: {
    referral: 'ipsilateral-and-bilateral',
    note: 'All referral is on the same side, except the forehead pain from the clavicular division, which can spread across to the opposite side when severe.',
  },
  triggerPoints: [
    {
      id: 'sternal-lower',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Sternal division, lower TrP',
      location: { landmark: 'suprasternale', toward: 'mastoid', t: 0.15, offset: [0, 0, 0.008] },
      landmarks: ['suprasternale', 'clavicle_mid'],
      description:
        'In the sternal division (the front, more superficial and inner head), just above its attachment to the breastbone.',
      palpation:
        'Tilt the head slightly toward the same side to slacken the muscle and take the sternal head between thumb and fingers just above the breastbone; keep away from the carotid pulse on the inner side.',
      zones: [
        {
          kind: 'essential',
          description: 'Downward over the upper breastbone (sternum).',
          shapes: [
            {
              shape: 'stroke',
              path: ['suprasternale', { landmark: 'suprasternale', toward: 'xiphoid', t: 0.35 }],
              width: 0.04,
            },
          ],
        },
      ],
    },
    {
      id: 'sternal-middle',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Sternal division, middle TrP',
      location: { landmark: 'suprasternale', toward: 'mastoid', t: 0.5, offset: [0, 0, 0.008] },
      landmarks: ['gonion', 'mastoid', 'suprasternale'],
      description: 'In the middle of the sternal division, halfway up the front of the neck.',
      palpation:
        'With the head tilted slightly toward the same side, lift the sternal head away from the deeper structures in a pincer grip and roll it between thumb and fingers; keep off the carotid pulse.',
      zones: [
        {
          kind: 'essential',
          description:
            'Across the cheek, into and around the eye (a deep eye pain) and over the eyebrow; also the throat and back of the tongue when swallowing, and the chin. Same side.',
          uncertain:
            'The sources list these areas without saying which are felt by nearly everyone and which only by some; all are drawn as the main zone. The cheek is drawn over the cheekbone, not over the teeth: only the clavicular division is said to reach the molar teeth, and less often.',
          shapes: [
            // The cheek over the cheekbone, below the eye: T&S give the sternal division no tooth referral, so the
            // patch stays off the skin over the teeth (upper_molars lies about 4 cm lower on this body).
            { shape: 'disc', center: { landmark: 'upper_molars', toward: 'supraorbital', t: 0.45 }, radius: 0.02 },
            { shape: 'disc', center: { landmark: 'supraorbital', offset: [0, -0.02, 0] }, radius: 0.022 },
            {
              shape: 'stroke',
              path: [
                { landmark: 'supraorbital', toward: 'temple', t: 0.4 },
                'supraorbital',
                { landmark: 'supraorbital', toward: 'glabella', t: 0.6 },
              ],
              width: 0.02,
            },
            // The throat, just under the chin (back of the tongue on swallowing), slightly to the same side.
            { shape: 'disc', center: { landmark: 'menton', toward: 'suprasternale', t: 0.3, offset: [0.01, 0, 0] }, radius: 0.02 },
            { shape: 'disc', center: { landmark: 'menton', toward: 'gonion', t: 0.15 }, radius: 0.018 },
            // The chin itself, beside the midline below the lower lip.
            { shape: 'disc', center: { landmark: 'lower_incisors', toward: 'menton', t: 0.5, offset: [0.012, 0, 0] }, radius: 0.018 },
          ],
        },
      ],
    },
    {
      id: 'sternal-upper',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Sternal division, upper TrP',
      location: { landmark: 'suprasternale', toward: 'mastoid', t: 0.85 },
      landmarks: ['mastoid', 'gonion'],
      description: 'In the upper part of the sternal division, just below the bony bump behind the ear (mastoid).',
      palpation:
        'Pinch the sternal head just below the mastoid with the head tilted slightly toward the same side.',
      zones: [
        {
          kind: 'essential',
          description:
            'The ridge at the back of the skull behind the ear, and the top of the head (vertex), where the scalp may be tender. Same side.',
          uncertain:
            'The sources list these areas without separating a main zone from a sometimes zone; both are drawn as the main zone.',
          shapes: [
            { shape: 'disc', center: { landmark: 'mastoid', toward: 'inion', t: 0.3, offset: [0, 0.015, 0] }, radius: 0.028 },
            { shape: 'disc', center: { landmark: 'vertex', toward: 'tragion', t: 0.2 }, radius: 0.035 },
          ],
        },
      ],
    },
    {
      id: 'clavicular-middle',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      uncertain:
        'One physiotherapy web page gives the two divisions the opposite patterns (clavicular to the eye, cheek and chest; sternal to the forehead and behind the ear); Travell & Simons are followed here.',
      name: 'Clavicular division, middle TrP',
      location: { landmark: 'clavicle_mid', toward: 'mastoid', t: 0.45, offset: [-0.01, 0, 0] },
      landmarks: ['clavicle_mid', 'mastoid', 'gonion'],
      description:
        'In the middle of the clavicular division, the deeper head that lies behind and to the outer side of the sternal head.',
      palpation:
        'With the head tilted slightly toward the same side, work the pincer grip behind the sternal head to reach the deeper clavicular head at mid-neck.',
      zones: [
        {
          kind: 'essential',
          description: 'A frontal headache in the forehead, on the same side.',
          shapes: [{ shape: 'disc', center: 'forehead', radius: 0.035 }],
        },
        {
          kind: 'spillover',
          description: 'When severe, the forehead pain spreads across to the other side.',
          crossesMidline:
            'T&S (1983 p.203 via MedLink; 1999 SCM chapter; reference sections 0 and 5): the frontal headache of the clavicular division spreads across the forehead to the opposite side when it is severe, one of the few one-sided trigger points whose pain crosses the midline.',
          shapes: [
            {
              shape: 'stroke',
              path: ['forehead', { landmark: 'forehead', toward: 'forehead@opposite', t: 0.5 }, 'forehead@opposite'],
              width: 0.035,
            },
          ],
        },
      ],
    },
    {
      id: 'clavicular-upper',
      prevalence: 'common',
      prevalenceNote: PREVALENCE_NOTE,
      name: 'Clavicular division, upper TrP',
      location: { landmark: 'mastoid', toward: 'clavicle_mid', t: 0.22 },
      landmarks: ['mastoid', 'gonion', 'tragion'],
      description: 'In the upper part of the clavicular division, below and a little in front of the mastoid.',
      palpation:
        'Pinch the deeper clavicular head high in the neck, below the ear, with the head tilted slightly toward the same side.',
      zones: [
        {
          kind: 'essential',
          description: 'Deep in the ear and behind the ear, on the same side.',
          shapes: [
            { shape: 'disc', center: 'tragion', radius: 0.02 },
            { shape: 'disc', center: { landmark: 'mastoid', offset: [0, 0.02, 0] }, radius: 0.02 },
          ],
        },
        {
          kind: 'spillover',
          description: 'Less often the cheek and the molar teeth.',
          shapes: [{ shape: 'disc', center: { landmark: 'upper_molars', toward: 'lower_molars', t: 0.5 }, radius: 0.025 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'Whiplash and other neck trauma.',
    'Long periods looking up (painting a ceiling, front-row seats) or with the head turned.',
    'Heavy lifting or straining.',
    'Chronic cough, asthma, or breathing with the upper chest.',
  ],
  perpetuatingFactors: [
    'Forward head posture.',
    'Sleeping on too many pillows.',
    'Tight collars.',
    'Body asymmetry such as a shorter leg or scoliosis.',
  ],
  selfCare: {
    pressureRelease:
      'Tilt the head slightly toward the sore side, take the muscle between thumb and fingers, lift it away from the neck and massage or squeeze along both heads, from the collarbone up to behind the ear. Work one side at a time and stay off the pulse in the front of the neck.',
    stretch:
      'For the sternal head, turn the face toward the same side and tip the head back and away; for the clavicular head, bend the head sideways away with a little backward tilt. Move slowly, tip the head back only as far as is comfortable and never force the end of the movement. Stop at once, sit or lie down and do not repeat it if you feel dizzy or light-headed, see blurred or double vision, feel sick, get ringing in the ears, numbness of the face, or difficulty speaking or swallowing, or your legs give way (a drop attack), and seek medical advice the same day. If you have known disease of the neck arteries (narrowing of a carotid or vertebral artery, a past tear of a neck artery, or a stroke or mini-stroke), do not do this stretch unless your doctor has cleared it.',
    other: [
      'Correct head posture and pillow height.',
      'Practise relaxed breathing with the belly rather than the upper chest.',
    ],
    cautions: [
      'Never press hard on a pulsing spot in the front of the neck.',
      'Neck pain after trauma, or with sudden severe headache, a drooping eyelid, a small pupil, double vision, slurred speech or weakness: seek emergency care (an artery tear must be ruled out).',
      'Vertigo with hearing loss, ringing in the ear or unsteadiness that is new or getting worse.',
      'A sore throat or swallowing pain with fever, a lump in the neck or hoarseness lasting more than a few weeks.',
      'Facial pain with numbness or electric-shock pains.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['carotid artery', 'carotid sinus', 'internal jugular vein', 'windpipe (trachea)'],
      caution:
        'The carotid artery and the jugular vein run just inside and under this muscle. Pinch and lift the muscle itself; never press inward or backward into the front of the neck, and just above the breastbone keep off the windpipe in the middle. If you feel a pulse under the fingers, let go and take hold further out, on the muscle. Work one side at a time, and stop if you feel faint or light-headed.',
    },
    {
      technique: 'pressure-release',
      near: ['carotid artery', 'carotid sinus', 'internal jugular vein'],
      caution:
        'Squeeze the muscle between thumb and fingers, lifted away from the neck, not pressed against it. Never rub or press on a pulse in the front of the neck (pressure on the carotid sinus can slow the heart and cause fainting, especially in older people), and never work both sides of the neck together. Stop if you feel faint, dizzy or sick.',
    },
    {
      technique: 'stretch',
      near: ['vertebral and carotid arteries'],
      caution:
        'Turning the head and tipping it back toward the end of its range strains the neck arteries. Go gently and never force it. Stop at once, sit or lie down, do not repeat it, and seek medical advice the same day for dizziness or light-headedness, blurred or double vision, nausea, ringing in the ears, numbness of the face, difficulty speaking or swallowing, or a drop attack (legs suddenly giving way). With known neck-artery disease (a narrowed carotid or vertebral artery, a past tear of a neck artery, a past stroke or mini-stroke), do not do this stretch unless your doctor has cleared it.',
    },
  ],
  mistakenFor: [
    'Tension-type headache',
    'Migraine',
    'Atypical facial pain or trigeminal neuralgia',
    'Maxillary sinusitis',
    'Otitis or earache',
    'Vestibular disorders (vertigo, Ménière disease)',
    'Sore throat',
    'Horner syndrome or arterial dissection (eye signs; these must be excluded)',
  ],
  sources: [
    'ts-1983',
    'ts-1999',
    'medlink',
    'davies-2013',
    'fernandez-de-las-penas-2010-jbmt',
    'alonso-blanco-2012',
    'fernandez-de-las-penas-2006',
    'ifompt-2023-cervical',
  ],
  notes: [
    'Travell & Simons describe the sternal division as the head that lies nearer the surface and nearer the midline, with the clavicular division deeper and further out. Trigger points may be found at any level of either division.',
    'Sternal division trigger points are linked to same-side eye and nose signs: tearing, a red eye, a narrowed eye opening, blurred vision, a runny nose or a blocked sinus.',
    'Clavicular division trigger points are linked to balance problems: dizziness on changing posture, unsteadiness, nausea, misjudging the weight of objects held, and a change in hearing on one side.',
    'One physiotherapy page reverses the two divisions (clavicular to the eye, cheek and chest; sternal to the forehead and behind the ear); this contradicts T&S and is not followed here.',
    'Research notes: SCM referral areas were smaller than levator scapulae ones in women with chronic tension-type headache (Fernández-de-las-Peñas 2010, JBMT) and larger in women with fibromyalgia than in women with TMD (Alonso-Blanco 2012). Patients with chronic tension-type headache had more trigger points than controls across upper trapezius, SCM and temporalis (Fernández-de-las-Peñas 2006).',
    'Layers: the reference marks two parts as felt only by some patients, and they are drawn as spillover: the spread of the forehead pain to the other side when severe, and the cheek and molar teeth from the upper clavicular trigger point ("less often"). It does not split the sternal division\'s areas, which stay in the main zone, marked uncertain.',
    'Teeth: the sternal division has no tooth referral in T&S, so its cheek patch is drawn on the cheekbone below the eye, clear of the skin over the teeth.',
    'The stretch stop rule follows the IFOMPT framework for examining the neck for vascular problems before neck treatment, and the reference notes for neck-extension stretches.',
    'Patterns follow the 1983 and 1999 editions of Travell & Simons, mostly as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
