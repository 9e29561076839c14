import { describe, expect, it } from 'vitest';
import type { MuscleId, TriggerPointId } from '../types';
import type { BakedAtlas } from './bakedAtlas';
import { decodeBakedAtlas } from './decodeBakedAtlas';
import { encodeBakedAtlas } from './encodeBakedAtlas';

function atlas(): BakedAtlas {
  const zone = (kind: 'essential' | 'spillover', vertices: number[]) => ({
    kind, vertices: Uint32Array.from(vertices), weights: Uint8Array.from(vertices, (v) => 1 + (v % 255)),
  });
  return {
    vertexCount: 100_000,
    meshFingerprint: 0xdeadbeef,
    muscles: [
      {
        id: 'temporalis' as MuscleId, name: 'Temporalis',
        triggerPoints: [{
          id: 'trp1' as TriggerPointId, name: 'TrP1', prevalence: 'rare',
          location: { right: { vertex: 7, position: [-0.0625, 1.5, 0.03125] }, left: { vertex: 8, position: [0.0625, 1.5, 0.03125] } },
          zones: [zone('essential', [0, 1, 2, 300, 99_999]), zone('spillover', [5, 128, 129, 20_000])],
        }],
      },
      { id: 'sternocleidomastoid' as MuscleId, name: 'Sternocleidomastoid — sternal head', triggerPoints: [] },
      {
        id: 'masseter' as MuscleId, name: 'Masseter',
        triggerPoints: [{
          id: 'deep-upper' as TriggerPointId, name: 'Deep TrP', prevalence: 'occasional',
          location: { right: { vertex: 0, position: [0, 0, 0] }, left: { vertex: 0, position: [0, 0, 0] } },
          zones: [zone('essential', [])],
        }],
      },
    ],
  };
}

describe('encodeBakedAtlas / decodeBakedAtlas', () => {
  it('round-trips an atlas exactly', () => {
    expect(decodeBakedAtlas(encodeBakedAtlas(atlas()))).toEqual(atlas());
  });

  it('writes the same bytes for the same atlas, and again after a round trip', () => {
    const bytes = encodeBakedAtlas(atlas());
    expect(encodeBakedAtlas(atlas())).toEqual(bytes);
    expect(encodeBakedAtlas(decodeBakedAtlas(bytes))).toEqual(bytes);
  });

  it('spends about two bytes per stored vertex on a dense zone', () => {
    const vertices = Array.from({ length: 5000 }, (_, k) => 1000 + 2 * k);
    const big: BakedAtlas = { ...atlas(), muscles: [{ ...atlas().muscles[0]!, triggerPoints: [{
      ...atlas().muscles[0]!.triggerPoints[0]!,
      zones: [{ kind: 'essential', vertices: Uint32Array.from(vertices), weights: new Uint8Array(5000).fill(255) }],
    }] }] };
    expect(encodeBakedAtlas(big).length).toBeLessThan(5000 * 2 + 200);
  });

  it.each([
    ['bad magic bytes', (b: Uint8Array) => { b[0] = 0x58; }, /bad magic/],
    ['an unknown version', (b: Uint8Array) => { b[4] = 9; }, /version 9 is not supported/],
  ])('rejects a file with %s', (_name, damage, message) => {
    const bytes = encodeBakedAtlas(atlas());
    damage(bytes);
    expect(() => decodeBakedAtlas(bytes)).toThrow(message);
  });

  it('rejects a truncated file and one with trailing bytes', () => {
    const bytes = encodeBakedAtlas(atlas());
    expect(() => decodeBakedAtlas(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => decodeBakedAtlas(longer)).toThrow(/trailing bytes/);
  });

  it('refuses to write vertices out of order', () => {
    const bad = atlas();
    const zone = bad.muscles[0]!.triggerPoints[0]!.zones[0]!;
    zone.vertices[1] = 0;
    expect(() => encodeBakedAtlas(bad)).toThrow(/out of order/);
  });
});
