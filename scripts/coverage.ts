/**
 * `npm run coverage [-- --json]`: how much of the skin the committed atlas explains, by area, per
 * body region, and the largest patches no zone reaches. Writes docs/coverage.md and the picture
 * docs/coverage.png (front and back); with --json prints the report as one JSON document instead
 * of the table. Rebuilding gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { coverageReport } from '../src/atlas/coverage';
import { loadOpenAtlas } from '../src/node/bakeZoneBytes';
import { COVERAGE_DOC, COVERAGE_PICTURE, coverageMarkdown, coveragePicture } from './coverage/coverageDocs';

const atlas = await loadOpenAtlas();
const report = coverageReport(atlas);

if (process.argv.includes('--json')) {
  const { levels: _levels, ...rest } = report;
  process.stdout.write(`${JSON.stringify(rest)}\n`);
} else {
  const markdown = coverageMarkdown(report, atlas.baked.muscles.length);
  writeFileSync(COVERAGE_DOC, markdown);
  writeFileSync(COVERAGE_PICTURE, coveragePicture(atlas.mesh, report));
  process.stdout.write(markdown);
}
