/**
 * Symptom words for the muscle finder: what a patient types ("headache", "tennis elbow", "heel
 * pain") and the muscles whose trigger points the reference ties to that complaint, as pain guides
 * and the Trigger Point Therapy Workbook are organised. A muscle is listed only where the reference
 * gives it a referral zone in that place or names the complaint among what it is commonly mistaken
 * for (one entry, whiplash, rests on the activating-factor lists instead; its basis says so).
 * Muscles are in the order the finder lists them, most typical first.
 *
 * `basis` names the reference file and section: RF = referral-facts.md, and under more/: HN =
 * head-neck-trunk-front.md, SA = shoulder-arm-back.md, FH = forearm-hand.md, HT = hip-thigh.md,
 * LF = leg-foot.md; "mf" = the section's "Commonly mistaken for" list, "xm" = the file's cross-muscle
 * look-up notes. Data only (no React, no store); loaded with the finder's fuzzy matcher, not in the
 * first view.
 */

/** One complaint and the muscles the reference ties to it. */
export interface SymptomTerm {
  /** What a patient may type, lowercase; the first names the complaint. */
  readonly terms: readonly string[];
  /** Muscle ids, most typical first. */
  readonly muscles: readonly string[];
  /** Ids from `sources.ts`. */
  readonly sources: readonly string[];
  /** Reference file and section the list rests on (see the module comment for the key). */
  readonly basis: string;
  /**
   * A sign that needs a clinician before any muscle, said beside the list (from the app's red
   * flags, `redFlags.ts`): a patient who types "chest pain" reads it before any muscle.
   */
  readonly warning?: string;
}

// Words that say nothing about where or what: "pain in my heel" is matched as "heel".
const FILLER = new Set(['pain', 'pains', 'painful', 'ache', 'aches', 'aching', 'sore', 'hurts', 'hurting', 'my', 'in', 'the', 'of', 'a', 'an', 'at', 'on']);

/**
 * The words of a symptom or of a query that carry its meaning, as the finder matches them:
 * lowercase, without apostrophes or filler ("Pain in my heel" and "heel pain" are both "heel").
 */
export function symptomCore(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9-]+/)
    .filter((word) => word !== '' && !FILLER.has(word))
    .join(' ');
}

const TS1 = 'ts-1999';
const TS2 = 'ts-1992';
const DAVIES = 'davies-2013';

