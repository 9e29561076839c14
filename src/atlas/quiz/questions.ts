/**
 * A quiz round: ten questions over one body region or the whole atlas, the same for the same
 * seed. Three kinds: *paint the zone* (a muscle and trigger point are named; paint where it
 * refers), *find the trigger point* (tap where it lies) and *what refers here?* (a trigger point's
 * main zone is shown; pick the muscles the lookup ranks first for it, from four).
 */
import { lookupDrawing } from '../lookupDrawing';
import type { OpenAtlas } from '../openAtlas';
import type { DrawingPoint } from '../painPoints';
import { BODY_REGIONS, type BodyRegion } from '../regionNames';
import type { MuscleId, Side, TriggerPointId } from '../types';
import type { BakedZone } from '../zones';
import { seededRandom, type Random } from './random';
import { essentialZone, zoneBrush, zoneDrawingPoint, zoneVertices, type ZoneBrush } from './zoneDrawing';

/** The kinds of question, in the order summaries list them. */
export const QUESTION_KINDS = ['paint', 'find', 'which'] as const;
/** See {@link QUESTION_KINDS}. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What a round covers: one body region's muscles, or every muscle. */
export type QuizScope = 'all' | BodyRegion;

/** True when `value` names a scope. */
export function isQuizScope(value: string): value is QuizScope {
  return value === 'all' || (BODY_REGIONS as readonly string[]).includes(value);
}

/**
 * What the quiz needs to know of a muscle besides its baked zones: its region, and which trigger
 * points its data leaves to a clinician's hands (the app's catalogue entries and the full data
 * both fit).
 */
export interface QuizMuscle {
  readonly id: string;
  readonly region: BodyRegion;
  readonly triggerPoints: readonly { readonly id: string; readonly clinicianOnly?: true | string | undefined }[];
}

interface QuestionBase {
  /** 0-based place in the round. */
  readonly index: number;
  readonly muscle: MuscleId;
  readonly muscleName: string;
  readonly triggerPoint: TriggerPointId;
  readonly triggerPointName: string;
  /** The side the question is about (the subject's own side). */
  readonly side: Side;
}

/** Paint where the named trigger point refers pain (its main zone). */
export interface PaintQuestion extends QuestionBase {
  readonly kind: 'paint';
}

/** Tap where the named trigger point lies. */
export interface FindQuestion extends QuestionBase {
  readonly kind: 'find';
}

/** One answer offered in a "what refers here?" question. */
export interface QuizOption {
  readonly muscle: MuscleId;
  readonly name: string;
}

/**
 * A trigger point's main zone is shown (its muscle is not named): pick the muscles that refer
 * pain there. The right answers are the lookup's first three candidates for a drawing of the zone.
 */
export interface WhichQuestion extends QuestionBase {
  readonly kind: 'which';
  /** The painted area that shows the zone (see {@link whichDrawing}). */
  readonly brush: ZoneBrush;
  /** Four muscles, in the order shown. */
  readonly options: readonly QuizOption[];
  /** The muscles among the lookup's first three candidates (the right options), best first. */
  readonly answer: readonly MuscleId[];
  /** The lookup's first three candidates for the zone, as it ranked them. */
  readonly top: readonly { readonly muscle: MuscleId; readonly side: Side; readonly score: number }[];
}

/** One question of a round. */
export type QuizQuestion = PaintQuestion | FindQuestion | WhichQuestion;

/** A round of questions, and what made it. */
export interface QuizRound {
  readonly seed: number;
  readonly scope: QuizScope;
  readonly questions: readonly QuizQuestion[];
}

/** Options of {@link buildRound}. */
export interface RoundOptions {
  readonly seed: number;
  readonly scope: QuizScope;
  /** Questions asked; fewer when the scope holds fewer suitable trigger points. */
  readonly length: number;
}

/** Defaults of {@link RoundOptions}: ten questions over the whole atlas, seed 1. */
export const ROUND_DEFAULTS: RoundOptions = { seed: 1, scope: 'all', length: 10 };

/** How many muscles a "what refers here?" question offers. */
export const OPTION_COUNT = 4;

/** How many of the lookup's candidates count as right answers. */
export const TOP_CANDIDATES = 3;

/** A trigger point of the atlas the round may ask about (indices into `atlas.baked.muscles`). */
interface Item {
  readonly muscle: number;
  readonly triggerPoint: number;
  readonly zone: BakedZone | undefined;
  /** Trigger points of one muscle with the same main zone share this key: one question per zone. */
  readonly zoneKey: string;
}

