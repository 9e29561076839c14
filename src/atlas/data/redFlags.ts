/**
 * Red flags by body area: signs that pain may come from something other than a muscle and needs a
 * clinician, shown beside the candidates for the areas a pain drawing touches (and the general
 * ones always). Written for patients; each names how urgent it is and the sources behind it.
 */
import type { RedFlagPlace } from '../bodyAreas';

/** How soon to act: call emergency services, see a doctor today, or book a visit soon. */
export const URGENCIES = ['emergency', 'same-day', 'soon'] as const;
/** See {@link URGENCIES}. */
export type Urgency = (typeof URGENCIES)[number];

/** One red flag. */
export interface RedFlag {
  /** Stable, kebab-case. */
  readonly id: string;
  /**
   * Where it belongs: body areas, regions of the region table (`hand`, `foot`) or the jaw; a
   * drawing touching any of them shows it. `general` flags apply to every drawing.
   */
  readonly areas: readonly (RedFlagPlace | 'general')[];
  readonly urgency: Urgency;
  /** The sign, then what to do, in the patient's words. */
  readonly text: string;
  /** Ids from `sources.ts`. */
  readonly sources: readonly string[];
}

/** Every red flag, most urgent first within each area. */
export const RED_FLAGS: readonly RedFlag[] = [
  // Head
  {
    id: 'thunderclap-headache',
    areas: ['head', 'neck'],
    urgency: 'emergency',
    text: 'A sudden, severe headache that peaks within a minute or so, unlike any before ("the worst ever"): call emergency services.',
    sources: ['nice-cg150-headache'],
  },
  {
    id: 'headache-neurological',
    areas: ['head'],
    urgency: 'emergency',
    text: 'Headache with new weakness, numbness, a drooping face, slurred speech, confusion or double vision, or with fever, a stiff neck or a rash: call emergency services.',
    sources: ['nice-cg150-headache'],
  },
  {
    id: 'acute-glaucoma',
    areas: ['head'],
    urgency: 'emergency',
    text: 'A painful red eye with blurred sight or halos (coloured rings) around lights, often with a headache, feeling sick or vomiting (possible acute glaucoma, which can quickly harm sight): go to an emergency department or an eye emergency service now.',
    sources: ['aao-2020-angle-closure', 'atlas-safety-review'],
  },
  {
    id: 'temporal-arteritis',
    areas: ['head'],
    urgency: 'same-day',
    text: 'A new headache after the age of 50, especially at the temple, with a tender scalp, jaw pain when chewing or any change in vision (possible temporal arteritis, which can threaten sight): see a doctor today.',
    sources: ['bsr-2020-gca', 'nice-cg150-headache'],
  },
  // Neck
  {
    id: 'neck-artery',
    areas: ['neck', 'head'],
    urgency: 'emergency',
    text: 'Neck pain with a new headache after an injury or neck manipulation, with dizziness, double vision, slurred speech, trouble swallowing or numbness of the face (possible tear of a neck artery): call emergency services.',
    sources: ['ifompt-2023-cervical'],
  },
  {
    id: 'neck-cord',
    areas: ['neck'],
    urgency: 'same-day',
    text: 'Neck pain with numbness or weakness in both arms, clumsy hands or unsteady walking: see a doctor today.',
    sources: ['ifompt-2023-cervical', 'atlas-safety-review'],
  },
  {
    // The reference gives "more than about 3 weeks" for the throat; NICE NG12 asks for a two-week
    // referral for hoarseness or a neck lump, and for food that sticks whatever its duration.
    id: 'throat-three-weeks',
    areas: ['neck', 'jaw'],
    urgency: 'soon',
    text: 'A sore throat, pain on swallowing, a hoarse or changed voice or a feeling of a lump in the throat that has lasted more than about three weeks; food that sticks on the way down, however long it has lasted; or any of these with a lump in the neck or weight loss you cannot explain: see a doctor soon.',
    sources: ['nice-ng12-cancer', 'atlas-safety-review'],
  },
  // Chest
  {
    id: 'cardiac-chest-pain',
    areas: ['chest', 'upper-limb', 'neck', 'back', 'jaw', 'upper-abdomen'],
    urgency: 'emergency',
    text: 'Chest pain, pressure or tightness, especially on exertion or with breathlessness, sweating, nausea, or pain spreading into the arm, neck or jaw: call emergency services. Heart pain must be ruled out before a muscle is blamed.',
    sources: ['nice-cg95-chest-pain'],
  },
  {
    id: 'chest-breathing',
    areas: ['chest', 'back'],
    urgency: 'emergency',
    text: 'Sudden breathlessness, sharp pain on breathing in, coughing up blood, or a tearing pain that goes through to the back: call emergency services.',
    sources: ['nice-cg95-chest-pain', 'atlas-safety-review'],
  },
  {
    id: 'breast-change',
    areas: ['chest'],
    urgency: 'soon',
    text: 'A new lump, thickening, skin dimpling or nipple change in the breast: see a doctor soon, whatever the trigger points.',
    sources: ['atlas-safety-review'],
  },
  // Abdomen
  {
    id: 'aortic-aneurysm',
    areas: ['abdomen', 'back'],
    urgency: 'emergency',
    text: 'Sudden, severe pain in the belly or back, or collapse or feeling faint with it, especially over the age of 60 or in a smoker, with or without a pulsing lump: call emergency services (possible aortic aneurysm).',
    sources: ['nice-ng156-aaa', 'verhagen-2016'],
  },
  {
    id: 'pulsing-lump',
    areas: ['abdomen', 'back'],
    urgency: 'same-day',
    text: 'A painless pulsing lump felt in the belly: stop pressing, and see a doctor the same day.',
    sources: ['nice-ng156-aaa'],
  },
  {
    id: 'acute-abdomen',
    areas: ['abdomen'],
    urgency: 'emergency',
    text: 'Severe or fast-worsening belly pain, a hard or rigid belly, repeated vomiting, fever or fainting: call emergency services.',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'groin-bulge-testis',
    areas: ['abdomen'],
    urgency: 'emergency',
    text: 'Sudden pain in a testicle, or a painful groin bulge that will not go back in: call emergency services. A painless bulge in the groin that comes and goes: see a doctor soon.',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'pelvic-emergency',
    areas: ['pelvis'],
    urgency: 'emergency',
    text: 'Sudden one-sided pain low in the belly or pelvis, especially with a missed period, bleeding or feeling faint (possible ectopic pregnancy or a twisted ovary): call emergency services. Bleeding from the back passage, or being unable to pass urine: see a doctor today.',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'bowel-change',
    areas: ['abdomen'],
    urgency: 'soon',
    text: 'A change in your bowel habit that goes on for weeks (looser stools, going more often, or constipation that is new for you), blood in your stool, or belly pain with weight loss you cannot explain: see a doctor soon.',
    sources: ['nice-ng12-cancer', 'atlas-safety-review'],
  },
  // Back
  {
    id: 'cauda-equina',
    areas: ['back', 'lower-limb', 'pelvis'],
    urgency: 'emergency',
    text: 'Back pain with numbness between the legs or around the back passage, new trouble passing or holding urine or stool, or weakness in both legs: go to an emergency department now.',
    sources: ['verhagen-2016', 'ahcpr-1994-low-back'],
  },
  {
    id: 'kidney',
    areas: ['back', 'abdomen'],
    urgency: 'same-day',
    text: 'Pain in the side of the back (flank) with fever, burning on passing urine or blood in the urine: see a doctor today (possible kidney infection or stone).',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'spinal-fracture',
    areas: ['back', 'neck'],
    urgency: 'same-day',
    text: 'Back or neck pain after a fall or accident, or after a minor strain with osteoporosis or long-term steroid use (possible fracture): see a doctor today.',
    sources: ['verhagen-2016', 'ahcpr-1994-low-back'],
  },
  // Limbs
  {
    id: 'deep-vein-thrombosis',
    areas: ['lower-limb', 'upper-limb'],
    urgency: 'same-day',
    text: 'A swollen, warm, red or tender calf or arm, especially after travel, surgery, a plaster cast, pregnancy or illness in bed (possible blood clot): see a doctor today, and call emergency services if you are also breathless. Do not massage it.',
    sources: ['nice-ng158-vte'],
  },
  {
    id: 'limb-circulation',
    areas: ['lower-limb', 'upper-limb'],
    urgency: 'emergency',
    text: 'A hand, a foot or a whole limb that turns cold, pale or blue, or goes numb and weak suddenly: call emergency services.',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'compartment-syndrome',
    areas: ['leg', 'forearm', 'thigh'],
    urgency: 'emergency',
    text: 'A tense, swollen, very painful calf, shin, thigh or forearm after an injury, a crush, a tight plaster or hard exercise, with pain on moving the toes or fingers, or numbness: go to an emergency department now (possible compartment syndrome).',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'tendon-sheath-infection',
    areas: ['hand'],
    urgency: 'emergency',
    text: 'After a cut, puncture or bite, a finger held bent, evenly swollen, tender along its palm side and very painful to straighten (possible infection of the tendon sheath): go to an emergency department now.',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'both-hands-clumsy',
    areas: ['hand', 'forearm', 'arm'],
    urgency: 'same-day',
    text: 'Numb, clumsy hands on both sides, dropping things, with unsteady walking or a change in bladder control (possible pressure on the spinal cord in the neck): see a doctor today.',
    sources: ['ifompt-2023-cervical', 'atlas-safety-review'],
  },
  {
    id: 'achilles-rupture',
    areas: ['leg', 'foot'],
    urgency: 'same-day',
    text: 'A sudden pop or a feeling of being kicked at the back of the ankle or calf, then weakness pushing off: see a doctor today (possible Achilles tendon rupture).',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'claudication',
    areas: ['hip', 'thigh', 'leg'],
    urgency: 'soon',
    text: 'Buttock, thigh or calf pain that comes on with walking and eases within minutes of standing still, especially if you smoke or have diabetes (possible narrowed arteries): see a doctor soon.',
    sources: ['nice-cg147-pad'],
  },
  {
    id: 'scaphoid-fracture',
    areas: ['hand', 'forearm'],
    urgency: 'same-day',
    text: 'Pain or tenderness in the hollow at the base of the thumb on the back of the wrist after a fall on an outstretched hand (possible scaphoid fracture, which a first X-ray can miss): see a doctor today, and do not massage it.',
    sources: ['nice-ng38-fractures'],
  },
  {
    id: 'diabetic-foot',
    areas: ['foot'],
    urgency: 'same-day',
    text: 'With diabetes or numb feet: a wound, blister or ulcer, or a foot that is red, hot, swollen or changing shape: see a doctor or podiatrist today. Do not press or roll a ball on a foot that has lost feeling.',
    sources: ['nice-ng19-diabetic-foot'],
  },
  {
    id: 'foot-stress-fracture',
    areas: ['foot'],
    urgency: 'soon',
    text: 'One small spot on a bone of the foot that is tender to touch and hurts more with every step, especially in runners or with thin bones (osteoporosis): see a doctor soon (possible stress fracture; it needs an X-ray or scan, not pressure).',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'tarsal-tunnel',
    areas: ['foot'],
    urgency: 'soon',
    text: 'Burning, tingling or numbness in the sole, worse at night, or tingling when the inside of the ankle is tapped: see a doctor soon (a trapped nerve behind the inner ankle bone).',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'hot-joint',
    areas: ['upper-limb', 'lower-limb'],
    urgency: 'same-day',
    text: 'A hot, swollen joint, or pain with fever: see a doctor today (possible infection or gout).',
    sources: ['atlas-safety-review'],
  },
  {
    id: 'nerve-weakness',
    areas: ['upper-limb', 'lower-limb', 'neck', 'back'],
    urgency: 'same-day',
    text: 'Weakness that is getting worse (a dropping foot or wrist, a hand that cannot grip) or numbness that spreads: see a doctor today.',
    sources: ['verhagen-2016', 'ahcpr-1994-low-back'],
  },
  {
    id: 'limb-injury',
    areas: ['upper-limb', 'lower-limb'],
    urgency: 'same-day',
    text: 'Pain after a fall or injury with swelling, a deformity, or a limb you cannot put weight on or use (possible fracture): see a doctor today.',
    sources: ['atlas-safety-review'],
  },
  // Anywhere
  {
    id: 'systemic',
    areas: ['general'],
    urgency: 'soon',
    text: 'Pain with fever, night sweats, feeling unwell or unexplained weight loss, pain that is worse at night or at rest, or a past cancer: see a doctor soon.',
    sources: ['verhagen-2016', 'ahcpr-1994-low-back'],
  },
  {
    id: 'not-improving',
    areas: ['general'],
    urgency: 'soon',
    text: 'Pain that is severe, keeps getting worse, or has not eased after two to four weeks of self-care: see a clinician.',
    sources: ['atlas-safety-review'],
  },
];

