import type { MuscleData, ReferralZone } from '../../muscleSchema';

// Both muscles send pain to the same place: around the outer ankle bone and a short way along the
// outer edge of the foot (reference more/leg-foot.md section 1).
const OUTER_ANKLE: ReferralZone = {
  kind: 'essential',
  description:
    'Around the outer ankle bone: above it, behind it and below it, running on a short way along the outer edge of the foot.',
  shapes: [
    { shape: 'disc', center: 'lateral_malleolus', radius: 0.035 },
    {
      shape: 'stroke',
      path: [{ landmark: 'lateral_malleolus', toward: 'achilles', t: 0.35 }, 'lateral_malleolus', { landmark: 'lateral_malleolus', toward: 'foot_lateral', t: 0.95 }],
      width: 0.03,
    },
    // Below the ankle bone, toward the outer side of the heel.
    { shape: 'stroke', path: ['lateral_malleolus', { landmark: 'lateral_malleolus', toward: 'heel_lateral', t: 0.7 }], width: 0.025 },
  ],
  uncertain:
    'One self-help page gives the peroneus longus alone a band down the outer calf and gives this ankle zone to the peroneus brevis; another adds the outside of the leg just below the knee and the arch. The summaries of Travell & Simons put the main zone at the ankle bone for both muscles, as here.',
};

