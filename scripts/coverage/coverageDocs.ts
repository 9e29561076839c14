/** The coverage report as the docs show it: the markdown table and the front/back picture. */
import { fileURLToPath } from 'node:url';
import { BODY_REGIONS, REGION_LABELS } from '../../src/atlas/bodyRegions';
import { gapOfPatch } from '../../src/atlas/coverageGaps';
import type { CoverageReport } from '../../src/atlas/coverage';
import { describeSpot } from '../../src/atlas/lookup';
import type { SkinMesh } from '../../src/atlas/types';
import { encodePng } from './png';
import { renderCoverage } from './renderCoverage';

/** Where the report and its picture are committed. */
export const COVERAGE_DOC = fileURLToPath(new URL('../../docs/coverage.md', import.meta.url));
export const COVERAGE_PICTURE = fileURLToPath(new URL('../../docs/coverage.png', import.meta.url));

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const cm2 = (m2: number) => `${Math.round(m2 * 1e4)} cm²`;

/** The front and back picture as PNG bytes. */
export function coveragePicture(mesh: SkinMesh, report: CoverageReport): Uint8Array {
  const picture = renderCoverage(mesh, report.levels, 900);
  return encodePng(picture.width, picture.height, picture.rgb);
}

/** The report as markdown. */
export function coverageMarkdown(r: CoverageReport, muscles: number): string {
  const rows = BODY_REGIONS.map((region) => {
    const s = r.regions[region];
    return `| ${REGION_LABELS[region]} | ${cm2(s.area)} | ${pct(s.essential)} | ${pct(s.any)} |`;
  });
  const patches = r.uncovered.map((p, i) =>
    `| ${i + 1} | ${describeSpot(p.landmark, 0).replace(/^your /, '')} (\`${p.landmark}\`) | ${REGION_LABELS[p.region]} | ${cm2(p.area)} | ${gapOfPatch(p)?.where ?? '**no note: see below**'} |`);
  const gaps = [...new Set(r.uncovered.map(gapOfPatch).filter((g) => g !== undefined))].map(
    (g) => `- **${g.where}** (\`${g.around}\`). ${g.checked} Sources: ${g.sources.join(', ')}.`);
  return `# Coverage of the skin

Made by \`npm run coverage\` from the committed atlas (${muscles} muscles, both sides): the share of
the skin's area where a tap gets a candidate from some essential zone, and from any zone (a zone
reaches a spot when the lookup counts it there: its weight times its layer's and its trigger
point's factors is at least the lookup's minimum). A pain drawn where no zone reaches gets no
candidate. The skin measured is what can be seen from outside: ${cm2(r.hiddenArea)} of the body
model that no ray from outside reaches (the inside of the mouth, behind the eyelids, where the
toes press together) is left out.

**Whole body: ${pct(r.total.essential)} reached by an essential zone, ${pct(r.total.any)} by any zone**
(exposed skin ${cm2(r.total.area)}).

![Coverage, front and back: dark red inside an essential zone, pink inside a spillover zone only, grey no zone](coverage.png)

| Region | Skin area | Essential | Any zone |
|---|---:|---:|---:|
${rows.join('\n')}

## The largest patches no zone reaches

Named by the landmark nearest most of the patch; the last column says where it really lies.

| # | Around | Region | Area | Where |
|---:|---|---|---:|---|
${patches.join('\n')}

## What the sources say about them

The issue's targets (essential zones over 80 % of the skin, any zone over 92 %) are not met: the
sources give no muscle for these patches, so the atlas draws no zone there (from
\`src/atlas/data/coverageGaps.ts\`; the reference files are \`../shared/reference/referral-facts.md\`,
"section N", and \`../shared/reference/more/*.md\`, named by file). On the forearm and the lower leg
the sources give mostly spillover: their main zones lie at the elbow, the wrist, the ankle and
the foot, which is why those regions' essential figures stay low.

${gaps.join('\n')}
`;
}