/**
 * Builds a round on `atlas` from the muscles given (their regions and clinician-only flags).
 * Deterministic: the same seed, scope, length, muscles and baked zones give the same questions.
 * Kinds take turns (each run of three asks each once, in a shuffled order); each question goes
 * to the least asked muscle so far and, while there are any, to a trigger point and zone not
 * asked yet in any form (trigger points of one muscle that share a main zone count as one zone). Skipped as
 * unsuitable: a trigger point without a main zone (for painting and for "what refers here?"), one
 * whose data leaves it to a clinician's hands (for finding it: often deep or internal, where a
 * tap on the skin says little), and a zone whose own muscle the lookup does not rank among its
 * first three (the question would contradict the zone shown).
 */
export function buildRound(atlas: OpenAtlas, muscles: readonly QuizMuscle[], options: Partial<RoundOptions> = {}): QuizRound {
  const { seed, scope, length } = { ...ROUND_DEFAULTS, ...options };
  const random = seededRandom(seed);
  const byId = new Map(muscles.map((m) => [m.id, m]));
  const items = roundItems(atlas, byId, scope);
  const pools: Record<QuestionKind, Item[]> = {
    paint: items.filter((i) => i.zone !== undefined),
    find: items.filter((i) => !clinicianOnly(atlas, byId, i)),
    which: items.filter((i) => i.zone !== undefined),
  };
  // Each run of three asks each kind once, in its own order: never three of a kind in a row.
  const slots = Array.from({ length: Math.ceil(Math.max(0, length) / QUESTION_KINDS.length) }, () => random.shuffle(QUESTION_KINDS))
    .flat()
    .slice(0, Math.max(0, length));
  // Keys asked so far: `m:t` and zone keys in any form, and the same prefixed by the kind.
  const asked = new Set<string>();
  const muscleUse = new Map<number, number>();
  const kindUse = new Map<QuestionKind, number>();
  const questions: QuizQuestion[] = [];

  const askFromPool = (kind: QuestionKind): QuizQuestion | undefined => {
    const pool = pools[kind];
    const keysOf = (i: Item) => (kind === 'find' ? [pairKey(i)] : [pairKey(i), i.zoneKey]);
    for (;;) {
      const open = pool.filter((i) => keysOf(i).every((key) => !asked.has(`${kind}:${key}`)));
      if (open.length === 0) return undefined;
      // A small region may ask a trigger point again in another form, once every one was asked.
      const fresh = open.filter((i) => keysOf(i).every((key) => !asked.has(key)));
      const choices = fresh.length > 0 ? fresh : open;
      const least = Math.min(...choices.map((i) => muscleUse.get(i.muscle) ?? 0));
      const item = random.pick(choices.filter((i) => (muscleUse.get(i.muscle) ?? 0) === least))!;
      const side: Side = random.next() < 0.5 ? 'right' : 'left';
      const question = makeQuestion(atlas, kind, item, side, questions.length, random, byId);
      if (!question) {
        // Unsuitable for this kind: never offered for it again this round.
        pool.splice(pool.indexOf(item), 1);
        continue;
      }
      for (const key of keysOf(item)) {
        asked.add(key);
        asked.add(`${kind}:${key}`);
      }
      muscleUse.set(item.muscle, (muscleUse.get(item.muscle) ?? 0) + 1);
      kindUse.set(kind, (kindUse.get(kind) ?? 0) + 1);
      return question;
    }
  };

  for (const wanted of slots) {
    // The slot's kind first, then the kinds asked least, when a kind has run out.
    const others = QUESTION_KINDS.filter((k) => k !== wanted).sort((a, b) => (kindUse.get(a) ?? 0) - (kindUse.get(b) ?? 0));
    let made: QuizQuestion | undefined;
    for (const kind of [wanted, ...others]) {
      made = askFromPool(kind);
      if (made) break;
    }
    if (!made) break;
    questions.push(made);
  }
  return { seed: seed >>> 0, scope, questions };
}

/** The painted area that shows a "what refers here?" question's zone on this body. */
export function whichDrawing(atlas: OpenAtlas, question: WhichQuestion): DrawingPoint {
  return zoneDrawingPoint(atlas, question.brush);
}

