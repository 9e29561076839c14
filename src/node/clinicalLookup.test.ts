import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LandmarkId } from '../atlas/landmarkNames';
import { findCandidates, pointSpot, type Candidate } from '../atlas/lookup';
import { vertexTriangles } from '../atlas/mesh';
import type { OpenAtlas } from '../atlas/openAtlas';
import { atlasMuscles } from '../atlas/muscles';
import { bakeZoneBytes, loadLiveAtlas, ZONES_PATH } from './bakeZoneBytes';

let atlas: OpenAtlas;
beforeAll(async () => {
  atlas = await loadLiveAtlas();
});

/** Looks up a drawing made of landmark names. */
function lookup(points: LandmarkId[], top = 10): Candidate[] {
  const drawing = points.map((name) => {
    const vertex = atlas.landmarks.get(name)!.vertex;
    const { offsets, items } = vertexTriangles(atlas.mesh);
    const triangle = items[offsets[vertex]!]!;
    const corner = [0, 1, 2].find((k) => atlas.mesh.indices[triangle * 3 + k] === vertex)!;
    const barycentric: [number, number, number] = [0, 0, 0];
    barycentric[corner] = 1;
    return pointSpot({ triangle, barycentric }, name);
  });
  return findCandidates(drawing, atlas.index, { top });
}
const rank = (c: Candidate[], muscle: string) => c.findIndex((x) => x.muscle === muscle);

describe('the baked zones', () => {
  it('match the committed public/models/zones.bin byte for byte', async () => {
    expect(Buffer.from(await bakeZoneBytes()).equals(readFileSync(ZONES_PATH))).toBe(true);
  });

  it('give every trigger point of every muscle a non-empty essential zone (a spillover one where the sources draw no essential zone)', () => {
    const data = new Map(atlasMuscles().map((m) => [m.id, m]));
    for (const muscle of atlas.baked.muscles) {
      for (const tp of muscle.triggerPoints) {
        const authored = data.get(muscle.id)!.triggerPoints.find((t) => t.id === tp.id)!;
        const kind = authored.zones.some((z) => z.kind === 'essential') ? 'essential' : 'spillover';
        const zone = tp.zones.find((z) => z.kind === kind);
        expect(zone?.vertices.length ?? 0, `${muscle.id} ${tp.id}`).toBeGreaterThan(0);
      }
    }
    expect(atlas.baked.muscles.map((m) => m.id)).toEqual(atlasMuscles().map((m) => m.id));
  });

  // Heights (metres) between which all of a muscle's right-side zones must lie: a zone drawn on
  // the wrong body part breaks these.
  it.each([
    ['temporalis', 1.5, 1.75],
    ['masseter', 1.45, 1.75],
    ['lateral-pterygoid', 1.45, 1.75],
    ['levator-scapulae', 1.2, 1.53],
    ['upper-trapezius', 1.38, 1.75],
    ['quadratus-lumborum', 0.6, 1.16],
    ['gluteus-medius', 0.6, 1.15],
    ['piriformis', 0.3, 1.05],
    ['gastrocnemius', 0, 0.62],
    // Soleus TrP3 refers up to the same-side sacroiliac joint (T&S Vol 2), so its zones reach the sacrum.
    ['soleus', 0, 1.05],
    ['tibialis-anterior', 0, 0.6],
  ] as const)('keep %s between %s m and %s m', (id, low, high) => {
    const muscle = atlas.baked.muscles.find((m) => m.id === id)!;
    for (const tp of muscle.triggerPoints) {
      for (const zone of tp.zones) {
        for (const v of zone.vertices) {
          const y = atlas.mesh.positions[v * 3 + 1]!;
          expect(y, `${id} ${tp.id} ${zone.kind} vertex ${v}`).toBeGreaterThanOrEqual(low);
          expect(y, `${id} ${tp.id} ${zone.kind} vertex ${v}`).toBeLessThanOrEqual(high);
        }
      }
    }
  });

  it('keep the right-side zones of one-sided muscles on the right half of the body', () => {
    for (const id of ['temporalis', 'masseter', 'levator-scapulae', 'infraspinatus', 'tibialis-anterior']) {
      const muscle = atlas.baked.muscles.find((m) => m.id === id)!;
      for (const tp of muscle.triggerPoints)
        for (const zone of tp.zones)
          for (const v of zone.vertices) expect(atlas.mesh.positions[v * 3]!, `${id} ${tp.id}`).toBeLessThan(0.01);
    }
  });
});

describe('the reverse lookup on clinical examples', () => {
  it.each(['r', 'l'] as const)('ranks temporalis and upper trapezius in the top 3 for pain at the temple (_%s)', (s) => {
    const c = lookup([`temple_${s}`]);
    expect(rank(c, 'temporalis')).toBeGreaterThanOrEqual(0);
    expect(rank(c, 'temporalis')).toBeLessThan(3);
    expect(rank(c, 'upper-trapezius')).toBeGreaterThanOrEqual(0);
    expect(rank(c, 'upper-trapezius')).toBeLessThan(3);
    expect(c[0]!.side).toBe(s === 'r' ? 'right' : 'left');
  });

  it.each(['r', 'l'] as const)('ranks levator scapulae first at the angle of the neck (_%s)', (s) => {
    expect(lookup([`neck_base_${s}`])[0]!.muscle).toBe('levator-scapulae');
  });

  it.each(['r', 'l'] as const)('ranks quadratus lumborum in the top 3 over the greater trochanter (_%s)', (s) => {
    const r = rank(lookup([`trochanterion_${s}`]), 'quadratus-lumborum');
    expect(r).toBeGreaterThanOrEqual(0);
    expect(r).toBeLessThan(3);
  });

  it.each(['r', 'l'] as const)('ranks masseter above temporalis over the lower molars (_%s)', (s) => {
    const c = lookup([`lower_molars_${s}`]);
    expect(rank(c, 'masseter')).toBeGreaterThanOrEqual(0);
    const t = rank(c, 'temporalis');
    if (t >= 0) expect(rank(c, 'masseter')).toBeLessThan(t);
  });

  it('offers no levator scapulae for pain at the vertex', () => {
    expect(rank(lookup(['vertex'], 100), 'levator-scapulae')).toBe(-1);
  });

  it('mirrors every left query onto its right twin exactly', () => {
    for (const base of ['temple', 'neck_base', 'trochanterion', 'lower_molars', 'buttock', 'calf', 'infraspinous_fossa', 'shoulder_front']) {
      const right = lookup([`${base}_r` as LandmarkId], 100);
      const left = lookup([`${base}_l` as LandmarkId], 100);
      expect(left.map((c) => [c.muscle, c.side === 'left' ? 'right' : 'left', c.score, c.explains])).toEqual(
        right.map((c) => [c.muscle, c.side, c.score, c.explains]),
      );
    }
  });

  it('ranks a muscle that explains the whole drawing above one that explains one spot', () => {
    const c = lookup(['neck_base_r', 'scapula_inferior_angle_r']);
    expect(c[0]!.muscle).toBe('levator-scapulae');
    expect(c[0]!.explains).toEqual([0, 1]);
  });
});
