/**
 * The first step of a part's loft: its sections placed on the skin and a grid of points spread
 * over it, rows along the fibres and columns across them, each with the skin point it hangs from,
 * the direction of the skin there and its depth.
 */
import { nearestSkinPoint } from '../mesh';
import type { Side, SurfacePoint, Vec3 } from '../types';
import { resolveAnchor, type ZoneContext } from '../zones/resolveAnchor';
import { isBetweenPoint, sectionAnchor, sectionPointDepth, type SectionPoint, type ShapePart } from './shapeRecipe';
import { skinNormalAt } from './skinFrame';
import { bellyU, KIND_PROFILES } from './kindProfiles';
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
  /**
   * Most columns of a sheet or fan, which may span a quarter of the back: more than `maxColumns`
   * so a trapezius keeps about the same spacing across its fibres as a strap.
   */
  maxBroadColumns: number;
  /** Most triangles the part's lens body may have (rows and columns shrink to fit it). */
  triangleBudget: number;
}

/** Defaults of {@link LoftGridOptions}: about 1.2 cm between points, a few hundred points per part. */
export const LOFT_GRID_DEFAULTS: LoftGridOptions = {
  spacing: 0.012, minColumns: 5, maxColumns: 11, minRows: 8, maxRows: 40, defaultWidth: 0.015, maxBroadColumns: 19, triangleBudget: 2900,
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
      const hit = placeSectionPoint(point, side, ctx);
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
  const width = KIND_PROFILES[part.kind].width;
  for (let r = 0; r < rows; r++) {
    const s = (length * r) / (rows - 1);
    u.push(r / (rows - 1));
    let seg = 0;
    while (seg < knots.length - 2 && s > knots[seg + 1]!) seg++;
    const row: { position: Vec3; normal: Vec3; depth: number; thickness: number }[] = [];
    for (let c = 0; c < columns; c++) {
      const column = source.map((line) => line[c]!);
      const at = <T>(pick: (p: (typeof column)[number]) => T) => column.map(pick);
      const position = hermite(at((p) => p.position), knots, seg, s);
      const depth = Math.max(0, hermiteScalar(at((p) => p.depth), knots, seg, s));
      const thickness = Math.max(0.001, hermiteScalar(at((p) => p.thickness), knots, seg, s));
      row.push({ position, normal: at((p) => p.normal)[0]!, depth, thickness });
      if (straight) row[c]!.normal = normalize(hermite(at((p) => p.normal), knots, seg, s));
    }
    // A kind that narrows (the spindle) draws its columns in toward the row's middle, along the
    // row itself, so the narrowed row still lies where the sections put it.
    const narrowed = width ? narrowRow(row, Math.min(1, Math.max(0.05, width(bellyU(part, r / (rows - 1)))))) : row;
    for (const p of narrowed) {
      if (straight) {
        points.push({ position: p.position, normal: p.normal, depth: 0, thickness: p.thickness, skin: nearestSkinPoint(ctx.mesh, p.position).surface });
      } else {
        const hit = snap(p.position);
        points.push({ position: hit.position, normal: hit.normal, depth: p.depth, thickness: p.thickness, skin: hit.skin });
      }
    }
  }
  return { rows, columns, points, u };
}

interface RowPoint {
  position: Vec3;
  normal: Vec3;
  depth: number;
  thickness: number;
}

/** The row's points moved to arc-length fractions 0.5 + (v - 0.5) * factor of the row (depths, thicknesses and normals carried along). */
function narrowRow(row: readonly RowPoint[], factor: number): RowPoint[] {
  if (factor >= 1) return [...row];
  const cumulative = [0];
  for (let k = 1; k < row.length; k++) cumulative.push(cumulative[k - 1]! + distance(row[k]!.position, row[k - 1]!.position));
  const total = cumulative[cumulative.length - 1]!;
  if (total <= 0) return [...row];
  return row.map((_, c) => {
    const s = total * (0.5 + (c / (row.length - 1) - 0.5) * factor);
    let k = 0;
    while (k < row.length - 2 && cumulative[k + 1]! < s) k++;
    const a = row[k]!, b = row[k + 1]!;
    const span = cumulative[k + 1]! - cumulative[k]!;
    const t = span > 0 ? Math.min(1, Math.max(0, (s - cumulative[k]!) / span)) : 0;
    return {
      position: lerp(a.position, b.position, t),
      normal: normalize(lerp(a.normal, b.normal, t)),
      depth: a.depth + t * (b.depth - a.depth),
      thickness: a.thickness + t * (b.thickness - a.thickness),
    };
  });
}

/**
 * Rows and columns for a part, from its anchors on the RIGHT side whichever side is built, so the
 * two sides always get the same grid (the body is symmetric only to about a millimetre).
 */
function gridSize(part: ShapePart, ctx: ZoneContext, o: LoftGridOptions): { columns: number; rows: number } {
  const lines = part.sections.map((section) => section.across.map((point) => placeSectionPoint(point, 'right', ctx).position));
  const widths = lines.map((line, i) => {
    if (line.length === 1) return part.sections[i]!.width ?? o.defaultWidth;
    let sum = 0;
    for (let k = 1; k < line.length; k++) sum += distance(line[k]!, line[k - 1]!);
    return sum;
  });
  const centres = lines.map((line) => scale(line.reduce((acc, p) => add(acc, p), [0, 0, 0] as Vec3), 1 / line.length));
  let length = 0;
  for (let i = 1; i < centres.length; i++) length += distance(centres[i]!, centres[i - 1]!);
  const broad = part.kind === 'sheet' || part.kind === 'fan';
  const columns = clampInt(Math.round(Math.max(...widths) / o.spacing) + 1, o.minColumns, broad ? o.maxBroadColumns : o.maxColumns);
  let rows = clampInt(Math.round(length / o.spacing) + 1, o.minRows, o.maxRows);
  // Walls take 2 (2 columns - 2) triangles a row gap, the two caps 4 (columns - 1) - 4 between them.
  const triangles = (r: number, c: number) => 2 * (2 * c - 2) * (r - 1) + 4 * (c - 1) - 4;
  while (rows > o.minRows && triangles(rows, columns) > o.triangleBudget) rows--;
  let fitted = columns;
  while (fitted > o.minColumns && triangles(rows, fitted) > o.triangleBudget) fitted--;
  return { columns: fitted, rows };
}

/** A section point on the skin of one side (a point between anchors lerped, shifted, then snapped). */
export function placeSectionPoint(point: SectionPoint, side: Side, ctx: ZoneContext): { position: Vec3; surface: SurfacePoint } {
  if (!isBetweenPoint(point)) {
    const hit = resolveAnchor(sectionAnchor(point), side, ctx);
    return { position: hit.position, surface: hit.surface };
  }
  const a = resolveAnchor(point.between[0], side, ctx).position;
  const b = resolveAnchor(point.between[1], side, ctx).position;
  const [lateral, up, forward] = point.offset ?? [0, 0, 0];
  const target = add(lerp(a, b, point.t), [(side === 'right' ? -1 : 1) * lateral, up, forward]);
  const hit = nearestSkinPoint(ctx.mesh, target);
  return { position: hit.position, surface: hit.surface };
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