/** Peroneus (fibularis) longus and brevis: the outer-leg muscles behind "weak ankles" and pain around the outer ankle bone. */
const muscle: MuscleData = {
  id: 'peroneus-longus',
  name: 'Peroneus longus and brevis',
  synonyms: ['fibularis longus', 'fibularis brevis', 'peroneus brevis', 'peroneal muscles', 'fibular muscles', 'peroneals'],
  aliases: ['fibularis-longus', 'peroneus-brevis', 'fibularis-brevis'],
  region: 'leg',
  anatomy: {
    origin:
      'Longus: the head and upper two-thirds of the outer surface of the fibula, and the outer knuckle (lateral condyle) of the tibia. Brevis: the lower two-thirds of the outer fibula and the neighbouring septa, deep to the longus.',
    insertion:
      'Longus: its tendon passes behind the outer ankle bone, under the cuboid and across the sole to the medial cuneiform and the base of the 1st metatarsal. Brevis: its tendon passes behind the outer ankle bone, in front of the longus tendon, to the base of the 5th metatarsal.',
    innervation: 'Superficial fibular (peroneal) nerve (L5-S1; Niel-Asher gives L4-S1).',
    actions: [
      'Turn the sole of the foot outward (eversion) and help point the foot.',
      'Longus: presses the big-toe ray down and supports the arches of the foot.',
      'Steady the ankle from the outer side when standing on one leg and on uneven ground.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'longus',
      prevalence: 'common',
      prevalenceNote:
        'The sources give no frequency for this trigger point in ankle pain; on the unaffected side of 100 people with plantar fasciopathy, the peroneus longus was the muscle that most often had trigger points (50%, Thummar 2020). It is counted as common.',
      name: 'Peroneus longus TrP',
      location: { landmark: 'fibular_head', toward: 'lateral_malleolus', t: 0.09, offset: [0, 0, -0.008] },
      landmarks: ['fibular_head', 'leg_lateral', 'knee_lateral'],
      description:
        'High on the outer side of the leg, over the shaft of the fibula about 2-4 cm below its bony knob (the fibular head), a little behind the line from the knob down to the outer ankle bone.',
      palpation:
        'Lying on the other side, or sitting with the ankle resting on the other knee and the foot relaxed, press flat across the fibres against the fibula, a little lower and further back than the bony knob below the outer knee. Turning the sole outward against your hand makes the muscle stand out; the tight band runs up and down the leg. Work a little below the neck of the fibula, not just under the knob.',
      zones: [
        OUTER_ANKLE,
        {
          kind: 'spillover',
          description: 'A vaguer patch over the middle third of the outer side of the leg.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'fibular_head', toward: 'lateral_malleolus', t: 0.33 },
                'leg_lateral',
                { landmark: 'fibular_head', toward: 'lateral_malleolus', t: 0.67 },
              ],
              width: 0.05,
            },
          ],
        },
      ],
      uncertain:
        'The level, 2-4 cm below the fibular head, is from memory of the Travell & Simons figure. Nerve studies support a high position: the nerve branches enter the upper part of the muscle (Park 2022, 5 cadavers, a conference abstract; a later 12-leg study known only from a lay summary).',
    },
    {
      id: 'brevis',
      prevalence: 'common',
      prevalenceNote: 'No frequency is given for the peroneus brevis trigger points; they are counted as common.',
      name: 'Peroneus brevis TrP',
      location: { landmark: 'lateral_malleolus', toward: 'fibular_head', t: 0.33 },
      landmarks: ['lateral_malleolus', 'leg_lateral'],
      description:
        'Low on the outer side of the leg, near where its middle and lower thirds meet, on either side of the peroneus longus tendon: about a third of the way up from the outer ankle bone.',
      palpation:
        'Sitting with the ankle on the other knee, or lying on the other side, press flat against the fibula a third of the way up from the outer ankle bone, on either side of the tendon, while the foot turns its sole outward against light resistance.',
      zones: [
        OUTER_ANKLE,
      ],
      uncertain:
        'The site is given only approximately. The summaries found give the peroneus brevis no spillover up the leg; whether it has one is not confirmed.',
    },
  ],
  activatingFactors: [
    'Turning the ankle over (inversion sprain) or an ankle fracture.',
    'Immobilisation in a cast.',
    'Sitting with the legs crossed, knee over knee (it also presses on the nerve behind the fibular head).',
  ],
  perpetuatingFactors: [
    'Morton foot structure (a long second and short first metatarsal) and a small half of the pelvis.',
    'High heels; flat or over-pronating feet; shoes without arch support; narrow pointed shoes.',
    'Tight elastic socks or stockings that dent the skin below the knee.',
    'Sleeping with the foot strongly pointed.',
    'Trigger points in the front part of the gluteus minimus, which refers to the outer leg and can set off these ones.',
  ],
  selfCare: {
    pressureRelease:
      'Lie on the other side and roll a tennis ball or foam roller slowly along the outer side of the leg, starting about a hand\'s breadth below the bony knob of the fibula (the fibular head); or sit with the ankle resting on the other knee (not knee over knee) and stroke along the fibula with a thumb or knuckle. Work both the upper part (longus) and the lower third (brevis). Moist heat first helps.',
    stretch:
      'Sitting with the foot across the other knee, hold the foot and turn the sole inward while bringing the foot up toward you; hold about 30 seconds and repeat. Only with a stable, pain-free ankle: standing and holding a firm support, with most of your weight on the other leg, let the foot roll gently onto its outer edge on a slope or board. Leave the standing version out after a recent sprain or if the ankle gives way: rolling onto the outer edge under weight is how ankles get sprained.',
    other: [
      'A small pad under the head of the first metatarsal corrects a Morton foot.',
      'Choose shoes that steady the ankle from the side; avoid high heels, crossing the knees and tight sock tops.',
    ],
    cautions: [
      'New foot drop (the foot slaps or drags), or numbness on the top of the foot, needs prompt assessment by a clinician.',
      'An ankle that cannot take weight after a sprain, or bony tenderness at the ankle bone or at the base of the fifth metatarsal on the outer edge of the foot, needs an X-ray check for a fracture.',
      'A tense, swollen, very painful outer leg after an injury, with pain out of proportion, can be compartment syndrome: an emergency.',
      'Pain with weakness, numbness or pins and needles down the leg may come from a nerve root in the back (L5/S1) and needs assessment.',
      'A clicking or slipping tendon behind the outer ankle bone, or weakness turning the foot out, needs a check for a torn or slipping peroneal tendon.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['longus'],
      near: ['common fibular nerve'],
      caution:
        'The common fibular nerve winds around the neck of the fibula, 1-2 cm below its bony knob, close to this trigger point: do not press or roll hard just under the knob, and work the muscle a little lower and further back. Tingling, an electric "zing" down the leg or numbness on the top of the foot means move off the nerve.',
    },
    {
      technique: 'palpation',
      triggerPoints: ['brevis'],
      near: ['superficial fibular nerve'],
      caution: 'A skin nerve crosses the lower outer leg toward the top of the foot: press gently and move if tingling runs onto the top of the foot.',
    },
    {
      technique: 'pressure-release',
      near: ['common fibular nerve', 'varicose veins'],
      caution:
        'Start the ball or roller about a hand\'s breadth below the bony knob of the fibula, never just under it, where the common fibular nerve lies under the skin; stop if tingling runs down the leg or onto the top of the foot. No ball or roller on blood thinners, over varicose veins or after a clot in the leg (DVT); not in the first days after a sprain, an ankle or leg fracture or surgery. With diabetic nerve damage (neuropathy), light hand pressure only and check the skin afterwards, because reduced feeling hides bruising.',
    },
    {
      technique: 'stretch',
      near: ['ankle ligaments'],
      caution:
        'The standing version rolls the foot onto its outer edge under weight, which is how ankles are sprained: leave it out after a recent sprain or with an ankle that gives way, and use the seated stretch.',
    },
  ],
  mistakenFor: [
    'Lateral ankle sprain, ligament damage or chronic ankle instability',
    'Peroneal tendinitis, tear or slipping (subluxation) of the tendons',
    'Ankle arthritis',
    'Common or superficial fibular nerve entrapment',
    'L5-S1 radiculopathy',
    'Lateral compartment syndrome',
    'Diabetic neuropathy, gout, bursitis, plantar fasciitis or complex regional pain syndrome (webmanmed list)',
  ],
  sources: ['ts-1992', 'niel-asher', 'bodyacheescape', 'park-2022', 'painwhisperer', 'perry-2010', 'muscle-joint-pain', 'thewellnessdigest', 'webmanmed', 'salom-moreno-2015', 'thummar-2020', 'zuil-escobar-2015', 'atlas-safety-review'],
  notes: [
    'Peroneus longus and brevis share one entry because the sources give them the same main pattern around the outer ankle bone; the longus adds a vaguer patch up the middle of the outer leg.',
    'Travell & Simons chart one trigger-point region for each muscle rather than numbered trigger points (not confirmed).',
    'Symptoms that go with them: "weak ankles", repeated turning of the ankle and giving way on uneven ground; callus on the outer edge of the foot has been linked to them. The longus can press on the common fibular nerve at the neck of the fibula (numbness on the top of the foot and lower outer leg, weak lifting of the foot, foot drop in severe cases); crossing the legs makes this worse.',
    'Chronic ankle instability (27 people, randomised trial, Salom-Moreno 2015): adding dry needling of the peroneal muscles to balance and strengthening exercise gave better pain and function at one month.',
    'Pain-free adults with a low arch (82 against 82 controls, Zuil-Escobar 2015): latent trigger points were common in both groups (73% and 70%); the differences lay in other muscles, not in the peroneals.',
    'The peroneal chapter of Travell & Simons Vol. 2 is cited as chapter 20 from memory (not verified).',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons, as summarised by secondary sources; they have not been checked against the updated figures of the 2019 3rd edition.',
  ],
};

export default muscle;
