/**
 * The first step of a part's loft: its sections placed on the skin and a grid of points spread
 * over it, rows along the fibres and columns across them, each with the skin point it hangs from,
 * the direction of the skin there and its depth.
 */
import { nearestSkinPoint } from '../mesh';
import type { Side, SurfacePoint, Vec3 } from '../types';
import { resolveAnchor, type ZoneContext } from '../zones/resolveAnchor';
import { sectionAnchor, sectionPointDepth, type ShapePart } from './shapeRecipe';
import { skinNormalAt } from './skinFrame';
import { add, cross, distance, hermite, lerp, normalize, scale, sub } from '../vec3';

/** Options of {@link loftGrid}. */
export interface LoftGridOptions {
  /** Wanted spacing of grid points (metres). */
  spacing: number;
  minColumns: number;
  maxColumns: number;
  minRows: number;
  maxRows: number;
  /** Width of a single-anchor section that sets none (metres). */
  defaultWidth: number;
}

/** Defaults of {@link LoftGridOptions}: about 1.2 cm between points, a few hundred points per part. */
export const LOFT_GRID_DEFAULTS: LoftGridOptions = {
  spacing: 0.012, minColumns: 5, maxColumns: 11, minRows: 8, maxRows: 40, defaultWidth: 0.015,
};

/** A grid point: where on the skin it hangs, the skin's outward normal there, and how deep below it the part starts. */
export interface GridPoint {
  /** The skin point above (skin path) or the muscle point itself (straight path), at the superficial surface when `depth` is 0. */
  readonly position: Vec3;
  readonly normal: Vec3;
  readonly depth: number;
  /** Greatest thickness of the part at this row (metres, before the kind's profile). */
  readonly thickness: number;
  /** The skin point whose bones the muscle point follows. */
  readonly skin: SurfacePoint;
}

/** The grid of a part: `rows` x `columns` points, row-major; `u` of each row along the fibres (0 origin, 1 insertion). */
export interface LoftGrid {
  readonly rows: number;
  readonly columns: number;
  readonly points: readonly GridPoint[];
  readonly u: readonly number[];
}

interface Placed {
  position: Vec3;
  normal: Vec3;
  depth: number;
  skin: SurfacePoint;
}

/** Places a part's sections on the skin of one side and spreads the grid over them. */
export function loftGrid(part: ShapePart, side: Side, ctx: ZoneContext, options: Partial<LoftGridOptions> = {}): LoftGrid {
  const o = { ...LOFT_GRID_DEFAULTS, ...options };
  if (part.sections.length < 2) throw new Error(`shape part "${part.name}" needs two or more sections`);
  const snap = (p: Vec3): { position: Vec3; normal: Vec3; skin: SurfacePoint } => {
    const hit = nearestSkinPoint(ctx.mesh, p);
    return { position: hit.position, normal: skinNormalAt(ctx.mesh, hit.surface), skin: hit.surface };
  };
  // Each section's anchors on the skin.
  const anchors = part.sections.map((section) =>
    section.across.map((point): Placed => {
      const hit = resolveAnchor(sectionAnchor(point), side, ctx);
      return {
        position: hit.position,
        normal: skinNormalAt(ctx.mesh, hit.surface),
        depth: sectionPointDepth(point) ?? section.depth ?? part.depth,
        skin: hit.surface,
      };
    }),
  );
  const centres = anchors.map((points) => scale(points.reduce((sum, p) => add(sum, p.position), [0, 0, 0] as Vec3), 1 / points.length));
  // Single anchors widen across the fibres; the sign keeps the left side the mirror of the right.
  const handed = side === 'right' ? 1 : -1;
  const lines = anchors.map((points, i): Placed[] => {
    if (points.length > 1) return points;
    const centre = points[0]!;
    const fibre = sub(centres[Math.min(i + 1, centres.length - 1)]!, centres[Math.max(i - 1, 0)]!);
    const across = scale(normalize(cross(centre.normal, fibre)), handed * (part.sections[i]!.width ?? o.defaultWidth) / 2);
    return [-1, 1].map((s) => ({ ...snap(add(centre.position, scale(across, s))), depth: centre.depth })).flatMap((end, k) => (k === 0 ? [end, centre] : [end]));
  });
  // Authored lines keep their order (it says which origin fibres reach which insertion); a widened
  // single anchor turns to run the same way as its neighbour on the side of the nearest authored
  // line (or of the first section), so the part never twists between neighbours.
  const authored = anchors.map((points, i) => (points.length > 1 ? i : -1)).filter((i) => i >= 0);
  const seeds = authored.length > 0 ? authored : [0];
  const direction = (line: readonly Placed[]) => sub(line[line.length - 1]!.position, line[0]!.position);
  const order = lines.map((_, i) => i).sort((a, b) => gap(a, seeds) - gap(b, seeds) || a - b);
  for (const i of order) {
    if (seeds.includes(i)) continue;
    const toward = seeds.reduce((best, j) => (Math.abs(j - i) < Math.abs(best - i) ? j : best));
    const reference = i + Math.sign(toward - i);
    const d = direction(lines[i]!);
    const ref = direction(lines[reference]!);
    if (d[0] * ref[0] + d[1] * ref[1] + d[2] * ref[2] < 0) lines[i]!.reverse();
  }
  const { columns, rows } = gridSize(part, ctx, o);
  // Sections resampled to `columns` points by arc length, hung from the skin.
  const sections = lines.map((line, i) => {
    const thickness = part.sections[i]!.thickness ?? part.thickness;
    return resampleLine(line, columns).map((p) => ({ ...p, ...snap(p.position), thickness }));
  });
  // Rows spread evenly along the middle column's chord lengths.
  const mid = Math.floor(columns / 2);
  const knots = [0];
  for (let i = 1; i < sections.length; i++) knots.push(knots[i - 1]! + Math.max(1e-6, distance(sections[i]![mid]!.position, sections[i - 1]![mid]!.position)));
  const length = knots[knots.length - 1]!;
  const straight = part.path === 'straight';
  // On a straight path the curve runs through the muscle's own points, not the skin's.
  const source = sections.map((line) => line.map((p) => ({ ...p, position: straight ? add(p.position, scale(p.normal, -p.depth)) : p.position })));
  const points: GridPoint[] = [];
  const u: number[] = [];
  for (let r = 0; r < rows; r++) {
    const s = (length * r) / (rows - 1);
    u.push(r / (rows - 1));
    let seg = 0;
    while (seg < knots.length - 2 && s > knots[seg + 1]!) seg++;
    for (let c = 0; c < columns; c++) {
      const column = source.map((line) => line[c]!);
      const at = <T>(pick: (p: (typeof column)[number]) => T) => column.map(pick);
      const position = hermite(at((p) => p.position), knots, seg, s);
      const depth = Math.max(0, hermiteScalar(at((p) => p.depth), knots, seg, s));
      const thickness = Math.max(0.001, hermiteScalar(at((p) => p.thickness), knots, seg, s));
      if (straight) {
        const normal = normalize(hermite(at((p) => p.normal), knots, seg, s));
        points.push({ position, normal, depth: 0, thickness, skin: nearestSkinPoint(ctx.mesh, position).surface });
      } else {
        const hit = snap(position);
        points.push({ position: hit.position, normal: hit.normal, depth, thickness, skin: hit.skin });
      }
    }
  }
  return { rows, columns, points, u };
}

