/**
 * The soft edge of a zone shape: full weight well inside, none outside, a smoothstep between.
 * A hard edge would make a pain spot 1 mm outside a zone count for nothing and 1 mm inside for
 * everything, while the clinical drawings these zones come from are only accurate to a few cm.
 */

/**
 * Weight at geodesic `distance` from a shape's core whose edge is at `radius`: 1 up to
 * radius - feather / 2, 0 from radius + feather / 2, smoothstep between. The feather is capped at
 * 2 * radius so that the core itself always has full weight.
 */
export function zoneFalloff(distance: number, radius: number, feather: number): number {
  const f = Math.min(feather, 2 * radius);
  const inner = radius - f / 2;
  if (distance <= inner) return 1;
  if (!(distance < radius + f / 2)) return 0;
  const x = (distance - inner) / f;
  return 1 - x * x * (3 - 2 * x);
}
