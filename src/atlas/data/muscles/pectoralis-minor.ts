import type { MuscleData, ReferralZone } from '../../muscleSchema';

// Travell & Simons (1999, Fig. 43-1) draw one pattern for both trigger points of the muscle, so
// both share these zones.
const FRONT_SHOULDER: ReferralZone = {
  kind: 'essential',
  description: 'The front of the shoulder over the front of the deltoid, with a strong patch just below the outer collarbone.',
  shapes: [
    { shape: 'disc', center: 'shoulder_front', radius: 0.05 },
    {
      shape: 'stroke',
      path: [{ landmark: 'coracoid', toward: 'clavicle_mid', t: 0.4, offset: [0, -0.005, 0] }, 'shoulder_front'],
      width: 0.045,
    },
  ],
};

const CHEST_AND_ULNAR_ARM: ReferralZone = {
  kind: 'spillover',
  description:
    'The chest muscle area on the same side (reaching toward, not across, the breastbone), then down the inner side of the upper arm to the inner elbow, the little-finger side of the forearm, and the palm side of the little-finger edge of the hand and the middle, ring and little fingers.',
  shapes: [
    { shape: 'disc', center: { landmark: 'chest', offset: [0.005, -0.01, 0] }, radius: 0.055 },
    {
      shape: 'stroke',
      path: ['arm_medial', 'medial_epicondyle', 'forearm_volar_ulnar', 'pisiform', 'hypothenar'],
      width: 0.04,
    },
    { shape: 'stroke', path: ['hypothenar', 'little_finger'], width: 0.025 },
    { shape: 'stroke', path: ['hypothenar', 'ring_finger'], width: 0.025 },
    { shape: 'stroke', path: [{ landmark: 'hypothenar', toward: 'dactylion', t: 0.3 }, 'dactylion'], width: 0.02 },
  ],
};

const ZONES: ReferralZone[] = [FRONT_SHOULDER, CHEST_AND_ULNAR_ARM];

const NO_FIGURE =
  'The sources give no figure for how often each of the two trigger points is found; counted as common, as Travell & Simons draw both as the usual sites.';

