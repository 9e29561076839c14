/**
 * Simulated patients for `npm run bench:lookup`: a hidden cause (one trigger point of one muscle
 * on one side) draws its pain from its baked zones, the lookup is run on that drawing, and the
 * patient answers the checks the lookup offers, one at a time, best first, as that patient would.
 * Questions are left unanswered: the patient's other symptoms are not simulated.
 */
import type { FoundAnswer, FoundKind } from '../../src/atlas/askBack';
import type { AskBackData } from '../../src/atlas/lookupDrawing';
import { lookupDrawing } from '../../src/atlas/lookupDrawing';
import { nearestSkinPoint, vertexAreas } from '../../src/atlas/mesh';
import { exposedVertices } from '../../src/atlas/mesh/exposedSkin';
import type { OpenAtlas } from '../../src/atlas/openAtlas';
import type { DrawingPoint } from '../../src/atlas/painPoints';
import type { MuscleId, Side, TriggerPointId, Vec3 } from '../../src/atlas/types';
import { forEachZoneWeight, type BakedZone } from '../../src/atlas/zones';
import type { Rng } from './rng';

/** Everything that shapes the simulation; written into the results with the figures. */
export interface SimulationSettings {
  readonly seed: string;
  /** Patients simulated per trigger point and side. */
  readonly patientsPerTriggerPointAndSide: number;
  /** How many spots the patient marks inside the essential zone: uniform in [min, max]. */
  readonly essentialSpots: readonly [number, number];
  /** How many spillover spots the patient might mark: uniform in [min, max], each kept with `spilloverChance`. */
  readonly spilloverSpots: readonly [number, number];
  readonly spilloverChance: number;
  /** The chance of one unrelated spot elsewhere on the body (outside the cause's zones). */
  readonly extraSpotChance: number;
  /** Standard deviation of the placement noise per axis, millimetres (then snapped to the skin). */
  readonly placementNoiseMm: number;
  /** The chance that pressing another trigger point of the same muscle, or a neighbour's within `neighbourRadiusM`, is tender. */
  readonly tenderChance: number;
  readonly neighbourRadiusM: number;
  /** Most checks answered per patient. */
  readonly maxChecks: number;
  /** Candidates the lookup returns (ranks beyond are "not listed"). */
  readonly top: number;
}

export const DEFAULT_SETTINGS: SimulationSettings = {
  seed: 'bench-lookup-v1',
  patientsPerTriggerPointAndSide: 20,
  essentialSpots: [1, 3],
  spilloverSpots: [1, 2],
  spilloverChance: 0.4,
  extraSpotChance: 0.15,
  placementNoiseMm: 3,
  tenderChance: 0.3,
  neighbourRadiusM: 0.05,
  maxChecks: 5,
  top: 10,
};

/** The hidden cause of one simulated patient. */
export interface Truth {
  /** Index into `atlas.baked.muscles`. */
  readonly m: number;
  /** Index into that muscle's trigger points. */
  readonly t: number;
  readonly muscle: MuscleId;
  readonly triggerPoint: TriggerPointId;
  readonly side: Side;
}

/** Every trigger point of every muscle, on both sides (right first), in atlas order. */
export function allTruths(atlas: OpenAtlas): Truth[] {
  const truths: Truth[] = [];
  atlas.baked.muscles.forEach((muscle, m) => {
    muscle.triggerPoints.forEach((tp, t) => {
      for (const side of ['right', 'left'] as const) truths.push({ m, t, muscle: muscle.id, triggerPoint: tp.id, side });
    });
  });
  return truths;
}

/** Where a spot of the drawing came from. */
export type SpotSource = 'essential' | 'spillover' | 'extra';

/** One simulated spot: the vertex it was drawn at and the drawing point it became. */
export interface SimulatedSpot {
  readonly source: SpotSource;
  readonly vertex: number;
  readonly point: DrawingPoint & { readonly kind: 'point' };
}

/** What the simulation needs of the mesh, computed once per atlas. */
export interface SimulationMesh {
  /** Per vertex, its share of the skin's area (a third of each triangle it is a corner of), where it can be tapped (seen from outside); else 0. */
  readonly tapArea: Float64Array;
}

const meshCache = new WeakMap<OpenAtlas, SimulationMesh>();

/** The per-vertex tappable area of the atlas's skin (cached). */
export function simulationMesh(atlas: OpenAtlas): SimulationMesh {
  const cached = meshCache.get(atlas);
  if (cached) return cached;
  const area = vertexAreas(atlas.mesh);
  const exposed = exposedVertices(atlas.mesh);
  for (let v = 0; v < area.length; v++) if (!exposed[v]) area[v] = 0;
  const result = { tapArea: area };
  meshCache.set(atlas, result);
  return result;
}

