/**
 * 3D shapes of the second wave's muscles of one reference file (see ../muscleShapes.ts for the words):
 * the back of the knee, the deep and lateral muscles of the leg, the top and the sole of the foot.
 *
 * Layers (Gray's Anatomy 42nd ed.): behind the knee popliteus lies on the tibia under the
 * gastrocnemius heads and plantaris; in the leg tibialis posterior is deepest, on the interosseous
 * membrane under soleus, with flexor digitorum longus medial to it; on the fibula peroneus longus
 * covers brevis; in the sole flexor digitorum brevis (first layer, under the plantar aponeurosis)
 * covers quadratus plantae and the long flexor tendons (second layer), and the peroneus longus
 * tendon crosses deepest, against the bones. Extensor hallucis longus lies between tibialis anterior
 * and the long toe extensor, under both until the lower third; flexor hallucis longus lies on the
 * back of the fibula under soleus, lateral to tibialis posterior; abductor digiti minimi is the
 * first layer of the sole along its outer border.
 */
import type { Anchor } from '../../muscleSchema';
import type { MuscleShapeRecipe, ShapePart } from '../../shapes/shapeRecipe';
import { at, between, line, part, point, way, type Offset } from './recipeWords';

// Toes 2-5 as shifts [lateral, up, forward] from the third toe's line: the lesser toes fan out from
// the metatarsal heads, each shorter and further back than the one inside it.
const TOES: readonly Offset[] = [
  [-0.015, 0, 0.002],
  [0, 0, 0],
  [0.013, 0, -0.01],
  [0.025, 0, -0.022],
];

// Where the flexor digitorum longus tendon divides in the sole, under the middle of the midfoot:
// quadratus plantae inserts on its lateral border just behind this point, so both share it.
const FDL_SPLIT = way('heel_plantar', 'ball_of_foot', 0.5, [0.004, 0, 0]);
const FDL_SPLIT_DEPTH = 0.02;

// The peroneal tendons pass behind the lateral malleolus (brevis against the bone, longus behind
// it) and below it; longus then turns into the groove of the cuboid just behind the 5th metatarsal.
const CUBOID_GROOVE = way('foot_lateral', 'heel_lateral', 0.32, [0, -0.004, 0]);

// Extensor digitorum brevis arises from the upper front of the calcaneus just in front of the sinus tarsi.
const EDB_ORIGIN = way('sinus_tarsi', 'foot_dorsum', 0.12, [0, 0.002, 0]);

// The long extensor's tendons leave the belly under the extensor retinacula in front of the ankle.
const EDL_RETINACULUM = way('ankle_anterior', 'lateral_malleolus', 0.28, [0, -0.014, 0.006]);

// The big toe's long extensor tendon passes under the retinacula between tibialis anterior
// (medial) and the long toe extensor (lateral), just inside the middle of the front of the ankle.
const EHL_RETINACULUM = at('ankle_anterior', [-0.007, 0, 0]);

// The big toe's long flexor tendon turns forward under the ledge of the calcaneus (sustentaculum
// tali), below the flexor digitorum longus tendon, before it enters the sole.
const FHL_SUSTENTACULUM = way('medial_malleolus', 'heel_medial', 0.7, [0, -0.006, 0.01]);

/** A thin tendon through single-anchor sections (a strap kept flat and narrow). */
function tendon(name: string, depth: number, anchors: readonly (readonly [Anchor, number?])[], width = 0.005, thickness = 0.003): ShapePart {
  return part(name, 'strap', depth, thickness, anchors.map(([a, d]) => point(a, width, d === undefined ? {} : { depth: d })));
}

const TOE_NAMES = ['2nd', '3rd', '4th', '5th'] as const;

