/**
 * The contract's proportions ("Proportions", and "Bodies and poses" for every body): landmark
 * heights as fractions of stature (Drillis & Contini), each within +/-0.02 H, and the biacromial
 * breadth. Shared by the tests of the default body and of every body.
 */
import type { LandmarkId } from '../atlas/landmarkNames';

export const CONTRACT_HEIGHTS: readonly (readonly [LandmarkId, number])[] = [
  ['menton', 0.87],
  ['acromion_r', 0.818],
  ['acromion_l', 0.818],
  ['thelion_r', 0.72],
  ['trochanterion_l', 0.53],
  ['patella_r', 0.285],
  ['lateral_malleolus_l', 0.039],
];

/** How far (share of stature) a landmark height may stray. */
export const HEIGHT_TOLERANCE = 0.02;

/** Biacromial breadth as a share of stature. */
export const BIACROMIAL_RANGE = [0.2, 0.26] as const;
