/**
 * For reading the benchmark's worst cases: which other muscles' zones cover the cause's main
 * (essential) zone, and how much of it (by skin area times zone weight), on the cause's side.
 * A zone that several muscles share cannot be told apart by the drawing alone.
 */
import type { OpenAtlas } from '../../src/atlas/openAtlas';
import { mainZone, simulationMesh, zoneOnSide, type Truth } from './simulate';
import { round4 } from './summarise';

/** Another muscle and side (`muscle:same-side` or `muscle:other-side` of the cause), and the share of the cause's main zone its zones (any kind) cover. */
export interface SharedZone {
  readonly candidate: string;
  readonly share: number;
}

/** The `count` muscles (with side) whose zones cover most of `truth`'s main zone, most first. */
export function zoneSharing(atlas: OpenAtlas, truth: Truth, count = 3): SharedZone[] {
  const { index } = atlas;
  const { tapArea } = simulationMesh(atlas);
  const zone = zoneOnSide(mainZone(atlas, truth), truth.side, atlas);
  let total = 0;
  const covered = new Map<string, number>();
  for (const [v, w] of [...zone.entries()].sort((a, b) => a[0] - b[0])) {
    const mass = w * tapArea[v]!;
    if (mass === 0) continue;
    total += mass;
    const best = new Map<string, number>();
    for (let k = index.offsets[v]!; k < index.offsets[v + 1]!; k++) {
      const layer = index.layers[index.entryLayer[k]!]!;
      const id = index.atlas.muscles[layer.muscle]!.id;
      if (id === truth.muscle && layer.side === truth.side) continue;
      const key = `${id}:${layer.side === truth.side ? 'same-side' : 'other-side'}`;
      best.set(key, Math.max(best.get(key) ?? 0, index.entryWeight[k]!));
    }
    for (const [key, weight] of best) covered.set(key, (covered.get(key) ?? 0) + mass * Math.min(weight, w) / w);
  }
  if (total === 0) return [];
  return [...covered.entries()]
    .map(([candidate, mass]) => ({ candidate, share: round4(mass / total) }))
    .sort((a, b) => b.share - a.share || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, count);
}
