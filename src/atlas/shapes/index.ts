/**
 * Muscle shapes: the generator that turns a recipe (`src/atlas/data/muscleShapes.ts`) and the
 * body's skin into a skinned triangle mesh lying below the skin. Plain TypeScript, no three.js.
 */
export { buildMuscleShape, geometryCentroid, mergeGeometries, type ShapeContext } from './buildMuscleShape';
export { FIBRE_SPACING, KIND_PROFILES, lensMesh, type KindProfile, type MuscleGeometry, vertexNormals } from './lensMesh';
export { bellyU } from './kindProfiles';
export { LOFT_GRID_DEFAULTS, loftGrid, placeSectionPoint, type GridPoint, type LoftGrid, type LoftGridOptions } from './loftGrid';
export {
  type BetweenPoint, isBetweenPoint, type MuscleShapeRecipe, type SectionPoint, type ShapeKind, type ShapePart, type ShapeSection,
  sectionAnchor, sectionAnchors, sectionPointDepth,
} from './shapeRecipe';
export { blendInfluences, INFLUENCES_PER_VERTEX, type SkinInfluences, skinNormalAt, skinVertexNormals } from './skinFrame';
