/**
 * Opening the atlas on a body: landmarks resolved on the skin, the baked zones decoded and
 * indexed for the reverse lookup. The CLI and the app both start here.
 */
import { resolveLandmarks, type LandmarkTable } from './landmarks';
import { indexAtlas, type AtlasIndex } from './lookup/indexAtlas';
import { decodeBakedAtlas, type BakedAtlas } from './zones';
import type { SkinMesh } from './types';

/** Everything the lookup and the zone overlay need. */
export interface OpenAtlas {
  readonly mesh: SkinMesh;
  readonly landmarks: LandmarkTable;
  readonly baked: BakedAtlas;
  readonly index: AtlasIndex;
}

/** Opens the atlas from the body's skin and the bytes of `zones.bin`. */
export function openAtlas(mesh: SkinMesh, zoneBytes: Uint8Array): OpenAtlas {
  const baked = decodeBakedAtlas(zoneBytes);
  return { mesh, landmarks: resolveLandmarks(mesh), baked, index: indexAtlas(baked, mesh) };
}
