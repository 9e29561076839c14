import type { MuscleData } from '../../muscleSchema';

/** Tibialis posterior: the deepest calf muscle, whose trigger point sends pain to the Achilles tendon and the sole. */
const muscle: MuscleData = {
  id: 'tibialis-posterior',
  name: 'Tibialis posterior',
  synonyms: ['posterior tibial muscle', 'tib post'],
  region: 'leg',
  anatomy: {
    origin: 'Back of the tibia (outer part) and of the fibula (upper two-thirds), and most of the membrane between them; the deepest muscle of the calf, under the soleus.',
    insertion:
      'Its tendon runs behind the inner ankle bone, through the tarsal tunnel, to the bump of the navicular bone, with slips to the neighbouring bones of the midfoot and the bases of the 2nd-4th metatarsals.',
    innervation: 'Tibial nerve (L4, L5, S1).',
    actions: [
      'Turns the sole inward (inversion) and helps point the foot.',
      'The main active support of the inner arch; controls the foot as it rolls in during stance.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'central',
      prevalence: 'common',
      prevalenceNote:
        'The only trigger point the sources give for this muscle. In 100 people with plantar fasciopathy it was found on the painful side in 46% (Thummar 2020).',
      name: 'TrP (upper half, deep)',
      location: { landmark: 'popliteal', toward: 'achilles', t: 0.33 },
      landmarks: ['popliteal', 'calf', 'calf_medial'],
      description:
        'Deep in the upper half of the calf, between the tibia and the fibula under the soleus, about a third of the way down from the hollow behind the knee toward the Achilles tendon, near the middle of the back of the leg. It cannot be felt directly.',
      palpation:
        'It lies too deep to feel. Tenderness is looked for indirectly: lying on the affected side with the knee bent, press deep just behind the inner edge of the shinbone in the upper-middle calf, with the soleus eased aside. The deep calf soreness, and often the familiar Achilles or heel pain, is felt; no tight band is usually found.',
      zones: [
        {
          kind: 'essential',
          description: 'Over the Achilles tendon just above the heel.',
          shapes: [{ shape: 'stroke', path: [{ landmark: 'achilles', toward: 'calf', t: 0.2 }, 'achilles'], width: 0.04 }],
        },
        {
          kind: 'spillover',
          description: 'Sometimes, less strongly: from the middle of the calf down to the heel, and the whole sole of the foot, including the undersides of the toes.',
          uncertain:
            'NAMTPT\'s symptom text makes the sole as prominent as the Achilles zone; the Travell & Simons chart as summarised puts the sole in the wider zone, as here.',
          shapes: [
            { shape: 'stroke', path: [{ landmark: 'calf', toward: 'achilles', t: 0.15 }, 'achilles', 'heel', 'heel_plantar'], width: 0.06 },
            { shape: 'stroke', path: ['heel_plantar', { landmark: 'instep', offset: [0.015, 0, 0] }, 'ball_of_foot', 'toe3'], width: 0.07 },
          ],
        },
      ],
      uncertain:
        'The surface site (a third of the way from the back of the knee to the Achilles) and the indirect way of testing it are from memory of Travell & Simons; their figure was not seen.',
    },
  ],
  activatingFactors: [
    'Running or jogging on uneven or cambered (sloping) surfaces.',
    'Overload after an ankle injury.',
  ],
  perpetuatingFactors: [
    'Badly worn shoes that let the foot roll inward; over-pronating feet; Morton foot structure.',
    'Long drives working the pedals, and high heels (Niel-Asher).',
  ],
  selfCare: {
    pressureRelease:
      'Sitting with the ankle on the other knee, press both thumbs deep just behind the inner edge of the shinbone in the upper-middle calf and work slowly in and up. A ball under the calf can be used too, but it reaches the soleus more than this deep muscle. Stay on the calf: not in the groove behind the inner ankle bone, and not over veins that stand out on the inner shin or calf.',
    stretch:
      'Bring the foot up and turn the sole outward. Standing: a wall calf stretch with the knee slightly bent, letting the arch lower gently. Sitting: hold the foot and pull it up and out.',
    other: [
      'Replace worn shoes; use an arch support, or a pad under the first metatarsal head for a Morton foot.',
      'Avoid running on cambered roads while it is sore.',
    ],
    cautions: [
      'A calf that is swollen, warm, red or tender to squeeze may be a clot (deep-vein thrombosis), especially after surgery, a long journey, a cast, pregnancy, the contraceptive pill or cancer: get urgent medical care and do not press the calf.',
      'Calf pain with sudden chest pain or breathlessness is an emergency (possible clot in the lung): call emergency services.',
      'A flattening foot, or not being able to rise onto the toes of one foot, needs a check for a failing tibialis posterior tendon.',
      'A sudden kick or pop at the back of the ankle, then weak push-off, needs urgent assessment (possible Achilles tendon rupture).',
      'A tense, very painful calf with pain out of proportion may be compartment syndrome: an emergency.',
      'A focal tender spot on the shinbone itself may be a stress fracture.',
      'Calf pain that comes on with walking and eases with rest, with a cold foot or weak foot pulses, needs a check of the circulation (peripheral arterial disease).',
      'Burning or numb soles in both feet suggest nerve damage (for example from diabetes) rather than a trigger point: see a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['deep calf veins', 'great saphenous vein', 'posterior tibial artery', 'tibial nerve'],
      caution:
        'Stop and do not press if the calf is swollen, warm, red or tender to squeeze (possible clot): get medical care first. Keep the pressure on the upper-middle calf behind the shinbone, not behind the inner ankle bone, where the posterior tibial artery and tibial nerve run in the tarsal tunnel, and not on varicose veins along the inner shin. Needling this muscle, from the back or the front, is for a clinician only.',
    },
    {
      technique: 'pressure-release',
      near: ['deep calf veins', 'varicose veins', 'great saphenous vein', 'posterior tibial artery', 'tibial nerve'],
      caution:
        'Rule out a clot first: do not press or roll a calf that is swollen, warm, red or tender. No deep calf pressure after a clot in the leg, on blood thinners, in pregnancy or the weeks after childbirth, or in the weeks after leg or pelvic surgery or a cast. No thumb or ball on varicose veins (the great saphenous vein runs up the inner border of the shin). Do not press hard behind the inner ankle bone (posterior tibial artery and tibial nerve). With diabetic nerve damage or poor circulation, light pressure only and check the skin.',
    },
  ],
  mistakenFor: [
    'Achilles tendinopathy',
    'Tibialis posterior tendon dysfunction or tenosynovitis',
    'Shin splints (medial tibial stress syndrome)',
    'Deep posterior compartment syndrome',
    'Plantar fasciitis or heel spur',
    'Tarsal tunnel syndrome',
    'Deep-vein thrombosis (must be excluded)',
  ],
  sources: ['ts-1992', 'namtpt', 'niel-asher', 'phoenix-acupuncture', 'thewellnessdigest', 'thummar-2020', 'atlas-safety-review'],
  notes: [
    'Pain comes with walking or running, worst on uneven ground (gravel, cobbles) or on ground that slopes sideways; the foot rolls in.',
    'Niel-Asher also lists forefoot numbness like a Morton\'s neuroma, toe cramps and claw toes among its signs.',
    'The chapter of Travell & Simons Vol. 2 is cited as chapter 23 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
