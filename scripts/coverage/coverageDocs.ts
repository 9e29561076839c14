/** The coverage report as the docs show it: the markdown table and the front/back picture. */
import { fileURLToPath } from 'node:url';
import { BODY_REGIONS, REGION_LABELS } from '../../src/atlas/bodyRegions';
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
    `| ${i + 1} | ${describeSpot(p.landmark, 0).replace(/^your /, '')} (\`${p.landmark}\`) | ${REGION_LABELS[p.region]} | ${cm2(p.area)} | ${p.landmarks.slice(1, 5).map((l) => `\`${l}\``).join(', ')} |`);
  return `# Coverage of the skin

Made by \`npm run coverage\` from the committed atlas (${muscles} muscles, both sides): the share of
the skin's area where a tap gets a candidate from some essential zone, and from any zone (a zone
reaches a spot when the lookup counts it there: its weight times its layer's and its trigger
point's factors is at least the lookup's minimum). A pain drawn where no zone reaches gets no
candidate.

**Whole body: ${pct(r.total.essential)} reached by an essential zone, ${pct(r.total.any)} by any zone**
(skin area ${cm2(r.total.area)}).

![Coverage, front and back: dark red inside an essential zone, pink inside a spillover zone only, grey no zone](coverage.png)

| Region | Skin area | Essential | Any zone |
|---|---:|---:|---:|
${rows.join('\n')}

## The largest patches no zone reaches

| # | Around | Region | Area | Also touches |
|---:|---|---|---:|---|
${patches.join('\n')}
`;
}
