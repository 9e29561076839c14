/** 3D shapes of the second wave's muscles of one reference file (see ../muscleShapes.ts for the words). */
import type { MuscleShapeRecipe } from '../../shapes/shapeRecipe';

export const FOREARM_HAND_SHAPES: Readonly<Record<string, MuscleShapeRecipe>> = {};
