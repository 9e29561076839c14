/**
 * Mesh utilities of the atlas core: connectivity, nearest skin point, surface points, skin paths
 * and geodesic distance fields over a `SkinMesh`.
 */
export {
  type Csr, meshFingerprint, triangleCount, triangleNeighbours, vertexCount, vertexNeighbours, vertexTriangles,
} from './adjacency';
export { connectedComponents, type MeshComponents } from './connectedComponents';
export { type GeodesicOptions, type GeodesicSeed, GEODESIC_DEFAULTS, geodesicDistances } from './geodesicDistances';
export { skinPathSeeds, surfacePointSeeds } from './geodesicSeeds';
export { type NearestSkinPoint, nearestSkinPoint, nearestSkinPointReady, prepareNearestSkinPointSlice } from './nearestSkinPoint';
export { prepareRaycastSkinStep, raycastSkin, type SkinRayHit } from './raycastSkin';
export { shortestEdgePath } from './shortestEdgePath';
export { nearestCorner, surfacePointPosition, triangleCorners, vertexPosition } from './surfacePoint';
export { areaWeightedNormals } from './vertexNormals';
export { vertexAreas } from './vertexAreas';
export { applyBindPose, bindPoseMatrix } from './bindPose';
export { type SkinPath, traceSkinPath, traceSkinPathThrough } from './traceSkinPath';