/** Every symptom entry, head to foot. */
export const SYMPTOM_TERMS: readonly SymptomTerm[] = [
  // Head and face
  {
    terms: ['headache', 'tension headache', 'tension-type headache'],
    muscles: ['upper-trapezius', 'temporalis', 'sternocleidomastoid', 'suboccipitals', 'splenius-capitis', 'semispinalis-capitis', 'splenius-cervicis', 'occipitofrontalis', 'lower-trapezius'],
    sources: [TS1, DAVIES, 'namtpt', 'fernandez-de-las-penas-2007-eur-j-pain', 'fernandez-de-las-penas-2007-clin-j-pain'],
    basis: 'RF §1, §3, §5, §7, §8, §13 mf; HN §3, §4, §5 mf (levator scapulae left out: RF §2, no headache)',
    warning: 'A sudden, severe headache unlike any before, or a headache with fever and a stiff neck, confusion, weakness or changes in sight or speech: call emergency services.',
  },
  {
    terms: ['migraine', 'migraine-like headache'],
    muscles: ['upper-trapezius', 'temporalis', 'sternocleidomastoid', 'suboccipitals', 'splenius-capitis', 'splenius-cervicis', 'semispinalis-capitis', 'occipitofrontalis'],
    sources: [TS1, 'namtpt'],
    basis: 'RF §1, §3, §5, §7, §8 mf; HN §3, §4, §5 mf',
    warning: 'A sudden, severe headache unlike any before, or a headache with fever and a stiff neck, confusion, weakness or changes in sight or speech: call emergency services.',
  },
  {
    terms: ['forehead pain', 'frontal headache'],
    muscles: ['sternocleidomastoid', 'occipitofrontalis', 'semispinalis-capitis', 'suboccipitals', 'temporalis', 'masseter'],
    sources: [TS1, 'kent-2011-frontal-headache'],
    basis: 'RF §32 forehead; HN xm forehead',
  },
  {
    terms: ['back of the head pain', 'occipital headache', 'base of the skull pain'],
    muscles: ['semispinalis-capitis', 'suboccipitals', 'upper-trapezius', 'occipitofrontalis', 'splenius-capitis', 'splenius-cervicis', 'sternocleidomastoid', 'digastric'],
    sources: [TS1, 'namtpt'],
    basis: 'HN xm occiput; RF §1, §7, §8 mf (occipital neuralgia); HN §3, §4 mf',
  },
  {
    terms: ['eye pain', 'pain behind the eye', 'eye strain'],
    muscles: ['splenius-cervicis', 'occipitofrontalis', 'upper-trapezius', 'sternocleidomastoid', 'suboccipitals', 'temporalis'],
    sources: [TS1, 'fernandez-de-las-penas-2007-clin-j-pain'],
    basis: 'HN xm in or behind the eye; RF §32 behind the eye; RF §3, §8 and HN §3, §5 mf (eye strain)',
    warning: 'A red, painful eye with blurred sight or halos round lights, or sudden loss of sight: emergency care now.',
  },
  {
    terms: ['sinus pain', 'sinus headache', 'cheek pain'],
    muscles: ['masseter', 'lateral-pterygoid', 'temporalis', 'sternocleidomastoid', 'occipitofrontalis'],
    sources: [TS1, 'namtpt'],
    basis: 'RF §3, §5, §6, §20 mf (maxillary sinusitis) and zones (maxilla, cheek); HN §3 mf (frontal sinusitis)',
  },
  {
    terms: ['toothache', 'tooth pain', 'sensitive teeth'],
    muscles: ['temporalis', 'masseter', 'digastric', 'sternocleidomastoid'],
    sources: [TS1, 'namtpt'],
    basis: 'RF §3, §6 zones and mf; HN §2 zones (lower incisors); RF §5 (clavicular, molars); pterygoids left out: RF §20, HN §1, no tooth referral',
  },
  {
    terms: ['jaw pain', 'tmj pain', 'tmd', 'jaw joint pain'],
    muscles: ['masseter', 'lateral-pterygoid', 'medial-pterygoid', 'temporalis', 'upper-trapezius'],
    sources: [TS1, 'wright-2000', 'fernandez-de-las-penas-2010-j-pain'],
    basis: 'RF §6, §20 and HN §1 zones and mf (TMD/TMJ); RF §3 mf (TMD); RF §1 spillover (angle of the jaw) and mf',
    warning: 'Jaw or teeth pain that comes on with exertion and eases with rest can come from the heart: see a doctor first.',
  },
  {
    terms: ['earache', 'ear pain'],
    muscles: ['masseter', 'lateral-pterygoid', 'medial-pterygoid', 'sternocleidomastoid', 'digastric'],
    sources: [TS1],
    basis: 'RF §32 ear/TMJ; HN xm ear/TMJ; RF §5, §6, §20 and HN §1 mf (otitis, ear disease)',
  },
  {
    terms: ['sore throat', 'painful swallowing', 'lump in the throat'],
    muscles: ['medial-pterygoid', 'digastric', 'sternocleidomastoid'],
    sources: [TS1],
    basis: 'HN xm throat; HN §1, §2 mf; RF §5 zones and mf',
    warning: 'Trouble swallowing or a sore throat lasting more than three weeks, or throat pain with fever, swelling and a jaw that will not open: see a doctor.',
  },
  // Neck
  {
    terms: ['stiff neck', 'wry neck', 'torticollis', 'crick in the neck'],
    muscles: ['levator-scapulae', 'upper-trapezius', 'splenius-cervicis', 'semispinalis-capitis', 'cervical-multifidi'],
    sources: [TS1, 'namtpt'],
    basis: 'RF §1, §2 mf; HN §4, §5 associated symptoms (neck stiffness)',
  },
  {
    terms: ['neck pain', 'tension neck ache'],
    muscles: ['upper-trapezius', 'levator-scapulae', 'scalenes', 'splenius-cervicis', 'cervical-multifidi'],
    sources: [TS1, 'cerezo-tellez-2016', 'ezzati-2021'],
    basis: 'RF §1, §2, §9 zones and prevalence (Cerezo-Téllez 2016, Ezzati 2021); HN §4, §5 zones',
  },
  {
    terms: ['whiplash'],
    muscles: ['splenius-capitis', 'upper-trapezius', 'levator-scapulae', 'sternocleidomastoid', 'scalenes', 'suboccipitals', 'semispinalis-capitis', 'splenius-cervicis'],
    sources: [TS1],
    basis: 'RF §7 mf (whiplash-associated disorder); RF §1, §2, §5, §8, §9 and HN §4, §5 activating factors',
  },
  // Shoulder
  {
    terms: ['shoulder pain', 'rotator cuff pain', 'shoulder impingement', 'shoulder bursitis'],
    muscles: ['infraspinatus', 'supraspinatus', 'deltoid', 'subscapularis', 'teres-minor', 'biceps-brachii', 'teres-major', 'pectoralis-minor', 'coracobrachialis', 'scalenes'],
    sources: [TS1, 'bron-2011', 'hidalgo-lozano-2010'],
    basis: 'RF §10, §11, §22, §23 zones and mf; SA §1, §3, §4, §5 mf; HN §6 zones; RF §9 mf (shoulder bursitis); SA xm shoulder',
  },
  {
    terms: ['frozen shoulder', 'adhesive capsulitis'],
    muscles: ['subscapularis', 'infraspinatus', 'teres-major', 'latissimus-dorsi', 'coracobrachialis'],
    sources: [TS1, 'webmanmed-shoulder-arm'],
    basis: 'RF §23 mf (the key muscle), RF §10 mf; SA §2, §3, §4 mf',
  },
  {
    terms: ['pain between the shoulder blades', 'shoulder blade pain', 'interscapular pain'],
    muscles: ['rhomboids', 'scalenes', 'middle-trapezius', 'lower-trapezius', 'levator-scapulae', 'serratus-posterior-superior', 'infraspinatus', 'cervical-multifidi', 'thoracic-paraspinals'],
    sources: [TS1],
    basis: 'RF §32 medial scapular border; RF §9, §12, §13 zones and mf; HN xm upper medial scapular border; SA §9 zones',
  },
  {
    terms: ['mid-back pain', 'middle back pain', 'thoracic back pain'],
    muscles: ['thoracic-paraspinals', 'latissimus-dorsi', 'serratus-anterior', 'rectus-abdominis', 'serratus-posterior-inferior'],
    sources: [TS1],
    basis: 'SA §2, §8, §9 zones; HN §7 zones (below the shoulder blade); HN xm mid-back band (rectus abdominis)',
  },
  // Elbow
  {
    terms: ['tennis elbow', 'lateral epicondylitis', 'outer elbow pain'],
    muscles: ['supinator', 'extensor-carpi-radialis-longus', 'brachioradialis', 'extensor-carpi-radialis-brevis', 'extensor-digitorum', 'triceps-brachii', 'supraspinatus'],
    sources: [TS1, DAVIES, 'namtpt', 'niel-asher'],
    basis: 'FH §1, §2, §3, §5, §6 mf and FH xm lateral epicondyle; SA §7 zones and mf; RF §11 spillover and mf',
  },
  {
    terms: ["golfer's elbow", 'medial epicondylitis', 'inner elbow pain'],
    muscles: ['triceps-brachii', 'flexor-carpi-ulnaris', 'flexor-carpi-radialis', 'palmaris-longus', 'pronator-teres', 'pectoralis-major'],
    sources: [TS1, 'webmanmed-forearm-flexors', 'namtpt'],
    basis: 'SA §7 zones (TrP5) and mf; FH §7, §8 mf; RF §14 zones and mf',
  },
  // Wrist and hand
  {
    terms: ['carpal tunnel', 'carpal tunnel syndrome', 'carpal tunnel-like pain'],
    muscles: ['scalenes', 'pronator-teres', 'flexor-carpi-radialis', 'brachialis', 'opponens-pollicis', 'adductor-pollicis', 'brachioradialis', 'pectoralis-minor', 'serratus-posterior-superior', 'infraspinatus'],
    sources: [TS1, 'qerama-2009', 'namtpt'],
    basis: 'RF §9, §21 mf; FH §1, §7, §8, §9 mf; SA §6 mf; HN §6 mf; FH lookup advice 3 (Qerama 2009: infraspinatus)',
  },
  {
    terms: ['wrist pain', 'back of the wrist pain'],
    muscles: ['extensor-carpi-radialis-brevis', 'extensor-carpi-ulnaris', 'extensor-indicis', 'brachioradialis', 'flexor-carpi-radialis', 'flexor-carpi-ulnaris', 'pronator-teres', 'opponens-pollicis', 'subscapularis'],
    sources: [TS1, 'namtpt'],
    basis: 'FH §1, §3, §4, §5, §7, §8, §9 zones; FH xm wrist; RF §23 spillover (band around the wrist)',
  },
  {
    terms: ['thumb pain', 'base of the thumb pain', "de quervain's", 'trigger thumb'],
    muscles: ['adductor-pollicis', 'opponens-pollicis', 'brachialis', 'supinator', 'brachioradialis', 'extensor-carpi-radialis-longus', 'scalenes', 'first-dorsal-interosseous'],
    sources: [TS1, 'niel-asher'],
    basis: 'FH §9 zones and mf; SA §6 zones and mf; FH §1, §2, §6 zones and mf; RF §9 zones and mf; FH §10 mf',
  },
  {
    terms: ['trigger finger', 'finger pain', 'stiff fingers'],
    muscles: ['flexor-digitorum-superficialis', 'extensor-digitorum', 'first-dorsal-interosseous', 'palmaris-longus', 'scalenes', 'serratus-posterior-superior'],
    sources: [TS1, 'niel-asher'],
    basis: 'FH §5, §7, §10 zones and mf; FH xm fingers; RF §9, §21 zones',
  },
  // Chest and belly
  {
    terms: ['chest pain', 'chest wall pain', 'breastbone pain', 'costochondritis'],
    muscles: ['pectoralis-major', 'pectoralis-minor', 'sternalis', 'serratus-anterior', 'scalenes', 'sternocleidomastoid', 'thoracic-paraspinals', 'rectus-abdominis', 'serratus-posterior-superior'],
    sources: [TS1, 'namtpt'],
    basis: 'RF §14, §9 zones and mf; HN §6, §7, §8, §10 zones and mf; RF §5 zones (sternum); SA §9 zones (T6); RF §21 spillover; HN xm chest (the app shows the heart red flags with these)',
    warning: 'Chest pain with breathlessness, sweating, sickness or pain spreading to the arm or jaw, or pain that comes with exertion: call emergency services. A sore muscle does not rule out the heart.',
  },
  {
    terms: ['side stitch', 'stitch in the side', 'pain on deep breathing'],
    muscles: ['serratus-anterior', 'external-oblique'],
    sources: [TS1, 'namtpt'],
    basis: 'HN §7 associated symptoms; HN xm lateral chest wall',
    warning: 'Sudden sharp pain on breathing in, or new breathlessness: emergency care now (the lung).',
  },
  {
    terms: ['heartburn', 'heartburn-like pain', 'reflux-like pain', 'upper belly pain'],
    muscles: ['external-oblique', 'rectus-abdominis', 'sternalis'],
    sources: [TS1, 'triggerpointbook-abdominals'],
    basis: 'HN xm epigastrium/heartburn; HN §8, §9, §10 mf (reflux)',
    warning: 'Upper belly pain like heartburn that comes with sweating or breathlessness, or on exertion, can come from the heart: call emergency services.',
  },
  {
    terms: ['belly pain', 'abdominal pain', 'stomach ache'],
    muscles: ['rectus-abdominis', 'external-oblique', 'iliopsoas', 'quadratus-lumborum', 'thoracic-paraspinals', 'lumbar-paraspinals'],
    sources: [TS1, 'namtpt'],
    basis: 'HN §8, §9 zones and mf; RF §15 mf (appendicitis); RF §4, §19 and SA §9 zones (forward to the abdomen)',
    warning: 'Severe or worsening belly pain, a hard swollen belly, vomiting, fever or blood: emergency care now.',
  },
  {
    terms: ['groin pain', 'groin strain'],
    muscles: ['pectineus', 'adductor-longus', 'iliopsoas', 'adductor-magnus', 'quadratus-lumborum', 'external-oblique', 'vastus-intermedius'],
    sources: [TS2, 'niel-asher'],
    basis: 'HT xm groin; HT §3, §4 mf; RF §4, §15 zones; HN xm groin',
  },
  // Back
  {
    terms: ['low back pain', 'lower back pain', 'back pain', 'lumbago'],
    muscles: ['quadratus-lumborum', 'gluteus-medius', 'piriformis', 'lumbar-paraspinals', 'iliopsoas', 'thoracic-paraspinals', 'rectus-abdominis'],
    sources: [TS2, TS1, 'monclus-diez-2025', 'iglesias-gonzalez-2013'],
    basis: 'RF §29 low back pain prevalence (Monclús-Díez 2025); RF §4, §15, §16, §19 zones and mf; SA §9 zones; HN xm low back band',
    warning: 'Back pain with numbness between the legs, new trouble passing water or controlling the bowels, or weakness in the legs: emergency care now.',
  },
  {
    terms: ['sacroiliac pain', 'si joint pain', 'sacrum pain'],
    muscles: ['quadratus-lumborum', 'gluteus-medius', 'gluteus-maximus', 'piriformis', 'iliopsoas', 'lumbar-paraspinals', 'rectus-abdominis', 'soleus'],
    sources: [TS2, TS1],
    basis: 'RF §32 sacroiliac region; HT xm sacrum; RF §4, §16, §18 mf; HT §1 mf',
  },
  {
    terms: ['tailbone pain', 'coccyx pain', 'coccygodynia'],
    muscles: ['pelvic-floor', 'gluteus-maximus', 'lumbar-paraspinals', 'adductor-magnus'],
    sources: [TS2, TS1, 'coccyx-org'],
    basis: 'HT xm coccyx; HT §10 zones and mf; HT §1 zones; RF §19 zones (S1 multifidus) and mf',
  },
  // Hip and buttock
  {
    terms: ['sciatica', 'sciatica-like pain', 'pain down the back of the leg'],
    muscles: ['gluteus-minimus', 'piriformis', 'quadratus-lumborum', 'gluteus-maximus', 'biceps-femoris', 'semitendinosus', 'pelvic-floor'],
    sources: [TS2, 'niel-asher'],
    basis: 'RF §17 zones ("pseudo-sciatica") and mf; RF §18 mf; RF §4 (satellite gluteus minimus); HT §1, §5, §10 mf',
    warning: 'Pain down the leg with numbness between the legs, new bladder or bowel trouble, or a weak foot: emergency care now.',
  },
  {
    terms: ['buttock pain', 'gluteal pain'],
    muscles: ['gluteus-maximus', 'gluteus-medius', 'piriformis', 'quadratus-lumborum', 'gluteus-minimus', 'lumbar-paraspinals', 'thoracic-paraspinals', 'semitendinosus'],
    sources: [TS2, TS1],
    basis: 'HT xm whole buttock and gluteal fold; RF §4, §16, §17, §18, §19 zones; SA §9 zones (longissimus)',
  },
  {
    terms: ['hip pain', 'outer hip pain', 'trochanteric bursitis', 'hip bursitis'],
    muscles: ['gluteus-medius', 'gluteus-minimus', 'tensor-fasciae-latae', 'quadratus-lumborum', 'piriformis', 'vastus-lateralis', 'gluteus-maximus', 'iliopsoas', 'pectineus'],
    sources: [TS2, 'aberdeen-chiropractic'],
    basis: 'RF §32 greater trochanter; HT xm greater trochanter; RF §4, §16, §17, §27 mf; HT §1, §2 mf; RF §15 and HT §9 mf (hip disease)',
  },
  // Thigh and knee
  {
    terms: ['thigh pain', 'outer thigh pain', 'it band pain', 'iliotibial band syndrome'],
    muscles: ['vastus-lateralis', 'tensor-fasciae-latae', 'gluteus-minimus', 'vastus-intermedius', 'adductor-longus', 'sartorius', 'iliopsoas', 'piriformis', 'biceps-femoris', 'semitendinosus'],
    sources: [TS2, 'niel-asher'],
    basis: 'HT xm lateral, anterior, medial and posterior thigh; RF §32 lateral and posterior thigh; RF §27 and HT §2 mf (iliotibial band)',
  },
  {
    terms: ['knee pain', 'back of the knee pain', 'inner knee pain', 'outer knee pain'],
    muscles: ['rectus-femoris', 'vastus-medialis', 'vastus-lateralis', 'vastus-intermedius', 'popliteus', 'gastrocnemius', 'biceps-femoris', 'adductor-longus', 'sartorius', 'plantaris'],
    sources: [TS2, 'niel-asher'],
    basis: 'RF §32 knee; HT xm knee; LF xm back of the knee; RF §25, §27, §28 zones',
  },
  {
    terms: ["runner's knee", 'patellofemoral pain', 'kneecap pain', 'knee giving way'],
    muscles: ['vastus-medialis', 'rectus-femoris', 'vastus-lateralis', 'vastus-intermedius', 'sartorius'],
    sources: [TS2, 'rozenfeld-2020', 'namtpt'],
    basis: 'RF §27, §28 and HT §6 mf (patellofemoral pain); HT §6 buckling knee, RF §28 buckling on stairs; HT §7, §8 mf; Rozenfeld 2020 (HT §6)',
  },
  // Lower leg
  {
    terms: ['shin splints', 'shin pain'],
    muscles: ['tibialis-anterior', 'tibialis-posterior', 'soleus', 'extensor-digitorum-longus', 'flexor-digitorum-longus'],
    sources: [TS2, 'niel-asher'],
    basis: 'RF §24, §26 mf; LF §3, §4, §5 mf; LF xm shin',
  },
  {
    terms: ['calf cramps', 'leg cramps', 'night cramps', 'toe cramps'],
    muscles: ['gastrocnemius', 'flexor-digitorum-longus', 'flexor-hallucis-longus', 'tibialis-posterior'],
    sources: [TS2, DAVIES],
    basis: 'RF §25 (night calf cramps); LF §5 associated (toe cramps); LF §3 (toe cramps, Niel-Asher)',
    warning: 'A calf that is swollen, warm, red or tender, especially after surgery, a journey or a cast, can hold a clot: see a doctor today and do not massage it.',
  },
  {
    terms: ['ankle pain', 'weak ankles', 'ankle sprain-like pain'],
    muscles: ['peroneus-longus', 'peroneus-tertius', 'tibialis-anterior', 'extensor-digitorum-longus', 'extensor-hallucis-longus', 'extensor-digitorum-brevis', 'gluteus-minimus'],
    sources: [TS2, DAVIES, 'niel-asher'],
    basis: 'LF §1, §2 zones and mf; LF xm lateral and anterior ankle; RF §24 zones; LF §4, §11 zones; RF §17 zones (to the ankle)',
  },
  {
    terms: ['achilles pain', 'achilles tendinitis'],
    muscles: ['tibialis-posterior', 'soleus', 'gastrocnemius', 'plantaris'],
    sources: [TS2, 'namtpt'],
    basis: 'LF xm back of heel/Achilles; LF §3 zones and mf; RF §26 zones and mf; LF §7 mf',
  },
  // Foot
  {
    terms: ['heel pain', 'plantar fasciitis', 'heel spur', 'arch pain', 'instep pain'],
    muscles: ['soleus', 'quadratus-plantae', 'abductor-hallucis', 'tibialis-posterior', 'gastrocnemius', 'flexor-digitorum-longus', 'flexor-digitorum-brevis'],
    sources: [TS2, DAVIES, 'brainscape-ts-cards', 'niel-asher'],
    basis: 'LF xm plantar heel (the plantar-fasciitis mimics) and instep; RF §26 zones and mf (Davies: soleus the main cause of heel pain); LF §3, §5, §8, §9, §10 mf; RF §25 zones (instep) and mf',
  },
  {
    terms: ['ball of the foot pain', 'metatarsalgia', "morton's neuroma"],
    muscles: ['flexor-digitorum-brevis', 'flexor-digitorum-longus', 'abductor-digiti-minimi-pedis', 'flexor-hallucis-longus', 'tibialis-posterior'],
    sources: [TS2, 'niel-asher'],
    basis: 'LF xm ball of the foot; LF §5, §9 zones and mf; LF §3 spillover and Niel-Asher note',
  },
  {
    terms: ['big toe pain', 'bunion pain'],
    muscles: ['tibialis-anterior', 'extensor-hallucis-longus', 'flexor-hallucis-longus', 'abductor-hallucis'],
    sources: [TS2, 'niel-asher'],
    basis: 'LF xm big toe; RF §24 zones and mf; LF §4, §5 zones; LF §8 mf (bunion pain)',
  },
];
