/** The note of the coverage gaps (`data/coverageGaps.ts`) that names a patch, if any. */
import { COVERAGE_GAPS, type CoverageGap } from './data/coverageGaps';
import type { UncoveredPatch } from './coverage';

/** The gap note for a patch: the one whose landmark (or its base, for a sided one) names it. */
export function gapOfPatch(patch: Pick<UncoveredPatch, 'landmark'>): CoverageGap | undefined {
  const base = patch.landmark.replace(/_[lr]$/, '');
  return COVERAGE_GAPS.find((g) => g.around === patch.landmark || g.around === base);
}