/** A zone's weights (0..1) on one side, as a vertex map. */
export function zoneOnSide(zone: BakedZone, side: Side, atlas: OpenAtlas): Map<number, number> {
  const weights = new Map<number, number>();
  forEachZoneWeight(zone, side, atlas.mesh, (v, w) => weights.set(v, Math.max(weights.get(v) ?? 0, w / 255)));
  return weights;
}

/**
 * The zone the patient's main pain comes from: the essential zone, or for a trigger point drawn
 * with a spillover zone only, that one.
 */
export function mainZone(atlas: OpenAtlas, truth: Truth): BakedZone {
  const zones = atlas.baked.muscles[truth.m]!.triggerPoints[truth.t]!.zones;
  return zones.find((z) => z.kind === 'essential') ?? zones[0]!;
}

function spilloverZone(atlas: OpenAtlas, truth: Truth): BakedZone | undefined {
  const zones = atlas.baked.muscles[truth.m]!.triggerPoints[truth.t]!.zones;
  const main = mainZone(atlas, truth);
  return zones.find((z) => z.kind === 'spillover' && z !== main);
}

/** Vertices of a zone drawn in proportion to zone weight times tappable skin area (distinct). */
function sampleZone(zone: Map<number, number>, count: number, mesh: SimulationMesh, rng: Rng): number[] {
  const vertices = [...zone.keys()].sort((a, b) => a - b);
  let weights = vertices.map((v) => zone.get(v)! * mesh.tapArea[v]!);
  // A zone with no tappable skin (only inside the mouth, say): draw by weight alone.
  if (!weights.some((w) => w > 0)) weights = vertices.map((v) => zone.get(v)!);
  return rng.weightedDistinct(weights, count).map((i) => vertices[i]!);
}

/** A spot at a vertex, moved by the placement noise and snapped back onto the skin. */
function placeSpot(atlas: OpenAtlas, vertex: number, noiseMm: number, rng: Rng): DrawingPoint & { kind: 'point' } {
  const p = atlas.mesh.positions;
  const sd = noiseMm / 1000;
  const at: Vec3 = [p[3 * vertex]! + sd * rng.normal(), p[3 * vertex + 1]! + sd * rng.normal(), p[3 * vertex + 2]! + sd * rng.normal()];
  const near = nearestSkinPoint(atlas.mesh, at);
  // As a tap gives it: the place on the skin, with its triangle.
  return { kind: 'point', position: near.position, surface: near.surface };
}

/** The pain drawing of one simulated patient whose pain comes from `truth`. */
export function simulateDrawing(atlas: OpenAtlas, truth: Truth, settings: SimulationSettings, rng: Rng): SimulatedSpot[] {
  const mesh = simulationMesh(atlas);
  const spots: SimulatedSpot[] = [];
  const add = (source: SpotSource, vertex: number) =>
    spots.push({ source, vertex, point: placeSpot(atlas, vertex, settings.placementNoiseMm, rng) });

  const main = zoneOnSide(mainZone(atlas, truth), truth.side, atlas);
  for (const v of sampleZone(main, rng.int(...settings.essentialSpots), mesh, rng)) add('essential', v);

  const spill = spilloverZone(atlas, truth);
  if (spill) {
    const zone = zoneOnSide(spill, truth.side, atlas);
    const tries = rng.int(...settings.spilloverSpots);
    let kept = 0;
    for (let i = 0; i < tries; i++) if (rng.chance(settings.spilloverChance)) kept++;
    for (const v of sampleZone(zone, kept, mesh, rng)) add('spillover', v);
  }

  if (rng.chance(settings.extraSpotChance)) {
    const inZones = new Set<number>();
    for (const zone of atlas.baked.muscles[truth.m]!.triggerPoints[truth.t]!.zones) {
      forEachZoneWeight(zone, truth.side, atlas.mesh, (v) => inZones.add(v));
    }
    // Anywhere on the tappable skin outside the cause's own zones, by area.
    for (let attempt = 0; attempt < 1000; attempt++) {
      const v = rng.weighted(mesh.tapArea);
      if (!inZones.has(v)) {
        add('extra', v);
        break;
      }
    }
  }
  return spots;
}

/** What a check asks to press. */
export interface CheckTarget {
  readonly muscle: MuscleId;
  readonly side: Side;
  readonly triggerPoint: TriggerPointId;
  /** On the skin, metres. */
  readonly position: Vec3;
}

