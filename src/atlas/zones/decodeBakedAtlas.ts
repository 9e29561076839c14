/**
 * Reads a baked atlas written by `encodeBakedAtlas`, checking it as it goes: a wrong magic, an
 * unknown version, a truncated file or a vertex out of range is a clear error, never garbage.
 */
import type { ZoneKind } from '../muscleSchema';
import { PREVALENCES } from '../prevalence';
import type { MuscleId, TriggerPointId, Vec3 } from '../types';
import type { BakedAtlas, BakedLocation, BakedMuscle, BakedTriggerPoint, BakedZone } from './bakedAtlas';
import { BAKED_ATLAS_MAGIC, BAKED_ATLAS_VERSION, ByteReader } from './binaryFormat';

const KIND_BY_CODE: readonly ZoneKind[] = ['essential', 'spillover'];

/** The atlas stored in `bytes`; throws if they are not a valid baked atlas of this version. */
export function decodeBakedAtlas(bytes: Uint8Array): BakedAtlas {
  const read = new ByteReader(bytes);
  const magic = String.fromCharCode(read.u8(), read.u8(), read.u8(), read.u8());
  if (magic !== BAKED_ATLAS_MAGIC) throw new Error('not a baked atlas (bad magic bytes)');
  const version = read.u16();
  if (version !== BAKED_ATLAS_VERSION) {
    throw new Error(`baked atlas version ${version} is not supported (this code reads version ${BAKED_ATLAS_VERSION})`);
  }
  read.u16();
  const vertexCount = read.u32();
  const meshFingerprint = read.u32();
  const muscleCount = read.u32();
  const location = (): BakedLocation => {
    const vertex = read.u32();
    if (vertex >= vertexCount) throw new Error(`baked atlas has a trigger point at vertex ${vertex} of ${vertexCount}`);
    const position: Vec3 = [read.f32(), read.f32(), read.f32()];
    return { vertex, position };
  };
  const zone = (): BakedZone => {
    const kind = KIND_BY_CODE[read.u8()];
    if (!kind) throw new Error('baked atlas has an unknown zone kind');
    const count = read.u32();
    if (count > vertexCount) throw new Error('baked atlas has a zone larger than the mesh');
    const vertices = new Uint32Array(count);
    let v = -1;
    for (let k = 0; k < count; k++) {
      const step = read.varint();
      v = k === 0 ? step : v + step;
      if ((k > 0 && step === 0) || v >= vertexCount) throw new Error('baked atlas has a zone vertex out of order or out of range');
      vertices[k] = v;
    }
    return { kind, vertices, weights: read.raw(count) };
  };
  const muscles: BakedMuscle[] = [];
  for (let m = 0; m < muscleCount; m++) {
    const id = read.str() as MuscleId;
    const name = read.str();
    const triggerPoints: BakedTriggerPoint[] = [];
    for (let t = read.u16(); t > 0; t--) {
      const tpId = read.str() as TriggerPointId;
      const tpName = read.str();
      const prevalence = PREVALENCES[read.u8()];
      if (!prevalence) throw new Error('baked atlas has an unknown trigger point prevalence');
      const right = location();
      const left = location();
      const zones: BakedZone[] = [];
      for (let z = read.u8(); z > 0; z--) zones.push(zone());
      triggerPoints.push({ id: tpId, name: tpName, prevalence, location: { right, left }, zones });
    }
    muscles.push({ id, name, triggerPoints });
  }
  if (!read.done) throw new Error('baked atlas has trailing bytes');
  return { vertexCount, meshFingerprint, muscles };
}
