/**
 * The lookup's yes/no questions (contract: "The lookup asks back"): associated symptoms and
 * aggravating movements that the reference ties to one to three muscles, so that an answer can
 * reorder close candidates of a region. Each names its sources (ids from `sources.ts`, all cited
 * by the muscles it favours) and where the reference says it. Weights stay modest (see
 * {@link QUESTION_WEIGHT}): 0.1-0.2 where the reference states the link plainly, 0.05-0.1 where
 * it is weaker or marked [UNSURE]/[DISAGREE]; no source gives likelihood ratios.
 *
 * Left out on purpose: symptoms shared by most candidates of a region (clenching for the jaw
 * muscles, awkward sleep for the neck muscles, a wallet in the back pocket for the buttock
 * muscles), and symptoms that overlap a red flag and should send the patient to a clinician
 * rather than raise a muscle (dizziness, a dropping foot, skipped heartbeats). After the clinical
 * review (docs/content-review.md, "asking back") also out: pain on a deep breath (the lung), an
 * ache unchanged by movement and heartburn (organs first), tingling hands (a nerve sign); and
 * questions near a red flag ask about the harmless version at a small weight (swallowing, the
 * bowel) or about pain rather than weakness. Where a "yes" can still be a red flag's sign, the
 * question names that flag (`redFlags`, sixth review) and the panel shows its line under the
 * question before it is answered: the throat flag for swallowing, the glaucoma flag for a watering
 * eye, temporal arteritis for a tender back of the head, the breast flag for a sore breast, and
 * the bowel and cauda equina flags for pain on opening the bowels.
 */
import type { LookupQuestion } from '../askBack/questionSchema';
import type { MuscleId } from '../types';

/** The muscle ids a "yes" points to. */
const favour = (...ids: readonly string[]): readonly MuscleId[] => ids.map((id) => id as MuscleId);

