/**
 * Regional or widespread: a drawing's areas among the 19 of the Widespread Pain Index and the
 * five regions of the 2016 generalised-pain criterion (Wolfe et al. 2016), as the contract
 * spells them. Pain in at least four of the five regions is widespread: more typical of a
 * condition such as fibromyalgia than of one muscle's trigger points.
 */
import { SPREAD_AREAS, spreadAreaOfLandmark, type SpreadArea } from '../bodyRegions';
import type { LandmarkId } from '../landmarkNames';

/** The 2016 criterion's regions, in the contract's order. */
export const SPREAD_REGIONS = ['left-upper', 'right-upper', 'left-lower', 'right-lower', 'axial'] as const;
/** See {@link SPREAD_REGIONS}. */
export type SpreadRegion = (typeof SPREAD_REGIONS)[number];

/** How far a drawing spreads. */
export interface DrawingSpread {
  /** In {@link SPREAD_AREAS} order. */
  readonly areas: readonly SpreadArea[];
  /** In {@link SPREAD_REGIONS} order. */
  readonly regions: readonly SpreadRegion[];
  /** The number of areas. */
  readonly count: number;
  /** At least four of the five regions hold pain. */
  readonly widespread: boolean;
}

/** Where the areas, the regions and the four-of-five rule come from (sources.ts ids). */
export const SPREAD_SOURCES: readonly string[] = ['wolfe-2016'];

/** Regions needed for widespread pain (2016 criterion: four of five). */
export const WIDESPREAD_REGIONS = 4;

// The criterion counts jaw, chest and abdomen towards no region.
const REGION_OF_AREA: Readonly<Partial<Record<SpreadArea, SpreadRegion>>> = {
  'left-shoulder-girdle': 'left-upper', 'left-upper-arm': 'left-upper', 'left-lower-arm': 'left-upper',
  'right-shoulder-girdle': 'right-upper', 'right-upper-arm': 'right-upper', 'right-lower-arm': 'right-upper',
  'left-hip': 'left-lower', 'left-upper-leg': 'left-lower', 'left-lower-leg': 'left-lower',
  'right-hip': 'right-lower', 'right-upper-leg': 'right-lower', 'right-lower-leg': 'right-lower',
  neck: 'axial', 'upper-back': 'axial', 'lower-back': 'axial',
};

/** The spread of a drawing whose spots lie at these landmarks (each spot's own or nearest). */
export function spreadOfLandmarks(landmarks: readonly LandmarkId[]): DrawingSpread {
  const touched = new Set(landmarks.flatMap((id) => spreadAreaOfLandmark(id) ?? []));
  const areas = SPREAD_AREAS.filter((a) => touched.has(a));
  const held = new Set(areas.flatMap((a) => REGION_OF_AREA[a] ?? []));
  const regions = SPREAD_REGIONS.filter((r) => held.has(r));
  return { areas, regions, count: areas.length, widespread: regions.length >= WIDESPREAD_REGIONS };
}
