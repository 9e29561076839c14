import type { MuscleData, ReferralZone } from '../../muscleSchema';

// One pattern for the muscle (reference more/leg-foot.md section 6).
const BACK_OF_KNEE: ReferralZone = {
  kind: 'essential',
  description: 'The back of the knee: a patch about 5-6 cm across over the middle of the hollow behind the knee, centred just below the crease, over the muscle.',
  uncertain:
    'No Travell & Simons figure was seen; the size is from Niel-Asher and NAMTPT ("behind the knee"). Placing the centre just below the crease, over the muscle, rather than on the crease itself is the atlas\'s reading.',
  shapes: [{ shape: 'disc', center: { landmark: 'popliteal', offset: [0, -0.02, 0] }, radius: 0.03 }],
};

const UPPER_CALF: ReferralZone = {
  kind: 'spillover',
  description: 'Sometimes a vaguer spread around the back of the knee, mostly downward onto the upper calf.',
  uncertain: 'A video description adds rare spread to the big toe; that is not drawn (not confirmed).',
  shapes: [
    { shape: 'disc', center: 'popliteal', radius: 0.045 },
    { shape: 'stroke', path: ['popliteal', { landmark: 'popliteal', toward: 'calf', t: 0.4 }], width: 0.07 },
  ],
};

const SHARED_UNCERTAIN = 'Both sites are from memory of Travell & Simons; no figure was seen.';