/** Every question, grouped by region, head to foot. Ids are stable: never rename one. */
export const LOOKUP_QUESTIONS: readonly LookupQuestion[] = [
  // Head and jaw: temporalis, masseter, the pterygoids, digastric, SCM, suboccipitals, semispinalis.
  {
    id: 'upper-teeth-sensitive',
    text: 'Are your upper teeth sensitive to hot, cold or biting, though a dentist has found nothing wrong?',
    favours: favour('temporalis'),
    weight: 0.15,
    sources: ['ts-1983', 'ts-1999', 'namtpt'],
    basis: 'referral-facts.md §3 temporalis, referred pain (upper teeth may turn sensitive to heat, cold, biting and tapping)',
  },
  {
    id: 'lower-back-teeth-sensitive',
    text: 'Do your lower back teeth ache or feel sensitive?',
    favours: favour('masseter'),
    weight: 0.15,
    sources: ['ts-1983', 'medlink'],
    basis: 'referral-facts.md §6 masseter, referred pain (mid-belly trigger points: lower molars, with sensitive teeth)',
  },
  {
    id: 'jaw-hard-to-open',
    text: 'Has it become harder to open your mouth wide?',
    favours: favour('masseter', 'medial-pterygoid'),
    weight: 0.15,
    sources: ['ts-1983', 'ts-1999', 'ts-1999-zh-head-neck'],
    basis:
      'referral-facts.md §6 masseter, self-care (restricted opening is typical of masseter, not temporalis); more/head-neck-trunk-front.md §1 medial pterygoid, associated symptoms',
  },
  {
    id: 'ringing-in-ear',
    text: 'Do you hear ringing or buzzing in the ear on the painful side?',
    favours: favour('masseter'),
    weight: 0.1,
    sources: ['ts-1983', 'medlink'],
    basis: 'referral-facts.md §6 masseter, referred pain (deep layer: deep in the ear, may cause same-side tinnitus)',
  },
  {
    id: 'pain-swallowing',
    text: 'Does it hurt in your throat when you swallow?',
    favours: favour('medial-pterygoid', 'sternocleidomastoid'),
    weight: 0.1,
    sources: ['ts-1983', 'ts-1999', 'ts-1999-zh-head-neck', 'medlink'],
    basis:
      'more/head-neck-trunk-front.md §1 medial pterygoid, associated symptoms (painful swallowing, sore throat); referral-facts.md §5 SCM, referred pain (sternal division: throat and back of the tongue on swallowing)',
    redFlags: ['throat-three-weeks'],
  },
  {
    id: 'lump-in-throat',
    text: 'When you swallow, does it feel as if something is stuck, though food goes down normally and you cannot feel any lump?',
    favours: favour('digastric'),
    weight: 0.05,
    sources: ['namtpt', 'ts-1999'],
    basis: 'more/head-neck-trunk-front.md §2 digastric, associated symptoms (posterior belly: trouble swallowing, a lump in the throat)',
    redFlags: ['throat-three-weeks'],
  },
  {
    id: 'eye-waters-nose-runs',
    text: 'On the painful side, does your eye water, or your nose run or feel blocked?',
    favours: favour('sternocleidomastoid'),
    weight: 0.1,
    sources: ['ts-1983', 'ts-1999', 'medlink'],
    basis: 'referral-facts.md §5 SCM, referred pain (autonomic effects of the sternal division: tearing, red eye, runny or stuffy nose)',
    redFlags: ['acute-glaucoma'],
  },
  {
    id: 'headache-hard-to-pinpoint',
    text: 'Is your headache deep inside and hard to point to with one finger?',
    favours: favour('suboccipitals'),
    weight: 0.1,
    sources: ['ts-1999', 'aberdeen-chiropractic'],
    basis: 'referral-facts.md §8 suboccipital muscles, referred pain (deep, poorly localised; patients cannot point to it)',
  },
  {
    id: 'back-of-head-pressure-hurts',
    text: 'Does it hurt to rest the back of your head on a pillow?',
    favours: favour('semispinalis-capitis', 'occipitofrontalis'),
    weight: 0.1,
    sources: ['ts-1999', 'ts-1999-zh-head-neck', 'niel-asher', 'integrativeworks-eye-headache'],
    basis:
      'more/head-neck-trunk-front.md §4 posterior cervical muscles, associated symptoms (the head cannot rest on a pillow); §3 occipitofrontalis, associated symptoms (occipitalis: cannot lie on the back of the head, hats intolerable)',
    redFlags: ['temporal-arteritis'],
  },
  {
    id: 'plays-wind-or-violin',
    text: 'Do you play a wind instrument, or the violin or viola?',
    favours: favour('lateral-pterygoid', 'digastric'),
    weight: 0.1,
    sources: ['ts-1999', 'aberdeen-chiropractic', 'triggerpointselfhelp-digastric', 'webmanmed-head-neck'],
    basis:
      'referral-facts.md §20 lateral pterygoid, activating factors (jaw pushed forward: wind instruments, violin); more/head-neck-trunk-front.md §2 digastric, activating factors (wind and string instruments)',
  },

  // Neck and shoulder girdle: upper trapezius, levator scapulae, scalenes, the splenii.
  {
    id: 'pain-turning-head-same-side',
    text: 'Does turning your head toward the painful side hurt or stop short (do not force it to find out)?',
    favours: favour('levator-scapulae', 'splenius-cervicis', 'digastric'),
    weight: 0.05,
    sources: ['ts-1983', 'ts-1999', 'namtpt', 'ts-1999-zh-head-neck'],
    basis:
      'referral-facts.md §2 levator scapulae, commonly mistaken for ("stiff neck", wry neck) and actions (turns the neck to its own side); more/head-neck-trunk-front.md §5 splenius cervicis (stiff neck, limited turning) and §2 digastric (patients avoid turning the head to that side), associated symptoms',
    uncertain:
      'For levator scapulae the reference ties a stiff neck to the muscle and names turning to its own side as its action, but does not say in words that turning toward the painful side is what hurts; for splenius cervicis it gives limited turning without a direction.',
  },
  {
    id: 'phone-or-shoulder-bag',
    text: 'Do you often hold a phone between your ear and shoulder, or carry a heavy bag on that shoulder?',
    favours: favour('upper-trapezius', 'levator-scapulae'),
    weight: 0.1,
    sources: ['ts-1999', 'namtpt'],
    basis:
      'referral-facts.md §1 upper trapezius and §2 levator scapulae, activating / perpetuating factors (phone cradling, a bag hanging from one shoulder)',
  },
  {
    id: 'long-cough-or-asthma',
    text: 'Do you have asthma or another long-term breathing condition that a doctor has diagnosed?',
    favours: favour('scalenes', 'serratus-posterior-superior'),
    weight: 0.1,
    sources: ['ts-1999', 'namtpt'],
    basis:
      'referral-facts.md §9 scalenes and §21 serratus posterior superior, activating / perpetuating factors (laboured breathing: asthma, chronic cough)',
  },

  // Shoulder and upper arm: the rotator cuff, deltoid, biceps, coracobrachialis, latissimus.
  {
    id: 'hard-to-reach-behind-back',
    text: 'Is it hard or painful to reach behind your back, for example to a back pocket or a bra strap?',
    favours: favour('infraspinatus', 'coracobrachialis'),
    weight: 0.15,
    sources: ['ts-1983', 'namtpt', 'ts-1999', 'webmanmed-shoulder-arm'],
    basis:
      'referral-facts.md §10 infraspinatus, typical complaints (back pocket, fastening a bra, coat sleeve); more/shoulder-arm-back.md §4 coracobrachialis, associated (pain reaching behind the back)',
  },
  {
    id: 'lying-on-painful-shoulder',
    text: 'Does lying on the painful shoulder keep you from sleeping on that side?',
    favours: favour('infraspinatus', 'serratus-posterior-superior'),
    weight: 0.1,
    sources: ['ts-1983', 'ts-1999', 'namtpt'],
    basis:
      'referral-facts.md §10 infraspinatus, typical complaints (cannot sleep on the painful side); §21 serratus posterior superior, referred pain (lying on that side aggravates it)',
  },
  {
    id: 'shoulder-clicks-combing-hair',
    text: 'Does your shoulder click, or is it hard to lift your arm to comb your hair?',
    favours: favour('supraspinatus'),
    weight: 0.1,
    sources: ['namtpt', 'ts-1999'],
    basis: 'referral-facts.md §11 supraspinatus, commonly mistaken for (patients may report clicking and trouble combing hair)',
  },
  {
    id: 'shoulder-stiff-cannot-raise',
    text: 'Has your shoulder slowly grown stiff, so that even with help from your other hand it will not go out to the side or overhead?',
    favours: favour('subscapularis'),
    weight: 0.1,
    sources: ['ts-1999', 'namtpt'],
    basis: 'referral-facts.md §23 subscapularis, commonly mistaken for (T&S: often the key to "frozen shoulder")',
  },
  {
    id: 'pain-lifting-palm-up',
    text: 'Does lifting or carrying things with your palm facing up bring on the pain?',
    favours: favour('biceps-brachii'),
    weight: 0.1,
    sources: ['ts-1999', 'namtpt', 'triggerpointselfhelp-shoulder-arm'],
    basis: 'more/shoulder-arm-back.md §5 biceps brachii, activating / perpetuating factors (lifting heavy objects palm-up, curls)',
  },

  // Elbow and forearm: brachioradialis, the wrist and finger extensors, supinator, the flexors.
  {
    id: 'pain-shaking-hands',
    text: 'Does it hurt to shake hands, or to grip with the thumb up, as when lifting a mug?',
    favours: favour('brachioradialis', 'extensor-carpi-radialis-longus'),
    weight: 0.1,
    sources: ['ts-1999', 'niel-asher', 'namtpt'],
    basis:
      'more/forearm-hand.md §1 brachioradialis, associated (pain on shaking hands) and activating factors (gripping thumb-up); §2 extensor carpi radialis longus, associated (pain on handshake)',
  },
  {
    id: 'pain-typing-or-mouse',
    text: 'Does typing or using a computer mouse bring on the pain?',
    favours: favour('extensor-carpi-radialis-brevis', 'extensor-carpi-radialis-longus', 'extensor-digitorum'),
    weight: 0.1,
    sources: ['ts-1999', 'niel-asher', 'namtpt', 'triggerpointselfhelp-extensor-digitorum'],
    basis:
      'more/forearm-hand.md §3 extensor carpi radialis brevis, associated and activating factors (ache with typing or mousing); §5 finger extensors, activating factors (fingers held up over the keys, mouse clicking)',
  },
  {
    id: 'pain-carrying-straight-elbow',
    text: 'Does carrying a heavy bag with your elbow straight, or a dog pulling on its lead, bring on the pain?',
    favours: favour('supinator', 'supraspinatus'),
    weight: 0.1,
    sources: ['ts-1999', 'niel-asher', 'westsubpainrelief-forearm'],
    basis:
      'more/forearm-hand.md §6 supinator, activating / perpetuating factors (heavy briefcase with the elbow straight, a dog pulling on the leash); referral-facts.md §11 supraspinatus, activating factors (carrying with the arm hanging, being pulled by a dog on a leash)',
  },
  {
    id: 'fingers-stiff-or-cramp',
    text: 'Do the fingers of that hand feel stiff, or cramp up?',
    favours: favour('extensor-digitorum', 'first-dorsal-interosseous'),
    weight: 0.1,
    sources: ['namtpt', 'triggerpointselfhelp-extensor-digitorum', 'ts-1999'],
    basis:
      'more/forearm-hand.md §5 finger extensors, associated (painful, stiff, weak fingers, cramping); §10 first dorsal interosseous, associated (stiff, clumsy fingers)',
  },
  {
    id: 'hard-to-turn-palm-up',
    text: 'Is it hard or painful to turn your hand palm-up, as when holding out your hand for change?',
    favours: favour('pronator-teres'),
    weight: 0.05,
    sources: ['muscle-joint-pain-hand'],
    basis: 'more/forearm-hand.md §8 pronator teres, associated (painful or weak turning of the palm upward)',
  },
  {
    id: 'prickling-palm',
    text: 'Is the pain in your palm prickly, like needles just under the skin, rather than a deep ache (not pins and needles in the fingers)?',
    favours: favour('palmaris-longus'),
    weight: 0.1,
    sources: ['ts-1999', 'webmanmed-forearm-flexors', 'niel-asher'],
    basis: 'more/forearm-hand.md §7 forearm flexors, referred pain (palmaris longus: prickling, needle-like, superficial pain in the palm)',
  },

  // Hand and thumb.
  {
    id: 'thumb-weak-pinch',
    text: 'Does pinching, writing or doing up buttons bring on your thumb pain?',
    favours: favour('adductor-pollicis', 'opponens-pollicis', 'first-dorsal-interosseous'),
    weight: 0.1,
    sources: ['ts-1999', 'niel-asher'],
    basis:
      'more/forearm-hand.md §9 thumb muscles, associated (clumsy thumb, weak pinch, trouble writing and buttoning); §10 first dorsal interosseous, associated (pain on pinch)',
  },
  {
    id: 'thumb-pain-carrying-elbow-bent',
    text: 'Does your thumb hurt after carrying shopping or lifting with your elbow bent?',
    favours: favour('brachialis'),
    weight: 0.1,
    sources: ['ts-1999', 'kent-2009', 'triggerpointselfhelp-shoulder-arm'],
    basis:
      'more/shoulder-arm-back.md §6 brachialis, referred pain (base of the thumb) and activating factors (carrying groceries, lifting with the elbow bent)',
  },

  // Chest and abdomen: pectoralis major and minor, sternalis, serratus anterior, abdominal wall.
  {
    id: 'breast-or-nipple-sensitive',
    text: 'Is your breast or nipple on the painful side sore, or sensitive to the touch of clothing?',
    favours: favour('pectoralis-major'),
    weight: 0.15,
    sources: ['ts-1999', 'namtpt', 'niel-asher'],
    basis: 'referral-facts.md §14 pectoralis major, referred pain (lateral trigger points: breast pain, sensitive nipple, clothing intolerable)',
    redFlags: ['breast-change'],
  },
  {
    id: 'side-stitch-running',
    text: 'Do you get a stitch in your side when you run?',
    favours: favour('serratus-anterior'),
    weight: 0.1,
    sources: ['namtpt'],
    basis: 'more/head-neck-trunk-front.md §7 serratus anterior, associated symptoms (a "stitch in the side" when running)',
  },

  // Low back, buttock and pelvis: QL, iliopsoas, the gluteals, piriformis, pelvic floor.
  {
    id: 'pain-rolling-over-or-standing-up',
    text: 'Does it hurt to roll over in bed or to get up from a chair?',
    favours: favour('quadratus-lumborum'),
    weight: 0.15,
    sources: ['ts-1992'],
    basis: 'referral-facts.md §4 quadratus lumborum, typical symptoms (pain turning in bed and getting up from a chair)',
  },
  {
    id: 'back-worse-standing-better-lying-bent',
    text: 'Is your back pain worse when you stand up straight, and easier when you lie down with your knees bent?',
    favours: favour('iliopsoas'),
    weight: 0.1,
    sources: ['ts-1992'],
    basis: 'referral-facts.md §15 iliopsoas, referred pain (worse standing upright, eased lying with the hips bent)',
  },
  {
    id: 'pain-on-bowel-movement',
    text: 'Does the pain come on or get worse when you open your bowels?',
    favours: favour('pelvic-floor'),
    weight: 0.05,
    sources: ['coccyx-org', 'anderson-2009'],
    basis:
      'more/hip-thigh.md §10 pelvic floor, associated symptoms (pain on bowel movements)',
    uncertain: 'Bleeding, a change in bowel habit or numbness between the legs need a doctor, not a muscle: the weight is kept small. Piriformis is left out (one web source).',
    redFlags: ['bowel-change', 'cauda-equina'],
  },
  {
    id: 'hard-seat-hurts',
    text: 'Does sitting on a hard seat bring on the pain, so that you keep shifting?',
    favours: favour('gluteus-maximus', 'pelvic-floor', 'piriformis'),
    weight: 0.05,
    sources: ['ts-1992', 'coccyx-org'],
    basis:
      'more/hip-thigh.md §1 gluteus maximus (restless, painful sitting on a hard seat) and §10 pelvic floor (worse sitting, eased by standing), associated symptoms',
    uncertain:
      'For gluteus maximus the reference marks [DISAGREE]: coccyx.org says the pain comes moving into and out of a seat and eases once seated, while T&S describe it while seated on a hard surface.',
  },

  // Thigh and knee: the quadriceps, TFL, adductors, hamstrings, sartorius, popliteus.
  {
    id: 'chair-edge-presses-thigh',
    text: 'Does it hurt where the front edge of a chair presses into the back of your thigh?',
    favours: favour('semitendinosus', 'biceps-femoris'),
    weight: 0.15,
    sources: ['ts-1992'],
    basis:
      'more/hip-thigh.md §5 hamstrings, associated symptoms (pain sitting where the seat edge presses the thigh) and activating factors (chairs whose front edge digs in)',
  },
  {
    id: 'knee-gives-way',
    text: 'Without any injury, does your knee sometimes buckle for a moment, for example going down stairs?',
    favours: favour('vastus-medialis', 'rectus-femoris'),
    weight: 0.1,
    sources: ['namtpt', 'ts-1992'],
    basis:
      'more/hip-thigh.md §6 vastus medialis, associated symptoms (the "buckling knee"); referral-facts.md §28 rectus femoris, typical complaints (knee buckling going down stairs)',
  },
  {
    id: 'knee-hard-to-straighten',
    text: 'Is your knee hard to straighten fully, for example after sitting, or does the kneecap feel stuck?',
    favours: favour('vastus-lateralis', 'vastus-intermedius'),
    weight: 0.1,
    sources: ['ts-1992', 'namtpt'],
    basis:
      'referral-facts.md §27 vastus lateralis, referred pain (a "stuck" kneecap, trouble straightening); more/hip-thigh.md §7 vastus intermedius, associated symptoms (trouble straightening the knee after sitting)',
  },
  {
    id: 'lying-on-painful-hip',
    text: 'Does lying on the painful hip keep you from sleeping on that side?',
    favours: favour('quadratus-lumborum', 'tensor-fasciae-latae', 'vastus-lateralis'),
    weight: 0.1,
    sources: ['ts-1992', 'kent-2012', 'namtpt'],
    basis:
      'referral-facts.md §4 quadratus lumborum (tender trochanter, cannot lie on that side) and §27 vastus lateralis (lying on that side disturbs sleep), referred pain; more/hip-thigh.md §2 TFL, associated symptoms',
  },
  {
    id: 'hard-to-sit-cross-legged',
    text: 'Is it hard to sit cross-legged, or to let your knees fall apart?',
    favours: favour('adductor-longus', 'adductor-magnus', 'pectineus'),
    weight: 0.1,
    sources: ['ts-1992', 'namtpt'],
    basis:
      'more/hip-thigh.md §3 adductor longus, §4 adductor magnus and §9 pectineus, associated symptoms (spreading the thighs is restricted; sitting cross-legged is hard)',
  },
  {
    id: 'burning-front-outer-thigh',
    text: 'Is the pain on the front of your thigh sharp or prickly, just under the skin, rather than a deep ache?',
    favours: favour('sartorius'),
    weight: 0.1,
    sources: ['webmanmed-lower-limb', 'ts-1992'],
    basis:
      'more/hip-thigh.md §8 sartorius, referred pain (sharp or tingling, superficial) and associated symptoms (pressure on the thigh skin nerve near the hip bone)',
  },
  {
    id: 'back-of-knee-pain-downhill',
    text: 'Does the back of your knee hurt when you crouch, or walk downhill or down stairs?',
    favours: favour('popliteus'),
    weight: 0.15,
    sources: ['namtpt', 'niel-asher', 'ts-1992'],
    basis: 'more/leg-foot.md §6 popliteus, associated (pain behind the knee crouching, running, going downhill or downstairs)',
  },

  // Calf, ankle and foot.
  {
    id: 'night-calf-cramps',
    text: 'Do you get cramps in your calf at night?',
    favours: favour('gastrocnemius'),
    weight: 0.1,
    sources: ['ts-1992', 'namtpt'],
    basis: 'referral-facts.md §25 gastrocnemius, referred pain (night calf cramps, especially with medial-head trigger points)',
  },
  {
    id: 'ankle-gives-way',
    text: 'Do you keep going over on (spraining) that ankle on uneven ground?',
    favours: favour('peroneus-longus', 'peroneus-tertius'),
    weight: 0.1,
    sources: ['ts-1992', 'niel-asher', 'webmanmed', 'kent-2010'],
    basis:
      'more/leg-foot.md §1 peroneus longus and brevis, associated symptoms ("weak ankles", repeated sprains, giving way); §2 peroneus tertius (ankle weakness and buckling)',
  },
  {
    id: 'pain-on-uneven-ground',
    text: 'Is walking worse on gravel, cobbles, sand or sloping ground?',
    favours: favour('tibialis-posterior', 'flexor-digitorum-longus', 'flexor-hallucis-longus'),
    weight: 0.1,
    sources: ['namtpt', 'ts-1992'],
    basis:
      'more/leg-foot.md §3 tibialis posterior (worst on uneven or slanted ground) and §5 long toe flexors (pain walking on uneven ground or sand), associated',
  },
  {
    id: 'tight-laces-hurt',
    text: 'Does the top of your foot hurt when your shoes or laces are tight?',
    favours: favour('extensor-digitorum-brevis', 'extensor-digitorum-longus'),
    weight: 0.1,
    sources: ['ts-1992'],
    basis:
      'more/leg-foot.md §11 short toe extensors, associated (pain from tight shoes or laces); §4 long toe extensors, activating factors (tight laces across the instep)',
  },
  {
    id: 'heel-better-in-firm-shoe',
    text: 'Does your heel feel better in a firm-soled shoe or with a heel cup?',
    favours: favour('quadratus-plantae'),
    weight: 0.1,
    sources: ['integrativeworks'],
    basis: 'more/leg-foot.md §10 quadratus plantae, associated (sharp heel pain on standing; better in a heel cup or stiff-soled shoe)',
  },
];