/** Where the cause's trigger point is on the skin. */
export function truthPosition(atlas: OpenAtlas, truth: Truth): Vec3 {
  return atlas.baked.muscles[truth.m]!.triggerPoints[truth.t]!.location[truth.side].position;
}

/** True when pressing `check` may be tender for this patient: another trigger point of the same muscle and side, or any within the neighbour radius. */
export function mayBeTender(atlas: OpenAtlas, truth: Truth, check: CheckTarget, settings: SimulationSettings): boolean {
  if (check.muscle === truth.muscle && check.side === truth.side) return true;
  const a = truthPosition(atlas, truth);
  const d = Math.hypot(check.position[0] - a[0], check.position[1] - a[1], check.position[2] - a[2]);
  return d <= settings.neighbourRadiusM;
}

/** How the patient answers pressing `check`: the usual pain only at the true trigger point. */
export function answerCheck(atlas: OpenAtlas, truth: Truth, check: CheckTarget, settings: SimulationSettings, rng: Rng): FoundKind {
  if (check.muscle === truth.muscle && check.side === truth.side && check.triggerPoint === truth.triggerPoint) return 'reproduces';
  if (mayBeTender(atlas, truth, check, settings) && rng.chance(settings.tenderChance)) return 'tender';
  return 'nothing';
}

/** One simulated patient, from drawing to the last check answered. */
export interface PatientOutcome {
  readonly truth: Truth;
  readonly spots: readonly SpotSource[];
  /**
   * Per stage (0 = no answers, k = after k checks, up to `maxChecks`): the true muscle and side's
   * place in the list (0 = first), or null when it is not among the `top` listed. Stops early once
   * the two-check stage is in and the true muscle has been first.
   */
  readonly ranks: readonly (number | null)[];
  /** Checks answered until the true muscle and side was first (0 = first with no answers), null when not within `maxChecks`. */
  readonly checksToFirst: number | null;
  /** The checks answered, in order. */
  readonly asked: readonly FoundAnswer[];
  /** The first candidate after two checks (`muscle:same-side` or `muscle:other-side`, relative to the cause), when it is not the true one. */
  readonly firstAfterTwo: string | null;
  /** The stage at which the lookup offered no check (so nothing more could be asked; later stages repeat its rank), or null. */
  readonly ranOutAt: number | null;
}

/** Runs one simulated patient. */
export function runPatient(
  atlas: OpenAtlas,
  askBack: AskBackData,
  truth: Truth,
  settings: SimulationSettings,
  rng: Rng,
): PatientOutcome {
  const spots = simulateDrawing(atlas, truth, settings, rng);
  const points = spots.map((s) => s.point);
  const asked: FoundAnswer[] = [];
  const ranks: (number | null)[] = [];
  let firstAfterTwo: string | null = null;
  let ranOutAt: number | null = null;
  for (let stage = 0; stage <= settings.maxChecks; stage++) {
    const r = lookupDrawing(points, atlas, { top: settings.top, askBack, answers: { found: asked, questions: [] } });
    const rank = r.candidates.findIndex((c) => c.muscle === truth.muscle && c.side === truth.side);
    ranks.push(rank < 0 ? null : rank);
    if (stage === 2 && rank !== 0) firstAfterTwo = relative(r.candidates[0], truth);
    if (stage === settings.maxChecks) break;
    // Once the true muscle has been first and the two-check figures are in, the rest is known.
    if (stage >= 2 && ranks.includes(0)) break;
    const check = r.checks[0];
    if (!check) {
      ranOutAt = stage;
      // Nothing more to ask: the list stays as it is.
      while (ranks.length <= settings.maxChecks) ranks.push(ranks[ranks.length - 1]!);
      if (stage < 2 && rank !== 0) firstAfterTwo = relative(r.candidates[0], truth);
      break;
    }
    asked.push({ muscle: check.muscle, side: check.side, triggerPoint: check.triggerPoint, answer: answerCheck(atlas, truth, check, settings, rng) });
  }
  const first = ranks.indexOf(0);
  return {
    truth,
    spots: spots.map((s) => s.source),
    ranks,
    checksToFirst: first < 0 ? null : first,
    asked,
    firstAfterTwo,
    ranOutAt,
  };
}

/** A candidate as `muscle:same-side` or `muscle:other-side` of the cause. */
function relative(candidate: { readonly muscle: MuscleId; readonly side: Side } | undefined, truth: Truth): string | null {
  return candidate ? `${candidate.muscle}:${candidate.side === truth.side ? 'same-side' : 'other-side'}` : null;
}