/** The regions that hold at least one of `muscles`, head to foot. */
export function scopesWithMuscles(muscles: readonly QuizMuscle[]): BodyRegion[] {
  const held = new Set(muscles.map((m) => m.region));
  return BODY_REGIONS.filter((r) => held.has(r));
}

function pairKey(item: Item): string {
  return `${item.muscle}:${item.triggerPoint}`;
}

function roundItems(atlas: OpenAtlas, byId: ReadonlyMap<string, QuizMuscle>, scope: QuizScope): Item[] {
  const items: Item[] = [];
  atlas.baked.muscles.forEach((baked, m) => {
    const muscle = byId.get(baked.id);
    if (!muscle || (scope !== 'all' && muscle.region !== scope)) return;
    baked.triggerPoints.forEach((tp, t) => {
      const zone = essentialZone(tp);
      items.push({ muscle: m, triggerPoint: t, zone, zoneKey: zone ? `zone:${m}:${zoneFingerprint(zone)}` : `zone:${m}:${t}:none` });
    });
  });
  return items;
}

function clinicianOnly(atlas: OpenAtlas, byId: ReadonlyMap<string, QuizMuscle>, item: Item): boolean {
  const baked = atlas.baked.muscles[item.muscle]!;
  const tpId = baked.triggerPoints[item.triggerPoint]!.id;
  return Boolean(byId.get(baked.id)?.triggerPoints.find((tp) => tp.id === tpId)?.clinicianOnly);
}

/** A hash of a zone's vertices and weights: equal zones (shared by two trigger points) hash alike. */
function zoneFingerprint(zone: BakedZone): string {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193) >>> 0;
  };
  for (let k = 0; k < zone.vertices.length; k++) {
    mix(zone.vertices[k]!);
    mix(zone.weights[k]!);
  }
  return `${zone.vertices.length}-${h.toString(36)}`;
}

function makeQuestion(
  atlas: OpenAtlas, kind: QuestionKind, item: Item, side: Side, index: number, random: Random, byId: ReadonlyMap<string, QuizMuscle>,
): QuizQuestion | undefined {
  const baked = atlas.baked.muscles[item.muscle]!;
  const tp = baked.triggerPoints[item.triggerPoint]!;
  const base: QuestionBase = { index, muscle: baked.id, muscleName: baked.name, triggerPoint: tp.id, triggerPointName: tp.name, side };
  if (kind === 'find') return { ...base, kind };
  if (!item.zone || zoneVertices(atlas, item.zone, side).length === 0) return undefined;
  if (kind === 'paint') return { ...base, kind };
  return whichQuestion(atlas, base, item.zone, random, byId);
}

/**
 * Shows the zone as the app would paint it and asks the app's one lookup pipeline about that very
 * drawing; the wrong options are muscles no zone of which covers any of it, from the trigger
 * point's own region first (plausible neighbours), then from anywhere.
 */
function whichQuestion(atlas: OpenAtlas, base: QuestionBase, zone: BakedZone, random: Random, byId: ReadonlyMap<string, QuizMuscle>): WhichQuestion | undefined {
  const brush = zoneBrush(atlas, zone, base.side);
  if (!brush) return undefined;
  const lookup = lookupDrawing([zoneDrawingPoint(atlas, brush)], atlas, { top: atlas.baked.muscles.length * 2 });
  if (lookup.placed.length === 0) return undefined;
  const top = lookup.candidates.slice(0, TOP_CANDIDATES).map((c) => ({ muscle: c.muscle, side: c.side, score: c.score }));
  const answer = [...new Set(top.map((c) => c.muscle))];
  if (!answer.includes(base.muscle)) return undefined;
  const explaining = new Set<string>(lookup.candidates.map((c) => c.muscle));
  const region = byId.get(base.muscle)?.region;
  const others = atlas.baked.muscles.filter((m) => byId.has(m.id) && !explaining.has(m.id));
  const near = random.shuffle(others.filter((m) => byId.get(m.id)!.region === region));
  const far = random.shuffle(others.filter((m) => byId.get(m.id)!.region !== region));
  const wrong = [...near, ...far].slice(0, Math.max(0, OPTION_COUNT - answer.length)).map((m) => m.id);
  const names = new Map(atlas.baked.muscles.map((m) => [m.id as string, m.name]));
  const options = random.shuffle([...answer, ...wrong]).map((muscle) => ({ muscle, name: names.get(muscle) ?? muscle }));
  return { ...base, kind: 'which', brush, options, answer, top };
}