/** The word each urgency is shown with, before the flag's text. */
export const URGENCY_WORDS: Readonly<Record<Urgency, string>> = { emergency: 'Emergency', 'same-day': 'Today', soon: 'Soon' };

/**
 * The red flags of these ids, in the ids' order (a question's `redFlags`). An id the table lacks
 * is skipped rather than thrown on: the tests keep every link valid, and a panel must not fail.
 */
export function redFlagsWithIds(ids: readonly string[]): RedFlag[] {
  return ids.flatMap((id) => RED_FLAGS.find((flag) => flag.id === id) ?? []);
}

const URGENCY_ORDER: Readonly<Record<Urgency, number>> = { emergency: 0, 'same-day': 1, soon: 2 };

/** The red flags for the places a drawing touches plus the general ones, most urgent first, each once. */
export function redFlagsFor(places: readonly RedFlagPlace[]): RedFlag[] {
  const wanted = new Set<string>(['general', ...places]);
  return RED_FLAGS.filter((flag) => flag.areas.some((a) => wanted.has(a)))
    .map((flag, i) => ({ flag, i }))
    .sort((a, b) => URGENCY_ORDER[a.flag.urgency] - URGENCY_ORDER[b.flag.urgency] || a.i - b.i)
    .map(({ flag }) => flag);
}
