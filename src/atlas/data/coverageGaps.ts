/**
 * Skin the coverage report finds no zone on, and what the sources say about it. Where the
 * reference files give no muscle for a patch, the atlas draws no zone there (an invented zone
 * would send a patient to the wrong muscle): the report names the patch and the sources checked
 * instead. Keyed by the landmark the report names the patch after (the base of a sided one,
 * which holds for both sides). `docs/coverage.md` shows these beside the patches; a test fails
 * when a listed patch has no note.
 */
import type { LandmarkId, SidedLandmarkBase } from '../landmarkNames';

/** What the sources say about one uncovered patch. */
export interface CoverageGap {
  /** The landmark (a sided one's base) the report names the patch after. */
  readonly around: SidedLandmarkBase | LandmarkId;
  /** Where the patch really lies, in words (the nearest landmark can mislead). */
  readonly where: string;
  /** Which sources were read, what they put nearby, and why no zone is drawn here. */
  readonly checked: string;
  /** Source ids (src/atlas/data/sources.ts) of the sources checked. */
  readonly sources: readonly string[];
}

export const COVERAGE_GAPS: readonly CoverageGap[] = [
  {
    around: 'fibular_head',
    where: 'the upper third of the leg, front, inner and front-outer, from just below the knee down to the tibialis anterior trigger point',
    checked:
      'Tibialis anterior spillover runs from its trigger point down the front-inner shin to the ankle (reference section 24), and the adductors\' spillover reaches only the top of the inner shin (hip-thigh section 3); flexor digitorum longus spillover climbs the inner calf, not the front (leg-foot section 5). None of referral-facts sections 17, 24-26, hip-thigh sections 3, 5, 6 or leg-foot sections 1-7 refers to the front of the leg above the tibialis anterior trigger point.',
    sources: ['ts-1992'],
  },
  {
    around: 'clavicle_mid',
    where: 'the front and side of the lower neck, from under the jaw over the neck\'s side to the collarbone, and the hollow above the collarbone',
    checked:
      'Sternocleidomastoid refers to the head, the face, the throat and the breastbone, not to the skin over itself (reference section 5); the scalenes\' chest strips start below the collarbone (section 9); pectoralis major\'s clavicular zone covers the skin below the collarbone (section 14); the digastric and medial pterygoid spillover stop under the chin and at the angle of the jaw (head-neck sections 1-2). Subclavius and platysma have no referral pattern in any reference file. Sections 1, 2, 5, 9 and 14, head-neck sections 1, 2, 4-6 and 10, and shoulder-arm-back sections 1, 7 and 9 were checked.',
    sources: ['ts-1999', 'ts-1983'],
  },
  {
    around: 'thigh_anterior',
    where: 'a strip of the front of the thigh between the zones of vastus intermedius (front) and tensor fasciae latae (front-outer)',
    checked:
      'Tensor fasciae latae refers to the front-outer thigh (hip-thigh section 2), vastus lateralis to the outer thigh (reference section 27), vastus intermedius to the front of the mid-thigh (hip-thigh section 7), rectus femoris to the kneecap and the front of the knee (section 28), sartorius as a strip along its own diagonal course (hip-thigh section 8), iliopsoas to the top of the front of the thigh (section 15); each is drawn as wide as its words allow. No source draws the skin between them.',
    sources: ['ts-1992'],
  },
  {
    around: 'paraspinal_t6',
    where: 'the mid-back on the spine and 2-3 cm either side of it, from about T3 to T10',
    checked:
      'Middle trapezius TrP5 reaches the spinous processes from C7 to T3 only (reference section 13); the rhomboids and scalenes refer beside the inner edge of the shoulder blade (sections 9, 12); thoracic iliocostalis T6 refers 5-6 cm out from the spine, longissimus T10-11 downward (shoulder-arm-back section 9); the multifidi are described from L1 to S1 only (section 19); latissimus dorsi and serratus posterior inferior refer around the shoulder blade\'s lower angle and the lower ribs (shoulder-arm-back sections 2, 8). No thoracic multifidus or spinous-process pattern below T3 is given.',
    sources: ['ts-1999', 'ts-1983'],
  },
  {
    around: 'upper_incisors',
    where: 'the nose, from between the eyebrows down to just above the upper lip',
    checked:
      'Temporalis, masseter and the pterygoids refer to the teeth, the jaw, the cheek and the ear, not the nose (reference sections 3, 6, 20; head-neck section 1); the sternocleidomastoid\'s stuffy nose is an effect on the nose\'s lining, not referred pain (section 5); occipitofrontalis, semispinalis, the suboccipitals and splenius cervicis refer around the eye and over the head (head-neck sections 3-5; sections 7-8). Zygomaticus and orbicularis oculi (the 1999 manual\'s chapter on the facial muscles) are not in the reference files.',
    sources: ['ts-1999'],
  },
  {
    around: 'ischial_tuberosity',
    where: 'the skin crease between the sitting bone and the perineum, at the top of the inner thigh',
    checked:
      'Semitendinosus with semimembranosus and gluteus maximus reach the sitting bone itself (hip-thigh sections 1, 5); adductor magnus TrP2 refers inside the pelvis, with no skin zone (hip-thigh section 4); the pelvic floor\'s referral is to the tailbone, the perineum and inside the pelvis, described without a skin map (hip-thigh section 10). No source draws this crease.',
    sources: ['ts-1992'],
  },
  {
    around: 'forearm_volar_proximal',
    where: 'the middle and little-finger side of the front of the forearm, 1-4 cm below the elbow crease',
    checked:
      'Pronator teres refers down the thumb-side half of the front of the forearm (forearm-hand section 8); the ulnar strips of pectoralis major and minor, serratus anterior, latissimus dorsi, triceps TrP5 and serratus posterior superior run along the little-finger border (sections 14, 21; head-neck sections 6-7; shoulder-arm-back sections 2, 7); biceps and brachialis stop at the elbow crease (shoulder-arm-back sections 5-6); the wrist-flexor and palmaris longus zones lie in the lower forearm and the hand (forearm-hand section 7). No source draws this patch.',
    sources: ['ts-1999'],
  },
  {
    around: 'iliocristale',
    where: 'the side of the hip between the top of the hip bone and the greater trochanter',
    checked:
      'Quadratus lumborum refers along the top of the hip bone (superficial upper) and to the greater trochanter (superficial lower), gluteus medius TrP2 to the middle and outer buttock, gluteus minimus down the outer thigh (reference sections 4, 16, 17), tensor fasciae latae over the trochanter and the front-outer thigh (hip-thigh section 2): their zones reach the edges of this patch, and no source puts pain on the skin between them.',
    sources: ['ts-1992', 'ts-1983'],
  },
  {
    around: 'knuckle_index',
    where: 'the palm side of the base of the index finger and the crease below it',
    checked:
      'Flexor digitorum superficialis\'s index fibres are said to refer like its middle-finger fibres but are not drawn in the figure (T&S 1999 Fig. 38-1; forearm-hand section 7); the first dorsal interosseous\'s spillover to the palm side of the index finger rests on weaker secondary pages (forearm-hand section 10); the scalenes\' pattern names the index finger as a whole (reference section 9) and is drawn round it from the knuckle.',
    sources: ['ts-1999'],
  },
];
