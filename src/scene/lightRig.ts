/**
 * The scene's lights as plain numbers: soft three-point lighting (a warm key, a cool fill, a rim
 * from behind) under a gentle sky light. Lights.tsx draws them; the start poster's software
 * rendering (scripts/poster) lights the body with the same values, so the two match.
 */
/** The sky light: cool from above, warm from the ground. */
export const HEMISPHERE_LIGHT = { sky: '#f4f6fa', ground: '#b9ab9f', intensity: 0.9 } as const;

/** Key (warm, front right, high), fill (cool, front left), rim (from behind). */
export const DIRECTIONAL_LIGHTS = [
  { position: [2.2, 3.2, 3.0], intensity: 1.6, colour: '#fff6ee' },
  { position: [-3.0, 1.8, 1.6], intensity: 0.55, colour: '#e6eeff' },
  { position: [0.5, 2.8, -3.5], intensity: 0.9, colour: '#ffffff' },
] as const satisfies readonly { position: readonly [number, number, number]; intensity: number; colour: string }[];