/** Pectoralis minor: front-of-shoulder pain with pain down the inner arm, and a cause of nerve and vessel compression under the collarbone. */
const muscle: MuscleData = {
  id: 'pectoralis-minor',
  name: 'Pectoralis minor',
  synonyms: ['pec minor', 'pectoralis minor muscle', 'small chest muscle'],
  aliases: ['pec-minor'],
  region: 'chest',
  anatomy: {
    origin: 'Outer surfaces of ribs 3-5 (sometimes 2-5), near their costal cartilages.',
    insertion: 'Medial border and upper surface of the coracoid process of the scapula.',
    innervation:
      'Medial pectoral nerve (C8-T1), with a contribution from the lateral pectoral nerve (C6-C7); the root range is not certain.',
    actions: [
      'Draws the shoulder blade forward and down and tilts it forward (protraction, depression, downward rotation).',
      'Lifts ribs 3-5 in forced breathing in when the shoulder blade is held still.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'attachment',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Upper (attachment) TrP',
      location: { landmark: 'coracoid', toward: 'chest', t: 0.25 },
      landmarks: ['coracoid', 'clavicle_mid', 'shoulder_front'],
      description:
        'High in the muscle, just below and inward of the bony knob at the front of the shoulder (coracoid process), under the large chest muscle, about 2-3 cm below the point where the middle and outer thirds of the collarbone meet.',
      palpation:
        "Clinician's examination: with the patient lying on the back, the upper muscle is felt through a relaxed pectoralis major just below and inward of the coracoid process, with brief, moderate pressure that stops at once if the arm or hand tingles, goes numb or pales.",
      clinicianOnly:
        'This spot lies over the hollow under the coracoid, where the cords of the brachial plexus and the axillary artery and vein run beneath the muscle. Self-care works the lower part of the muscle on the ribs instead (see pressure release).',
      zones: ZONES,
    },
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Central TrP',
      location: { landmark: 'coracoid', toward: 'thelion', t: 0.5 },
      landmarks: ['chest', 'coracoid', 'thelion'],
      description:
        'In the middle of the muscle over about the 3rd-4th rib, roughly halfway between the coracoid and the nipple and 2-3 cm outward of the middle of the chest muscle. In women it lies under breast tissue.',
      palpation:
        'Lying on your back with the arm slightly out to the side, take the front fold of the armpit between thumb and fingers and slide the fingers under the large chest muscle toward the ribs, pressing against the chest wall. Or, with the arm resting across the body, press flat through the relaxed chest muscle against the ribs. The tight band runs from the coracoid obliquely down and inward.',
      uncertain:
        'The direction of the band comes from memory of Travell & Simons; the palpation figure could not be read.',
      zones: ZONES,
    },
  ],
  activatingFactors: [
    'Chest injury, including a seat-belt injury.',
    'Repeated pushing forward or downward.',
    'Bag or backpack straps pressing on the front of the shoulder; walking with crutches.',
    'Trigger points in pectoralis major or the scalenes (as satellites).',
    'Heart ischaemia, through a reflex from the heart to the chest muscles. New, returning or changed chest pain is the heart until a doctor says otherwise.',
  ],
  perpetuatingFactors: [
    'Slumped sitting with rounded shoulders.',
    'Sleeping curled up with the shoulders rolled forward.',
    'Upper-chest breathing, a chronic cough or asthma.',
  ],
  selfCare: {
    pressureRelease:
      'Stand against a wall or door frame with a ball on the upper ribs, about three finger-widths below the collarbone and inward of the bony knob at the front of the shoulder. Lean in gently and move the ball slowly; keep it off the hollow right under that knob. Move off at once if the arm or hand tingles or goes pale. Or take the front fold of the armpit between thumb and fingers and slide the fingers under the chest muscle, pressing toward the ribs of the chest wall, not up into the armpit. If you have breasts, do not press the ball into breast tissue: use the armpit-fold grip with light pressure instead.',
    stretch:
      'Doorway or corner stretch: forearm on the frame at or above shoulder height, step through so the shoulder blade moves back and up. Or lie on your back along a rolled towel placed lengthwise under the spine and let the shoulders sink back.',
    other: [
      'Set the shoulder blades back and down in daily posture, strengthen the lower trapezius and serratus anterior, and adjust backpack straps so they do not press on the front of the shoulder.',
    ],
    cautions: [
      'Chest pain with breathlessness, sweating or nausea, chest pressure on exertion, or pain spreading into the arm or jaw is an emergency: call emergency services. Left-sided trigger points in this muscle can imitate angina, and finding a tender spot never rules out the heart.',
      'A swollen, blue or heavy arm (a blocked vein at the outlet of the chest): see a doctor urgently, today.',
      'A cold, pale, painful hand or a weak pulse at the wrist (an artery being pressed): get medical help the same day, at once if sudden.',
      'Shoulder or arm pain with weakness of the hand, especially in a smoker: see a doctor (a tumour at the top of the lung can do this).',
      'A breast lump, thickening, skin dimpling or nipple change: see a doctor; do not massage it.',
      'Weakness in a nerve-root pattern or a lost reflex (C7-C8 root): see a clinician.',
      'Be gentle, or ask your clinician first, after breast surgery or radiotherapy, with breast implants, with an unstable (dislocating) shoulder, and with osteoporosis.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['central'],
      near: ['axillary artery and vein', 'brachial plexus', 'lymph nodes of the armpit', 'breast tissue'],
      caution:
        'Slide the fingers toward the ribs of the chest wall, not up into the hollow of the armpit, where the vessels, nerves and lymph nodes of the arm lie. Over breast tissue use the armpit-fold grip with light pressure. A lump found in the breast or the armpit needs a doctor, not massage. Let go if the arm tingles or the hand goes pale.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['attachment'],
      near: ['brachial plexus', 'axillary artery and vein'],
      caution:
        'Do not press hard or long into the hollow under the bony knob at the front of the shoulder: the nerves and main vessels of the arm run there. This spot is for a clinician to examine.',
    },
    {
      technique: 'pressure-release',
      near: ['brachial plexus', 'axillary artery and vein', 'breast tissue', 'breast implant', 'ribs'],
      caution:
        'Keep the ball on the upper ribs three finger-widths below the collarbone and inward of the bony knob at the front of the shoulder, not in the hollow under that knob and not in the armpit. Move off at once if the arm or hand tingles, goes numb or pale, or the pulse at the wrist weakens. Do not press the ball into the breast or over an implant; avoid the area after recent breast surgery or radiotherapy unless a clinician has cleared it. Press lightly on the ribs with osteoporosis.',
    },
    {
      technique: 'stretch',
      near: ['brachial plexus', 'axillary artery and vein'],
      caution:
        'An arm held high is the very position in which a tight pectoralis minor can pinch the nerves and vessels to the arm. If the hand tingles, goes numb, feels heavy, or turns pale or blue, lower the arm at once and hold the stretch for a shorter time next time. If the shoulder has ever dislocated, ask a clinician before the high-arm version.',
    },
  ],
  mistakenFor: [
    'Angina or heart attack (the heart must be checked first)',
    'Thoracic outlet syndrome from the scalenes',
    'C7-C8 radiculopathy',
    'Ulnar neuropathy',
    'Carpal tunnel syndrome',
    'Bicipital tendinitis or shoulder impingement',
    'Costochondritis',
  ],
  sources: ['ts-1999', 'aberdeen-chiropractic', 'sanders-2017', 'sanders-2014', 'fitzgerald-2012', 'torres-lacomba-2010', 'flashking-pectoralis-minor', 'nice-cg95-chest-pain', 'atlas-safety-review'],
  notes: [
    'Travell & Simons (1999, Fig. 43-1) draw the front-of-shoulder patch in solid red and the chest, inner arm and ulnar hand as the stippled spillover; the two trigger points share this one pattern. It is almost the same as that of pectoralis major.',
    'Left-sided trigger points can imitate angina (Aberdeen Chiropractic); a case report describes pectoralis minor compression mimicking heart symptoms when running (Fitzgerald 2012).',
    'A tight muscle can press on the brachial plexus and the axillary vessels where they bend round the coracoid with the arm raised (Wright hyperabduction test, T&S Fig. 43-4): numbness, tingling and weakness of the ulnar hand, sometimes heaviness, swelling or colour change of the arm ("pectoralis minor syndrome"). Sanders & Annest (2017) find its history and examination the same as those of neurogenic thoracic outlet syndrome, confirmed by a pectoralis minor block.',
    'Thoracic outlet and pectoralis minor syndromes are mostly neurogenic (over 90%), rarely venous (5%) or arterial (1%) (review in Semin Vasc Surg 2014; first author given from memory in the reference, unsure).',
    'After breast cancer surgery with removal of armpit lymph nodes, 52 of 116 women (44.8%) developed myofascial pain within a year (Torres Lacomba 2010); whether pectoralis minor was among the muscles counted was not extracted.',
    'The list of activating causes rests on memory and web summaries rather than on the manual itself (unsure).',
  ],
};

export default muscle;
