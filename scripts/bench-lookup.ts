/**
 * `npm run bench:lookup`: the simulated-patient benchmark of the reverse lookup (issue 15 item 10).
 * For every trigger point of every muscle, on both sides, as the hidden cause, a few simulated
 * patients (fixed seed) draw their pain from its zones: spots in the essential zone always,
 * spillover spots sometimes, now and then one unrelated spot elsewhere, each placed with a few
 * millimetres of noise. The lookup ranks candidates and offers checks; the patient answers them
 * one at a time, best first: "brings on my usual pain" only at the true trigger point, "tender"
 * sometimes at another trigger point of the same muscle or a neighbour's within 5 cm, else
 * "nothing". Questions are left unanswered (the patient's other symptoms are not simulated).
 *
 * Prints one JSON document (also written to bench/lookup-results.json): top-1 and top-3 accuracy
 * of the true muscle and side with no answers, after one check and after two, the checks it took
 * until it was first, per region and prevalence, and the ten worst trigger points. The same bytes
 * on every run; progress and the run time go to stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { askBackData } from '../src/atlas/askBackData';
import { LOOKUP_QUESTIONS } from '../src/atlas/data/lookupQuestions';
import { MUSCLE_DATA } from '../src/atlas/data/muscles';
import { loadOpenAtlas } from '../src/node/bakeZoneBytes';
import { Rng } from './benchLookup/rng';
import { allTruths, DEFAULT_SETTINGS, runPatient, type PatientOutcome, type Truth } from './benchLookup/simulate';
import { figures, groupBy, mostFrequent, round4 } from './benchLookup/summarise';
import { zoneSharing } from './benchLookup/zoneSharing';

const started = Date.now();
const log = (...args: unknown[]) => console.error(`[bench:lookup ${((Date.now() - started) / 1000).toFixed(1)} s]`, ...args);

/** The target, after two checks. */
const TARGET = { top3AfterTwoChecks: 0.9, top1AfterTwoChecks: 0.85 };
const WORST = 10;

const settings = DEFAULT_SETTINGS;
const atlas = await loadOpenAtlas();
const askBack = askBackData(MUSCLE_DATA, LOOKUP_QUESTIONS);
const dataById = new Map(MUSCLE_DATA.map((m) => [m.id, m]));
const regionOf = (t: Truth) => dataById.get(t.muscle)?.region ?? 'unknown';
const prevalenceOf = (t: Truth) => atlas.baked.muscles[t.m]!.triggerPoints[t.t]!.prevalence;
const clinicianOnly = (t: Truth) => Boolean(dataById.get(t.muscle)?.triggerPoints.find((tp) => tp.id === t.triggerPoint)?.clinicianOnly);
/** Never offered as a check: clinician-only in the data, or left out by the lookup's check rules. */
const neverOffered = (t: Truth) => askBack.clinicianOnly(t.muscle, t.triggerPoint);
log(`atlas: ${atlas.baked.muscles.length} muscles`);

const outcomes: PatientOutcome[] = [];
const truths = allTruths(atlas);
truths.forEach((truth, i) => {
  for (let p = 0; p < settings.patientsPerTriggerPointAndSide; p++) {
    const rng = new Rng(`${settings.seed}:${truth.muscle}:${truth.triggerPoint}:${truth.side}:${p}`);
    outcomes.push(runPatient(atlas, askBack, truth, settings, rng));
  }
  if ((i + 1) % 50 === 0) log(`${i + 1} / ${truths.length} trigger point sides`);
});
log(`${outcomes.length} patients simulated`);

const cap = settings.maxChecks;
const overall = figures(outcomes, cap);
const breakdown = (key: (t: Truth) => string) =>
  Object.fromEntries(groupBy(outcomes, (o) => key(o.truth)).map(([k, group]) => [k, figures(group, cap)]));

const trueCheckWithinTwo = (o: PatientOutcome) =>
  o.asked.slice(0, 2).some((a) => a.muscle === o.truth.muscle && a.side === o.truth.side && a.triggerPoint === o.truth.triggerPoint);

const perTriggerPoint = groupBy(outcomes, (o) => `${o.truth.muscle}:${o.truth.triggerPoint}`).map(([, group]) => {
  const truth = group[0]!.truth;
  const f = figures(group, cap);
  return {
    muscle: truth.muscle,
    triggerPoint: truth.triggerPoint,
    region: regionOf(truth),
    prevalence: prevalenceOf(truth),
    clinicianOnly: clinicianOnly(truth),
    neverOfferedAsCheck: neverOffered(truth),
    patients: f.patients,
    top1: f.top1,
    top3: f.top3,
    checksUntilFirst: f.checksUntilFirst,
    /** Share of patients whose true trigger point was among the first two checks offered. */
    trueCheckOfferedWithinTwo: round4(group.filter(trueCheckWithinTwo).length / group.length),
    /** Share of patients for whom the true muscle and side was not among the listed candidates with no answers. */
    notListedAtFirst: round4(group.filter((o) => o.ranks[0] === null).length / group.length),
    /** Who was first after two checks when the true muscle and side was not (muscle and side relative to the cause's, how many patients). */
    firstInstead: mostFrequent(group.flatMap((o) => (o.firstAfterTwo ? [o.firstAfterTwo] : [])), 3),
    /** The other muscles whose zones cover most of its main zone (cause on the right; share by skin area and weight). */
    zoneSharedWith: zoneSharing(atlas, { ...truth, side: 'right' }),
  };
});
const worst = [...perTriggerPoint]
  .sort((a, b) =>
    a.top3.afterTwoChecks - b.top3.afterTwoChecks
    || a.top1.afterTwoChecks - b.top1.afterTwoChecks
    || a.top3.noAnswers - b.top3.noAnswers
    || (a.muscle < b.muscle ? -1 : a.muscle > b.muscle ? 1 : a.triggerPoint < b.triggerPoint ? -1 : 1))
  .slice(0, WORST);

