/**
 * Referral zones on the skin: anchors resolved to skin places, zones baked to per-vertex weights
 * (right side; left by mirror), and the compact binary form of the baked atlas.
 */
export {
  type BakedAtlas, type BakedLocation, type BakedMuscle, type BakedTriggerPoint, type BakedZone, WEIGHT_SCALE,
} from './bakedAtlas';
export { BAKE_DEFAULTS, type BakeOptions, bakeZones } from './bakeZones';
export { BAKED_ATLAS_MAGIC, BAKED_ATLAS_VERSION } from './binaryFormat';
export { decodeBakedAtlas } from './decodeBakedAtlas';
export { encodeBakedAtlas } from './encodeBakedAtlas';
export { forEachZoneWeight, zoneForSide, zoneWeights } from './zoneForSide';
export { landmarkIdFor, type LandmarkPoint, resolveAnchor, type ResolvedAnchor, type ZoneContext } from './resolveAnchor';
export { zoneFalloff } from './zoneFalloff';