/**
 * Rows and columns for a part, from its anchors on the RIGHT side whichever side is built, so the
 * two sides always get the same grid (the body is symmetric only to about a millimetre).
 */
function gridSize(part: ShapePart, ctx: ZoneContext, o: LoftGridOptions): { columns: number; rows: number } {
  const lines = part.sections.map((section) => section.across.map((point) => resolveAnchor(sectionAnchor(point), 'right', ctx).position));
  const widths = lines.map((line, i) => {
    if (line.length === 1) return part.sections[i]!.width ?? o.defaultWidth;
    let sum = 0;
    for (let k = 1; k < line.length; k++) sum += distance(line[k]!, line[k - 1]!);
    return sum;
  });
  const centres = lines.map((line) => scale(line.reduce((acc, p) => add(acc, p), [0, 0, 0] as Vec3), 1 / line.length));
  let length = 0;
  for (let i = 1; i < centres.length; i++) length += distance(centres[i]!, centres[i - 1]!);
  return {
    columns: clampInt(Math.round(Math.max(...widths) / o.spacing) + 1, o.minColumns, o.maxColumns),
    rows: clampInt(Math.round(length / o.spacing) + 1, o.minRows, o.maxRows),
  };
}

/** How many sections lie between `i` and the nearest of `seeds`. */
function gap(i: number, seeds: readonly number[]): number {
  return Math.min(...seeds.map((j) => Math.abs(j - i)));
}

function polylineLength(line: readonly Placed[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += distance(line[i]!.position, line[i - 1]!.position);
  return sum;
}

/** `count` points spread evenly by arc length along a line of placed points, depths interpolated. */
function resampleLine(line: readonly Placed[], count: number): { position: Vec3; depth: number }[] {
  const total = polylineLength(line);
  const out: { position: Vec3; depth: number }[] = [];
  let seg = 0;
  let start = 0;
  for (let k = 0; k < count; k++) {
    const s = (total * k) / (count - 1);
    while (seg < line.length - 2 && start + distance(line[seg + 1]!.position, line[seg]!.position) < s) {
      start += distance(line[seg + 1]!.position, line[seg]!.position);
      seg++;
    }
    const a = line[seg]!;
    const b = line[Math.min(seg + 1, line.length - 1)]!;
    const len = distance(a.position, b.position);
    const t = len > 0 ? Math.min(1, Math.max(0, (s - start) / len)) : 0;
    out.push({ position: lerp(a.position, b.position, t), depth: a.depth + t * (b.depth - a.depth) });
  }
  return out;
}

/** Interpolates scalars with the same spline as positions. */
function hermiteScalar(values: readonly number[], knots: readonly number[], seg: number, s: number): number {
  return hermite(values.map((v): Vec3 => [v, 0, 0]), knots, seg, s)[0];
}

function clampInt(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(n)));
}
