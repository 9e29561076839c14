import type { MuscleData } from '../../muscleSchema';

/** Tensor fasciae latae: a small hip muscle at the front of the outer hip, behind deep outer-hip pain mistaken for bursitis. */
const muscle: MuscleData = {
  id: 'tensor-fasciae-latae',
  name: 'Tensor fasciae latae',
  synonyms: ['TFL', 'tensor fascia lata', 'tensor fascia latae', 'tensor fasciae lata'],
  aliases: ['tfl', 'tensor-fascia-latae', 'tensor-fascia-lata'],
  region: 'hip',
  anatomy: {
    origin: 'The front part of the outer lip of the iliac crest, the outer surface of the ASIS and the notch just below it.',
    insertion: 'The iliotibial tract, about a third of the way down the thigh; the tract continues to the lateral tibial condyle (Gerdy\'s tubercle).',
    innervation: 'Superior gluteal nerve (L4, L5, S1).',
    actions: [
      'Flexes, abducts and medially rotates the hip.',
      'Tenses the fascia lata and the iliotibial tract.',
      'Steadies the pelvis on the standing leg and helps hold the straightened knee.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp',
      prevalence: 'common',
      prevalenceNote:
        'Common: in painful knee osteoarthritis, latent trigger points were found in this muscle in 50% of patients (the most frequent latent site of the muscles tested) and active ones in 11% (Sánchez Romero 2020).',
      name: 'TFL TrP',
      location: { landmark: 'asis', toward: 'trochanterion', t: 0.37 },
      landmarks: ['asis', 'trochanterion'],
      description:
        'Usually one area, in the upper part of the muscle on the front-outer hip: a few centimetres below and a little outside the bony point at the front of the hip (ASIS), in front of the bony bump of the hip (greater trochanter).',
      palpation:
        'Lying on your back, turn the thigh inward against light resistance so the muscle hardens, then relax. Press flat from just below and outside the ASIS down toward where the fibres become the band on the outer thigh (in front of the greater trochanter), feeling for a tight vertical band that gives a deep ache in the hip. Stay to the outer side of the bony point: just inside and below it runs a skin nerve whose pressure causes burning or numbness on the outer thigh.',
      uncertain: 'The distance below the ASIS is an estimate; the T&S figure was not seen.',
      zones: [
        {
          kind: 'essential',
          description: 'Deep in the hip over the greater trochanter and in front of it, continuing onto the upper outer (front-outer) thigh.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'asis', toward: 'trochanterion', t: 0.5 },
                { landmark: 'trochanterion', offset: [0, 0, 0.015] },
                // Front-outer, as the sources say: thigh_lateral marks the side of the thigh.
                { landmark: 'trochanterion', toward: 'thigh_lateral', t: 0.45, offset: [0, 0, 0.035] },
              ],
              width: 0.07,
            },
          ],
        },
        {
          kind: 'spillover',
          description: 'Down the front-outer thigh toward the knee, sometimes as far as the outer edge of the kneecap.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'trochanterion', toward: 'thigh_lateral', t: 0.45, offset: [0, 0, 0.035] },
                { landmark: 'thigh_lateral', toward: 'thigh_anterior', t: 0.3 },
                { landmark: 'patella', toward: 'knee_lateral', t: 0.5 },
              ],
              width: 0.06,
            },
          ],
          uncertain:
            'Sources differ on how far it goes: Finando says "toward the knee", Niel-Asher "midway down the outer thigh and often to the knee", one self-help site the outer knee; T&S describe it as only occasionally reaching the knee.',
        },
      ],
    },
  ],
  activatingFactors: [
    'Walking or running on uneven or sloping ground.',
    'A sudden overload: a misstep or a fall.',
  ],
  perpetuatingFactors: [
    'Long periods with the hip sharply bent: sitting low, driving, sleeping curled up.',
    'Trigger points in the front part of gluteus minimus, which can induce trigger points here; satellites also occur in rectus femoris, iliopsoas and sartorius (Finando).',
  ],
  selfCare: {
    pressureRelease:
      'Lie face down or half-turned on a ball placed just below and outside the bony point at the front of the hip (between the front of the hip bone and the bony bump of the hip), or press the hip and the ball against a wall. Move slowly until you find the tender spot, then hold until it eases. Keep to the outer side of the bony point, not just inside or below it, where a skin nerve of the thigh passes; if burning, tingling or numbness spreads over the outer thigh, move the ball.',
    stretch:
      'Standing, holding a firm support: cross the painful leg behind the other and shift the pelvis toward the painful side, leaning the trunk away. Or lie on the good side at the edge of the bed, take the top leg back and let it drop down behind you. After a hip replacement, do not do these stretches unless your surgeon or physiotherapist agrees.',
    other: [
      'Do not sit for long with the hips sharply bent: raise the seat so the hips are above the knees, and break up long drives.',
      'Do not sleep curled up; when lying on the other side, put a pillow between the knees.',
    ],
    cautions: [
      'After a fall in an older person, hip pain with inability to bear weight, or a leg that looks shortened and turned out, needs emergency care (possible hip fracture).',
      'In a runner, groin or front-of-hip pain on weight-bearing needs a check for a stress fracture of the hip.',
      'A hot, painful hip with fever needs urgent care (possible joint infection).',
      'In children and teenagers, hip or knee pain with a limp needs a doctor (hip disease such as a slipped growth plate or Perthes disease).',
      'Steroid use, heavy drinking or sickle cell disease with a painful hip: see a doctor (possible loss of blood supply to the head of the thigh bone).',
      'Numbness or burning over the outer thigh that does not settle once you stop pressing needs a clinician.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      near: ['lateral femoral cutaneous nerve'],
      caution:
        'The lateral femoral cutaneous nerve passes just inside and below the bony point at the front of the hip (ASIS): pressing there causes burning or numbness on the outer thigh (meralgia paresthetica). Stay to the outer side of the bony point. The femoral artery, vein and nerve lie much further in, in the groin; keep out of it.',
    },
    {
      technique: 'pressure-release',
      near: ['lateral femoral cutaneous nerve'],
      caution:
        'Keep the ball to the outer side of the bony point at the front of the hip, not just inside or below it (lateral femoral cutaneous nerve); move it if burning or numbness spreads over the outer thigh. On blood thinners, light pressure only.',
    },
    {
      technique: 'stretch',
      near: ['artificial hip joint', 'hip (fracture risk)'],
      caution:
        'After a hip replacement, do not cross the leg past the middle or take it back and turned out (both stretches above) unless your surgeon or physiotherapist agrees: depending on the operation, these are positions in which the new hip can dislocate. Do the standing stretch holding a firm support if your balance is poor or your bones are fragile (osteoporosis): a fall risks a hip fracture.',
    },
  ],
  mistakenFor: [
    'Trochanteric bursitis / greater trochanteric pain syndrome',
    'Iliotibial band friction syndrome',
    'Hip joint disease or osteoarthritis',
    'L4 radiculopathy',
    'Meralgia paresthetica',
  ],
  sources: ['ts-1992', 'finando-2005', 'kent-2012', 'niel-asher', 'aberdeen-chiropractic', 'cheatography-upper-leg', 'abbottcenter-groin', 'sanchez-romero-2020', 'atlas-safety-review'],
  notes: [
    'Clues: the patient cannot lie on the painful side, hurts walking quickly, is uncomfortable sitting with the hip sharply bent, and hurts straightening up after long hip bending (driving, sitting, sleeping curled up) (Kent, Massage Today). Many have already been told they have trochanteric bursitis or ITB syndrome.',
    'The trigger point can feel like deep pain in the hip joint, but this muscle does not refer to the groin itself (Abbott Center).',
    'Research: in 114 patients with painful knee osteoarthritis, latent trigger points were found here in 50% and active ones in 11%; disability correlated weakly to moderately with the number of latent trigger points (Sánchez Romero 2020).',
    'The T&S chapter number for this muscle (ch. 12) is from memory and unconfirmed.',
    'Patterns follow the 1992 Vol. 2 of Travell & Simons as summarised by Finando and web summaries; they have not been checked against the updated figures of the 2019 3rd edition.',
    'Safety: The stretches cross the leg past the middle or take it back and turned out, so people with a hip replacement ask first; the pressure stays to the outer side of the ASIS, away from the lateral femoral cutaneous nerve.',
  ],
};

export default muscle;
