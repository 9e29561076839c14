/**
 * The places a muscle's shape recipe is built between (every anchor across its sections), so the
 * camera can keep the whole muscle in view, not only its trigger points and zones.
 */
import type { Anchor } from '../muscleSchema';
import { sectionAnchors, type MuscleShapeRecipe } from './shapeRecipe';
import type { Side, Vec3 } from '../types';
import { anchorTarget, type ZoneContext } from '../zones/resolveAnchor';

/** The distinct anchors of a recipe, in the order they first appear. */
export function recipeAnchors(recipe: MuscleShapeRecipe): Anchor[] {
  const seen = new Map<string, Anchor>();
  for (const part of recipe.parts) {
    for (const section of part.sections) {
      for (const anchor of section.across.flatMap(sectionAnchors)) {
        const key = JSON.stringify(anchor);
        if (!seen.has(key)) seen.set(key, anchor);
      }
    }
  }
  return [...seen.values()];
}

/** The places a muscle on `side` spans (its recipe's anchors, unsnapped), to frame the whole muscle. */
export function muscleSpan(recipe: MuscleShapeRecipe, side: Side, ctx: ZoneContext): { position: Vec3; vertex: number }[] {
  return recipeAnchors(recipe).map((anchor) => anchorTarget(anchor, side, ctx));
}