export const LEG_FOOT_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {
  popliteus: {
    note: 'A thin flat triangle on the floor of the popliteal fossa, deep to both gastrocnemius heads and plantaris: from a tendon in the groove of the lateral femoral condyle (inside the knee capsule) its fibres fan down and medially onto the back of the tibia above the soleal line, the broad fleshy base along the medial tibia.',
    parts: (() => {
      const femur = at('knee_lateral', [0, -0.008, -0.02]);
      const tibia = [at('popliteal', [-0.03, -0.032, 0]), at('popliteal', [-0.026, -0.06, 0]), at('popliteal', [-0.01, -0.085, 0]), at('popliteal', [0.012, -0.082, 0])];
      return [
        part('popliteus', 'fan', 0.03, 0.01, [
          point(femur, 0.01, { depth: 0.016, thickness: 0.005 }),
          line(tibia.map((b) => between(femur, b, 0.35, undefined, 0.028))),
          line(tibia.map((b) => between(femur, b, 0.7, undefined, 0.032))),
          line(tibia.map((b) => ({ at: b, depth: 0.03 })), { thickness: 0.007 }),
        ], 'straight'),
      ];
    })(),
  },
  plantaris: {
    note: 'A small spindle-shaped belly from the lateral supracondylar line just above the lateral head of gastrocnemius, running down and medially across the popliteal fossa under that head; its long thin tendon runs between gastrocnemius and soleus down the medial side of the Achilles tendon to the calcaneus.',
    parts: [
      part('belly', 'spindle', 0.02, 0.014, [
        point(at('popliteal', [0.03, 0.056, 0]), 0.018, { thickness: 0.006 }),
        point(at('popliteal', [0.02, 0.02, 0]), 0.028, { depth: 0.024 }),
        point(at('popliteal', [0.008, -0.014, 0]), 0.022, { depth: 0.028 }),
        point(at('popliteal', [0.002, -0.036, 0]), 0.01, { depth: 0.03, thickness: 0.005 }),
      ], { belly: 0.4 }),
      tendon('tendon', 0.03, [
        [at('popliteal', [0.002, -0.036, 0])],
        [way('popliteal', 'calf', 0.75, [-0.012, 0, 0]), 0.032],
        [way('calf', 'achilles', 0.5, [-0.016, 0, 0]), 0.016],
        [at('achilles', [-0.012, 0, 0]), 0.006],
        [at('heel', [-0.01, 0.012, 0]), 0.006],
      ]),
    ],
  },
  'peroneus-longus': {
    note: 'Two muscles on the lateral fibula. Peroneus longus, superficial, from the fibular head and the upper two-thirds of the lateral fibula, a long tendon from mid-leg behind the lateral malleolus, below it, into the groove of the cuboid and deep across the sole to the 1st metatarsal base and medial cuneiform. Peroneus brevis, under it, from the lower two-thirds of the fibula, fleshy lower down, its tendon in front of the longus behind the malleolus to the tuberosity of the 5th metatarsal.',
    parts: [
      part('peroneus longus', 'spindle', 0.003, 0.016, [
        point(at('fibular_head', [0.002, 0.006, 0.002]), 0.018, { thickness: 0.008 }),
        point(way('fibular_head', 'lateral_malleolus', 0.2, [0.004, 0, -0.002]), 0.03),
        point(way('fibular_head', 'lateral_malleolus', 0.42, [0.004, 0, -0.006]), 0.026),
        point(way('fibular_head', 'lateral_malleolus', 0.64, [0.002, 0, -0.012]), 0.012, { thickness: 0.005 }),
        point(way('lateral_malleolus', 'achilles', 0.32, [0, 0.03, 0]), 0.008, { thickness: 0.004 }),
        point(way('lateral_malleolus', 'achilles', 0.26, [0, -0.012, 0]), 0.008, { thickness: 0.004 }),
        point(way('lateral_malleolus', 'heel_lateral', 0.75, [0, 0, 0.012]), 0.008, { thickness: 0.004 }),
        point(CUBOID_GROOVE, 0.008, { thickness: 0.004 }),
      ], { belly: 0.28 }),
      part('peroneus longus tendon in the sole', 'strap', 0.008, 0.004, [
        point(CUBOID_GROOVE, 0.007),
        point(way('heel_plantar', 'ball_of_foot', 0.5, [0.012, 0, 0]), 0.007, { depth: 0.026 }),
        point(way('instep', 'metatarsale_tibiale', 0.35, [0, -0.006, 0]), 0.008, { depth: 0.016 }),
      ], 'straight'),
      part('peroneus brevis', 'spindle', 0.012, 0.012, [
        point(way('fibular_head', 'lateral_malleolus', 0.32, [0.002, 0, 0.002]), 0.014, { depth: 0.018, thickness: 0.005 }),
        point(way('fibular_head', 'lateral_malleolus', 0.52, [0.002, 0, 0]), 0.024, { depth: 0.015 }),
        point(way('fibular_head', 'lateral_malleolus', 0.74, [0, 0, 0.002]), 0.02, { depth: 0.009 }),
        point(way('lateral_malleolus', 'achilles', 0.16, [0, 0.032, 0]), 0.009, { depth: 0.007, thickness: 0.005 }),
        point(way('lateral_malleolus', 'achilles', 0.12, [0, -0.014, 0]), 0.007, { depth: 0.006, thickness: 0.004 }),
        point(way('lateral_malleolus', 'foot_lateral', 0.45, [0, -0.002, 0]), 0.007, { depth: 0.005, thickness: 0.004 }),
        point(at('foot_lateral', [0.002, 0.004, -0.004]), 0.01, { depth: 0.005, thickness: 0.004 }),
      ], { belly: 0.4 }),
    ],
  },
  'peroneus-tertius': {
    note: 'A small lateral slip of the long extensor: from the lower third of the front of the fibula and the interosseous membrane, its short belly lateral to the extensor digitorum longus, its tendon in front of the lateral malleolus (not behind it like the other peroneals) to the top of the base of the 5th metatarsal.',
    parts: [
      part('peroneus tertius', 'spindle', 0.005, 0.01, [
        point(way('lateral_malleolus', 'fibular_head', 0.42, [-0.004, 0, 0.016]), 0.012, { depth: 0.008, thickness: 0.005 }),
        point(way('lateral_malleolus', 'fibular_head', 0.24, [-0.002, 0, 0.02]), 0.02),
        point(way('lateral_malleolus', 'ankle_anterior', 0.45, [0, 0.018, 0]), 0.012, { thickness: 0.005 }),
        point(way('lateral_malleolus', 'ankle_anterior', 0.5, [0, -0.008, 0]), 0.007, { depth: 0.004, thickness: 0.004 }),
        point(way('sinus_tarsi', 'foot_lateral', 0.6, [0, 0.006, 0.01]), 0.007, { depth: 0.004, thickness: 0.003 }),
        point(at('foot_lateral', [-0.006, 0.01, 0.004]), 0.009, { depth: 0.004, thickness: 0.003 }),
      ], { belly: 0.3 }),
    ],
  },
  'tibialis-posterior': {
    note: 'The deepest muscle of the back of the leg, on the interosseous membrane and the adjoining backs of the tibia and fibula, under soleus (and flexor digitorum longus medially), from just below popliteus to the lower third; its tendon swings medially behind the tibia, runs in the groove directly behind the medial malleolus and forward under it to the navicular tuberosity.',
    parts: [
      part('tibialis posterior', 'spindle', 0.045, 0.014, [
        point(at('popliteal', [0.008, -0.072, 0]), 0.02, { depth: 0.04, thickness: 0.008 }),
        point(way('popliteal', 'calf', 0.8, [0.004, 0, 0]), 0.03, { depth: 0.05 }),
        point(at('calf', [0, -0.04, 0]), 0.028, { depth: 0.05 }),
        point(way('calf', 'achilles', 0.48, [-0.012, 0, 0]), 0.02, { depth: 0.04, thickness: 0.01 }),
        point(way('calf', 'achilles', 0.75, [-0.024, 0, 0]), 0.01, { depth: 0.03, thickness: 0.006 }),
        point(way('medial_malleolus', 'achilles', 0.18, [0, 0.03, 0]), 0.008, { depth: 0.012, thickness: 0.005 }),
        point(way('medial_malleolus', 'heel_medial', 0.3, [0, 0, 0.006]), 0.008, { depth: 0.009, thickness: 0.005 }),
        point(way('medial_malleolus', 'instep', 0.62, [0, 0, 0]), 0.012, { depth: 0.008, thickness: 0.005 }),
      ], { path: 'straight', belly: 0.35 }),
    ],
  },
  'extensor-digitorum-longus': {
    note: 'A long pennate muscle in the front of the leg between tibialis anterior (medial) and the peroneals (lateral): from the lateral tibial condyle and the upper three-quarters of the front of the fibula, its tendon passes under the extensor retinacula in front of the ankle and divides into four on the dorsum of the foot to the 2nd-5th toes.',
    parts: [
      part('belly', 'spindle', 0.004, 0.016, [
        point(at('knee_lateral', [-0.004, -0.026, 0.004]), 0.016, { thickness: 0.006 }),
        point(way('fibular_head', 'lateral_malleolus', 0.2, [-0.01, 0, 0.026]), 0.024),
        point(way('fibular_head', 'lateral_malleolus', 0.45, [-0.012, 0, 0.03]), 0.022),
        point(way('fibular_head', 'lateral_malleolus', 0.7, [-0.016, 0, 0.03]), 0.014, { thickness: 0.007 }),
        point(way('ankle_anterior', 'lateral_malleolus', 0.3, [0, 0.022, 0]), 0.012, { thickness: 0.005 }),
        point(EDL_RETINACULUM, 0.012, { thickness: 0.004 }),
      ], { belly: 0.4 }),
      ...TOES.map(([dx, , dz], k) =>
        tendon(`tendon to the ${TOE_NAMES[k]} toe`, 0.003, [
          [EDL_RETINACULUM],
          [way('ankle_anterior', 'foot_dorsum', 0.55, [dx * 0.45, 0, 0])],
          [way('foot_dorsum', 'toe3', 0.55, [dx, 0.004, dz * 0.6])],
          [way('foot_dorsum', 'toe3', 0.9, [dx, 0.004, dz])],
        ], 0.005, 0.0025),
      ),
    ],
  },
  'extensor-hallucis-longus': {
    note: 'A slender pennate muscle of the front of the leg, deep between tibialis anterior (medial) and the long toe extensor (lateral): from the middle half of the front of the fibula and the interosseous membrane, it comes to the surface between their tendons in the lower third; its tendon passes under the extensor retinacula just medial to the middle of the ankle and runs along the top of the first metatarsal to the base of the end bone of the big toe.',
    parts: [
      part('belly', 'spindle', 0.02, 0.014, [
        point(way('fibular_head', 'lateral_malleolus', 0.3, [-0.024, 0, 0.04]), 0.012, { depth: 0.026, thickness: 0.006 }),
        point(way('fibular_head', 'lateral_malleolus', 0.48, [-0.026, 0, 0.042]), 0.02, { depth: 0.024 }),
        point(way('fibular_head', 'lateral_malleolus', 0.66, [-0.027, 0, 0.042]), 0.02, { depth: 0.016 }),
        point(way('fibular_head', 'lateral_malleolus', 0.82, [-0.028, 0, 0.042]), 0.01, { depth: 0.008, thickness: 0.006 }),
        point(at('ankle_anterior', [-0.007, 0.024, 0]), 0.007, { depth: 0.005, thickness: 0.004 }),
      ], { belly: 0.5 }),
      tendon('tendon', 0.003, [
        [at('ankle_anterior', [-0.007, 0.024, 0]), 0.005],
        [EHL_RETINACULUM],
        [way('metatarsale_tibiale', 'ankle_anterior', 0.5, [0.006, 0, 0])],
        [way('metatarsale_tibiale', 'ankle_anterior', 0.15, [0.01, 0, 0])],
        [way('hallux', 'metatarsale_tibiale', 0.45, [0, 0.016, 0])],
        [at('hallux', [0, 0.012, -0.012]), 0.0025],
      ], 0.006, 0.003),
    ],
  },
  'flexor-digitorum-longus': {
    note: 'In the deep layer of the back of the leg, medial to tibialis posterior and under the medial edge of soleus: from the back of the tibia below the soleal line; its tendon runs behind the medial malleolus (behind the tibialis posterior tendon), under the sustentaculum tali into the sole, where quadratus plantae pulls on it and it divides into four tendons to the end bones of the 2nd-5th toes.',
    parts: [
      part('belly', 'spindle', 0.02, 0.014, [
        point(way('knee_medial', 'medial_malleolus', 0.22, [0.008, 0, -0.016]), 0.014, { depth: 0.024, thickness: 0.006 }),
        point(way('knee_medial', 'medial_malleolus', 0.45, [0.008, 0, -0.014]), 0.024, { depth: 0.02 }),
        point(at('calf_medial', [0.008, -0.02, -0.012]), 0.02, { depth: 0.017 }),
        point(way('calf_medial', 'medial_malleolus', 0.55, [0.004, 0, -0.012]), 0.012, { depth: 0.014, thickness: 0.007 }),
        point(way('medial_malleolus', 'achilles', 0.36, [0, 0.02, 0]), 0.008, { depth: 0.012, thickness: 0.005 }),
        point(way('medial_malleolus', 'heel_medial', 0.55, [0, 0, 0.004]), 0.008, { depth: 0.012, thickness: 0.005 }),
      ], { path: 'straight', belly: 0.38 }),
      part('tendon in the sole', 'strap', 0.012, 0.004, [
        point(way('medial_malleolus', 'heel_medial', 0.55, [0, 0, 0.004]), 0.008),
        point(way('heel_medial', 'instep', 0.5, [0, -0.008, 0]), 0.008, { depth: 0.018 }),
        point(FDL_SPLIT, 0.01, { depth: FDL_SPLIT_DEPTH }),
      ], 'straight'),
      ...TOES.map(([dx, , dz], k) =>
        tendon(`tendon to the ${TOE_NAMES[k]} toe`, 0.012, [
          [FDL_SPLIT, FDL_SPLIT_DEPTH],
          [at('ball_of_foot', [dx * 0.8, 0, dz * 0.3]), 0.012],
          [way('ball_of_foot', 'toe3', 0.72, [dx, 0, dz]), 0.004],
        ], 0.004, 0.0025),
      ),
    ],
  },
  'flexor-hallucis-longus': {
    note: 'The bulkiest deep muscle of the back of the leg: from the lower two-thirds of the back of the fibula and the interosseous membrane, under soleus and lateral to tibialis posterior, fleshy almost down to the ankle; its tendon crosses medially behind the ankle (behind the flexor digitorum longus tendon), runs in the groove of the talus and under the sustentaculum tali, then forward along the medial sole under the first metatarsal, between the sesamoids, to the base of the end bone of the big toe.',
    parts: [
      part('belly', 'spindle', 0.035, 0.018, [
        point(way('calf', 'achilles', 0.08, [0.026, 0, 0]), 0.014, { depth: 0.042, thickness: 0.007 }),
        point(way('calf', 'achilles', 0.35, [0.024, 0, 0]), 0.032, { depth: 0.036 }),
        point(way('calf', 'achilles', 0.6, [0.016, 0, 0]), 0.032, { depth: 0.028 }),
        point(way('calf', 'achilles', 0.84, [0.002, 0, 0]), 0.014, { depth: 0.022, thickness: 0.008 }),
        point(way('medial_malleolus', 'achilles', 0.55, [0, -0.004, 0]), 0.008, { depth: 0.018, thickness: 0.005 }),
        point(FHL_SUSTENTACULUM, 0.008, { depth: 0.014, thickness: 0.005 }),
      ], { path: 'straight', belly: 0.45 }),
      part('tendon in the sole', 'strap', 0.016, 0.004, [
        point(FHL_SUSTENTACULUM, 0.007, { depth: 0.014 }),
        point(way('heel_plantar', 'metatarsale_tibiale', 0.45, [0.01, -0.01, 0]), 0.007, { depth: 0.02 }),
        point(way('heel_plantar', 'metatarsale_tibiale', 0.7, [0.01, -0.01, 0]), 0.007, { depth: 0.014 }),
        point(at('metatarsale_tibiale', [0.015, -0.02, 0]), 0.006, { depth: 0.01 }),
        point(way('hallux', 'metatarsale_tibiale', 0.4, [0, -0.015, 0]), 0.005, { depth: 0.005 }),
        point(at('hallux', [0, -0.01, -0.01]), 0.005, { depth: 0.004, thickness: 0.003 }),
      ], 'straight'),
    ],
  },
  'extensor-digitorum-brevis': {
    note: 'The only muscle on the dorsum of the foot, under the long extensor tendons: a flat belly from the upper front of the calcaneus in front of the sinus tarsi that divides into four slips fanning forward and medially, the innermost (extensor hallucis brevis) to the base of the big toe, the others joining the long extensor tendons of the 2nd-4th toes.',
    parts: [
      ...([
        ['extensor hallucis brevis', way('sinus_tarsi', 'foot_dorsum', 0.55, [-0.016, 0.002, -0.004]), way('foot_dorsum', 'hallux', 0.45, [0, 0.002, 0]), way('foot_dorsum', 'hallux', 0.7, [0.002, 0.008, 0])],
        ['slip to the 2nd toe', way('sinus_tarsi', 'foot_dorsum', 0.6, [-0.006, 0.002, 0]), way('foot_dorsum', 'toe3', 0.4, [-0.014, 0.004, 0]), way('foot_dorsum', 'toe3', 0.7, [-0.012, 0.004, 0])],
        ['slip to the 3rd toe', way('sinus_tarsi', 'foot_dorsum', 0.62, [0.002, 0.002, 0]), way('foot_dorsum', 'toe3', 0.4, [0.002, 0.004, 0]), way('foot_dorsum', 'toe3', 0.7, [0.003, 0.004, 0])],
        ['slip to the 4th toe', way('sinus_tarsi', 'foot_dorsum', 0.6, [0.01, 0.0, 0]), way('foot_dorsum', 'toe3', 0.35, [0.016, 0.002, -0.006]), way('foot_dorsum', 'toe3', 0.66, [0.015, 0.002, -0.01])],
      ] as const).map(([name, belly, tendonStart, end]) =>
        part(name, 'strap', 0.006, 0.007, [
          point(EDB_ORIGIN, 0.012, { thickness: 0.006 }),
          point(belly, 0.013),
          point(tendonStart, 0.005, { thickness: 0.003 }),
          point(end, 0.004, { depth: 0.004, thickness: 0.0025 }),
        ]),
      ),
    ],
  },
  'abductor-hallucis': {
    note: 'Superficial along the medial border of the foot, covering the arch: from the medial process of the calcaneal tuberosity, the flexor retinaculum and the plantar aponeurosis, a thick belly running straight forward along the medial sole to a tendon on the medial base of the proximal phalanx of the big toe.',
    parts: [
      part('abductor hallucis', 'spindle', 0.004, 0.014, [
        point(at('heel_medial', [0, -0.01, -0.006]), 0.02, { thickness: 0.008 }),
        point(way('heel_medial', 'metatarsale_tibiale', 0.3, [0, -0.004, 0]), 0.034),
        point(way('heel_medial', 'metatarsale_tibiale', 0.62, [0, -0.004, 0]), 0.032),
        point(way('heel_medial', 'metatarsale_tibiale', 0.85, [0, -0.004, 0]), 0.016, { thickness: 0.007 }),
        point(at('metatarsale_tibiale', [0, -0.004, 0.022]), 0.008, { thickness: 0.004 }),
      ], { belly: 0.5 }),
    ],
  },
  'flexor-digitorum-brevis': {
    note: 'The central muscle of the first (most superficial) layer of the sole, just under the plantar aponeurosis: from the medial process of the calcaneal tuberosity a flat belly widening forward along the middle of the sole, dividing at the midfoot into four tendons to the middle bones of the 2nd-5th toes (superficial to the long flexor tendons).',
    parts: [
      part('belly', 'strap', 0.008, 0.009, [
        point(at('heel_plantar', [0.004, 0, 0.006]), 0.012, { depth: 0.013, thickness: 0.005 }),
        point(way('heel_plantar', 'ball_of_foot', 0.3, [0.004, 0, 0]), 0.024, { depth: 0.009 }),
        line(TOES.map(([dx]) => way('heel_plantar', 'ball_of_foot', 0.58, [dx * 0.8, 0, 0])), { depth: 0.007, thickness: 0.006 }),
      ]),
      ...TOES.map(([dx, , dz], k) =>
        tendon(`tendon to the ${TOE_NAMES[k]} toe`, 0.006, [
          [way('heel_plantar', 'ball_of_foot', 0.58, [dx * 0.8, 0, 0])],
          [at('ball_of_foot', [dx * 0.8, 0, dz * 0.3]), 0.005],
          [way('ball_of_foot', 'toe3', 0.5, [dx, 0, dz * 0.8]), 0.004],
        ], 0.005, 0.003),
      ),
    ],
  },
  'abductor-digiti-minimi-pedis': {
    note: 'Superficial along the lateral border of the sole (first layer, beside flexor digitorum brevis): from the lateral and medial processes of the calcaneal tuberosity and the plantar aponeurosis, a belly running forward along the outer edge of the foot past the tuberosity of the 5th metatarsal, its tendon along the 5th metatarsal head to the lateral base of the proximal phalanx of the little toe.',
    parts: [
      part('abductor digiti minimi', 'spindle', 0.005, 0.012, [
        point(at('heel_plantar', [0.012, 0, 0.004]), 0.018, { depth: 0.009, thickness: 0.006 }),
        point(way('heel_plantar', 'metatarsale_fibulare', 0.3, [0.012, 0, 0]), 0.022),
        point(way('heel_plantar', 'metatarsale_fibulare', 0.6, [0.008, 0, 0]), 0.018),
        point(way('heel_plantar', 'metatarsale_fibulare', 0.85, [0.004, -0.002, 0]), 0.01, { thickness: 0.006 }),
        point(at('metatarsale_fibulare', [-0.004, -0.008, 0]), 0.007, { depth: 0.004, thickness: 0.004 }),
        point(way('metatarsale_fibulare', 'toe3', 0.32, [0.004, 0, 0]), 0.006, { depth: 0.003, thickness: 0.003 }),
      ], { belly: 0.35 }),
    ],
  },
  'quadratus-plantae': {
    note: 'The second layer of the sole, under flexor digitorum brevis: two heads from the medial (larger) and lateral sides of the underside of the calcaneus, joining into a flat quadrilateral belly that runs forward to the lateral border of the flexor digitorum longus tendon just before it divides.',
    parts: [
      part('medial head', 'sheet', 0.017, 0.007, [
        line([{ at: way('heel_plantar', 'heel_medial', 0.9, [0, 0, 0.006]), depth: 0.014 }, { at: at('heel_plantar', [-0.012, 0, 0.012]), depth: 0.016 }, { at: at('heel_plantar', [0.002, 0, 0.012]), depth: 0.018 }], { thickness: 0.005 }),
        point(way('heel_plantar', 'ball_of_foot', 0.28, [-0.004, 0, 0]), 0.028),
        point(way('heel_plantar', 'ball_of_foot', 0.46, [0.006, 0, 0]), 0.012, { depth: FDL_SPLIT_DEPTH - 0.002, thickness: 0.004 }),
      ]),
      part('lateral head', 'sheet', 0.017, 0.006, [
        line([at('heel_plantar', [0.004, 0, 0.012]), { at: at('heel_plantar', [0.022, 0, 0.006]), depth: 0.016 }], { thickness: 0.004 }),
        point(way('heel_plantar', 'ball_of_foot', 0.3, [0.014, 0, 0]), 0.018),
        point(way('heel_plantar', 'ball_of_foot', 0.46, [0.01, 0, 0]), 0.01, { depth: FDL_SPLIT_DEPTH - 0.002, thickness: 0.004 }),
      ]),
    ],
  },
};
