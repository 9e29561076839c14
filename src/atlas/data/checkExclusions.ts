/**
 * Trigger points the lookup never asks a patient to press as a check, though the self-care text
 * may describe them with its cautions: a patient pressing alone, to test a guess, should not work
 * near the front of the neck, the chest over the heart, the belly, the groin, the back of the knee,
 * the fibular neck or a calf that may hold a clot. From the clinical review of the checks
 * (docs/content-review.md, "asking back"). Clinician-only trigger points (`clinicianOnly` in the
 * data) are left out as well; these are the ones that are not.
 */

/** Why a group of trigger points is never offered as a check. */
export interface CheckExclusion {
  /** `muscle:triggerPoint`, or `muscle:*` for every trigger point of the muscle. */
  readonly triggerPoints: readonly string[];
  readonly reason: string;
}

export const CHECK_EXCLUSIONS: readonly CheckExclusion[] = [
  {
    triggerPoints: ['sternocleidomastoid:*', 'scalenes:*'],
    reason: 'The front and side of the neck: the carotid artery, the nerves to the arm and the vessels above the collarbone.',
  },
  {
    triggerPoints: ['sternalis:*', 'pectoralis-major:parasternal'],
    reason: 'The breastbone: pain there must first be checked for the heart, and a spot that hurts when pressed does not rule the heart out.',
  },
  {
    triggerPoints: ['rectus-abdominis:*', 'external-oblique:*', 'iliopsoas:*'],
    reason: 'The belly: tenderness there does not rule out an organ (appendix, gallbladder, bowel).',
  },
  {
    triggerPoints: ['adductor-longus:upper-thigh', 'sartorius:upper', 'rectus-femoris:proximal'],
    reason: 'The groin: the femoral artery, vein and nerve.',
  },
  {
    triggerPoints: ['biceps-femoris:lower-lateral', 'popliteus:*'],
    reason: 'The back of the knee: the popliteal artery and the nerves behind the knee.',
  },
  {
    triggerPoints: ['peroneus-longus:longus', 'extensor-digitorum-longus:central'],
    reason: 'Just below the knob on the outer side of the knee: the common fibular nerve winds round the bone there.',
  },
  {
    triggerPoints: ['gastrocnemius:*', 'soleus:*', 'tibialis-posterior:*', 'flexor-digitorum-longus:*', 'flexor-hallucis-longus:*'],
    reason: 'The calf: a tender calf can be a clot, which pressing could make worse; a clinician examines it.',
  },
];

/**
 * Said beside a check of these muscles, because a "yes" there must not read as an all-clear for
 * what the sources say it can mimic.
 */
export const CHECK_CAUTIONS: Readonly<Record<string, string>> = {
  temporalis:
    'If you are over 50 and this headache is new, or your scalp or jaw hurts when you chew, see a doctor today instead: an inflamed artery at the temple needs treatment, and pressing does not rule it out.',
  masseter: 'Tooth or jaw pain that comes on with exertion can come from the heart: see a doctor first if it does.',
  'pectoralis-major': 'Chest pain with breathlessness, sweating or pain on exertion needs a doctor first: a tender muscle does not rule out the heart.',
  'pectoralis-minor': 'Chest pain with breathlessness, sweating or pain on exertion needs a doctor first: a tender muscle does not rule out the heart.',
  'serratus-anterior': 'Sudden sharp pain on breathing in, or breathlessness, needs emergency care: a tender muscle does not rule out the lung.',
};

/** True when `muscle`'s trigger point `tp` is never offered as a check. */
export function isCheckExcluded(muscle: string, tp: string): boolean {
  return CHECK_EXCLUSIONS.some((e) => e.triggerPoints.includes(`${muscle}:${tp}`) || e.triggerPoints.includes(`${muscle}:*`));
}