const result = {
  benchmark: 'simulated-patient reverse lookup (issue 15 item 10)',
  measures:
    'Share of simulated patients whose true muscle and side is first (top1) or among the first three (top3) candidates of lookupDrawing, '
    + 'with no answers, after one check and after two checks answered (always the first check offered, answered as the patient would); '
    + 'questions left unanswered (symptoms are not simulated).',
  settings: {
    ...settings,
    drawing:
      'essential spots at vertices of the essential zone (the spillover zone for a trigger point drawn without one) drawn by zone weight times tappable skin area; '
      + 'spillover spots likewise in the spillover zone; the extra spot by skin area anywhere outside the cause\'s zones; each moved by normal noise per axis and snapped to the nearest skin as a tap',
    answers:
      'reproduces only for the true muscle, side and trigger point; tender with tenderChance for another trigger point of the same muscle and side or any trigger point within neighbourRadiusM of the true one; else nothing; given per trigger point',
  },
  atlas: {
    muscles: atlas.baked.muscles.length,
    triggerPoints: truths.length / 2,
    clinicianOnlyTriggerPoints: perTriggerPoint.filter((t) => t.clinicianOnly).length,
    neverOfferedAsCheckTriggerPoints: perTriggerPoint.filter((t) => t.neverOfferedAsCheck).length,
    patients: outcomes.length,
  },
  target: {
    ...TARGET,
    top3AfterTwoChecksMet: overall.top3.afterTwoChecks >= TARGET.top3AfterTwoChecks,
    top1AfterTwoChecksMet: overall.top1.afterTwoChecks >= TARGET.top1AfterTwoChecks,
  },
  overall,
  /** How often the lookup offered the true trigger point among the first two checks. */
  trueCheckOfferedWithinTwo: round4(outcomes.filter(trueCheckWithinTwo).length / outcomes.length),
  /** Patients whose true trigger point the lookup never offers as a check, and the others. */
  neverOfferedCauses: figures(outcomes.filter((o) => neverOffered(o.truth)), cap),
  offeredCauses: figures(outcomes.filter((o) => !neverOffered(o.truth)), cap),
  withExtraSpot: figures(outcomes.filter((o) => o.spots.includes('extra')), cap),
  byRegion: breakdown(regionOf),
  byPrevalence: breakdown(prevalenceOf),
  worstTriggerPoints: worst,
  /** Every trigger point (both sides pooled): [top-1, top-3] with no answers, after one check, after two. */
  perTriggerPoint: Object.fromEntries(perTriggerPoint.map((t) => [
    `${t.muscle}:${t.triggerPoint}`,
    { top1: Object.values(t.top1), top3: Object.values(t.top3), neverOfferedAsCheck: t.neverOfferedAsCheck },
  ])),
  fields: {
    top1: 'share of patients with the true muscle and side first, per stage (noAnswers, afterOneCheck, afterTwoChecks)',
    top3: 'share with it among the first three, per stage',
    checksUntilFirst: 'meanCapped: mean checks answered until it was first (0 = first with no answers; never within maxChecks counts as maxChecks); within2, withinCap: shares first after at most 2 / maxChecks checks',
    neverOfferedAsCheck: 'the lookup never offers this trigger point as a check (clinicianOnly in the data, or left out by its check rules), so it can never be confirmed by a "reproduces"',
    trueCheckOfferedWithinTwo: 'share of patients whose true trigger point was one of the first two checks answered',
    notListedAtFirst: 'share of patients whose true muscle and side was not among the top candidates with no answers',
    firstInstead: 'the candidate first after two checks when the true one was not (side relative to the cause), with how many patients',
    zoneSharedWith: 'other muscles (side relative to the cause, taken on the right) whose zones of any kind cover most of the cause\'s main zone, share by skin area times weight',
    perTriggerPoint: 'per trigger point (both sides pooled): top1 and top3 as [noAnswers, afterOneCheck, afterTwoChecks]',
    worstTriggerPoints: `the ${WORST} trigger points (both sides pooled) lowest by top-3 after two checks, then top-1`,
  },
};

const json = `${JSON.stringify(result, null, 2)}\n`;
const out = fileURLToPath(new URL('../bench/lookup-results.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../bench/', import.meta.url)), { recursive: true });
writeFileSync(out, json);
process.stdout.write(json);
log(`done; top-3 after two checks ${overall.top3.afterTwoChecks}, top-1 ${overall.top1.afterTwoChecks}; written to bench/lookup-results.json`);
