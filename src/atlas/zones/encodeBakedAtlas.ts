/**
 * Writes a baked atlas in the binary format described in `binaryFormat.ts`.
 */
import type { ZoneKind } from '../muscleSchema';
import { PREVALENCES } from '../prevalence';
import type { BakedAtlas, BakedLocation } from './bakedAtlas';
import { BAKED_ATLAS_MAGIC, BAKED_ATLAS_VERSION, ByteWriter } from './binaryFormat';

/** Kind codes of the format. */
export const ZONE_KIND_CODES: Readonly<Record<ZoneKind, number>> = { essential: 0, spillover: 1 };

/** The atlas as bytes: compact (sparse, delta + varint vertices, uint8 weights) and deterministic. */
export function encodeBakedAtlas(baked: BakedAtlas): Uint8Array {
  const out = new ByteWriter();
  for (const ch of BAKED_ATLAS_MAGIC) out.u8(ch.charCodeAt(0));
  out.u16(BAKED_ATLAS_VERSION);
  out.u16(0);
  out.u32(baked.vertexCount);
  out.u32(baked.meshFingerprint >>> 0);
  out.u32(baked.muscles.length);
  for (const muscle of baked.muscles) {
    out.str(muscle.id);
    out.str(muscle.name);
    if (muscle.triggerPoints.length > 0xffff) throw new RangeError(`muscle "${muscle.id}" has too many trigger points`);
    out.u16(muscle.triggerPoints.length);
    for (const tp of muscle.triggerPoints) {
      out.str(tp.id);
      out.str(tp.name);
      out.u8(PREVALENCES.indexOf(tp.prevalence));
      location(out, tp.location.right);
      location(out, tp.location.left);
      if (tp.zones.length > 0xff) throw new RangeError(`trigger point "${tp.id}" has too many zones`);
      out.u8(tp.zones.length);
      for (const zone of tp.zones) {
        if (zone.vertices.length !== zone.weights.length) {
          throw new RangeError(`zone of "${muscle.id}/${tp.id}" has ${zone.vertices.length} vertices but ${zone.weights.length} weights`);
        }
        out.u8(ZONE_KIND_CODES[zone.kind]);
        out.u32(zone.vertices.length);
        let previous = -1;
        for (const v of zone.vertices) {
          if (v <= previous || v >= baked.vertexCount) {
            throw new RangeError(`zone of "${muscle.id}/${tp.id}" has vertices out of order or out of range`);
          }
          out.varint(previous < 0 ? v : v - previous);
          previous = v;
        }
        out.raw(zone.weights);
      }
    }
  }
  return out.finish();
}

function location(out: ByteWriter, at: BakedLocation): void {
  out.u32(at.vertex);
  for (const x of at.position) out.f32(x);
}