/** Popliteus: the small muscle that unlocks the knee, a source of pain behind the knee when crouching or going downhill. */
const muscle: MuscleData = {
  id: 'popliteus',
  name: 'Popliteus',
  synonyms: ['popliteus muscle', 'knee unlocking muscle'],
  region: 'knee',
  anatomy: {
    origin: 'Outer side of the lower end of the thighbone (lateral femoral condyle), by a tendon inside the knee capsule; the outer meniscus; the back of the capsule.',
    insertion: 'A triangular area on the upper inner back of the tibia, above the soleal line.',
    innervation: 'Tibial nerve (L4-S1).',
    actions: [
      '"Unlocks" the straightened knee by turning the shinbone inward on the thighbone.',
      'Stops the thighbone sliding forward on the tibia when crouching or walking downhill (with the posterior cruciate ligament).',
      'Pulls the outer meniscus back as the knee bends.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'medial',
      prevalence: 'common',
      prevalenceNote:
        'In painful knee osteoarthritis (114 people, Sánchez Romero 2020), popliteus trigger points were active in 17% and latent in 12%; it is counted as common.',
      name: 'TrP (upper inner end)',
      location: { landmark: 'popliteal', offset: [-0.025, -0.025, 0] },
      landmarks: ['popliteal', 'knee_medial'],
      description:
        'At the upper inner end of the muscle, just below the knee crease against the back of the tibia: about 2-3 cm below and 2-3 cm to the inner side of the middle of the hollow behind the knee, between the inner calf muscle and the inner hamstring tendon.',
      palpation:
        'Sitting or lying on the back with the knee slightly bent, find the inner knuckle of the tibia and curl the fingertips round onto the back of the bone just below the knee crease. Use gentle fingertip pressure against the bone at the inner edge only, never into the middle of the hollow behind the knee. Turning the foot and shin inward against light resistance makes the muscle tighten. No pressure tools here.',
      zones: [BACK_OF_KNEE, UPPER_CALF],
      uncertain: SHARED_UNCERTAIN,
    },
    {
      id: 'lateral',
      prevalence: 'common',
      prevalenceNote: 'No separate figure is given for tenderness at the outer attachment; it is counted as common.',
      name: 'Tenderness at the outer attachment',
      location: { landmark: 'popliteal', toward: 'knee_lateral', t: 0.55, offset: [0, 0.005, 0] },
      landmarks: ['popliteal', 'knee_lateral', 'fibular_head'],
      description:
        'Tenderness where the tendon attaches to the outer knuckle of the thighbone, above the bony knob of the fibula, between the back of the knee and the outer knee joint line.',
      palpation:
        "Clinician's examination: with the patient lying face down and the knee slightly bent over a pillow, the oblique fibres are followed up and out from the inner end toward the outer knuckle of the thighbone, with light pressure against bone, clear of the outer hamstring tendon and the nerve along its inner edge.",
      clinicianOnly:
        'This spot lies at the outer edge of the hollow behind the knee, beside the common fibular nerve, which runs along the inner edge of the outer hamstring tendon. Do not press here yourself; use the stretch and gentle pressure at the inner end only.',
      zones: [BACK_OF_KNEE, UPPER_CALF],
      uncertain: SHARED_UNCERTAIN,
    },
  ],
  activatingFactors: [
    'Running or skiing downhill.',
    'Football and other sports with twisting or sliding.',
    'A torn or strained posterior cruciate ligament, which overloads the popliteus (NAMTPT).',
    'Heavy squats and lying leg-curl machines (Niel-Asher).',
  ],
  perpetuatingFactors: [
    'Splinting after a fracture.',
    'Poor orthotics; over-pronating feet.',
    'Long drives.',
    'Meniscus and ligament injuries and knee surgery, which it often accompanies.',
  ],
  selfCare: {
    pressureRelease:
      'Only gentle fingertip pressure at the inner edge of the upper back of the tibia, just below the knee crease, with the knee slightly bent; press against the bone, never into the middle of the hollow behind the knee. Do not use balls or other pressure tools here.',
    stretch:
      'Sitting with the leg out straight, straighten the knee fully while turning the foot and lower leg outward; add gently bringing the foot up only if it is comfortable.',
    other: [
      'Cut down downhill running while it is sore; correct over-pronating feet; avoid long deep squats.',
    ],
    cautions: [
      'A swollen, warm or tender calf, with or without pain behind the knee, may be a clot in the vein behind the knee (deep-vein thrombosis): get urgent medical care and do not press.',
      'A lump behind the knee that pulses needs a medical check (possible popliteal artery aneurysm).',
      'Sudden calf swelling and bruising after swelling behind the knee may be a burst Baker\'s cyst, which mimics a clot: get it checked.',
      'A knee that locks, or pain on the joint line, may be a torn meniscus; a knee that gives way after an injury may be a ligament injury: see a clinician.',
      'A hot, swollen knee, especially with fever, needs same-day care (possible infection or inflammatory arthritis).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['medial'],
      near: ['popliteal artery', 'popliteal vein', 'tibial nerve', 'common fibular nerve'],
      caution:
        'Never press into the middle of the hollow behind the knee: the popliteal artery and vein and the tibial nerve run through it, and the common fibular nerve along its outer edge. Gentle fingertip pressure against the bone at the inner edge only. A pulsing lump, or a calf that is swollen, warm or tender, means stop and see a doctor.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['lateral'],
      near: ['common fibular nerve', 'popliteal artery', 'popliteal vein', 'tibial nerve'],
      caution:
        'No self-pressure at the outer edge of the hollow behind the knee: the common fibular nerve runs there, and the popliteal vessels and the tibial nerve lie in the middle. This spot is for a clinician to examine.',
    },
    {
      technique: 'pressure-release',
      near: ['popliteal artery', 'popliteal vein', 'tibial nerve', 'common fibular nerve'],
      caution:
        'Never into the middle of the hollow behind the knee (popliteal artery and vein, tibial and common fibular nerves): gentle fingertip pressure at the inner edge only, no tools. Not in the weeks after knee surgery or a knee replacement without the surgeon\'s agreement, not on blood thinners and not after a clot in the leg. Stop and get medical care for a pulsing lump or a swollen, warm or tender calf.',
    },
  ],
  mistakenFor: [
    'Baker\'s cyst',
    'Popliteus tendinitis or tenosynovitis; avulsion of the popliteus tendon',
    'Torn meniscus or tear of the back of the knee capsule',
    'Cruciate ligament instability',
    'Knee osteoarthritis',
    'Clot in the vein behind the knee (popliteal vein thrombosis)',
    'Gastrocnemius TrP3/TrP4 and hamstring (biceps femoris) trigger points',
  ],
  sources: ['ts-1992', 'namtpt', 'niel-asher', 'cael-2015', 'sanchez-romero-2020', 'atlas-safety-review'],
  notes: [
    'Pain behind the knee when crouching, running, or walking downhill or down stairs; a slight loss of full straightening that patients seldom notice; morning stiffness.',
    'Niel-Asher advises against self-treatment with pressure tools for this muscle.',
    'In painful knee osteoarthritis (Sánchez Romero 2020) gastrocnemius trigger points were found more often (33% latent, 25% active) than popliteus ones; pain matched the trigger-point counts poorly.',
    'The finding technique follows Cael (2015). The chapter of Travell & Simons Vol. 2 is cited as chapter 17 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
