/**
 * `npm run rank -- temple_r "neck_base_r scapula_superior_angle_r"`: ranks each drawing (landmark
 * names or x,y,z, separated by spaces) against zones baked from the muscle data as it is now,
 * without writing public/models/zones.bin. For authors tuning zones before they re-bake.
 */
import { findCandidates } from '../src/atlas/lookup';
import { resolvePainPoint } from '../src/atlas/painPoints';
import { loadLiveAtlas } from '../src/node/bakeZoneBytes';

const drawings = process.argv.slice(2);
if (drawings.length === 0) {
  console.error('usage: npm run rank -- "<point> <point> ..." ["<point> ..." ...]');
  process.exit(2);
}
const atlas = await loadLiveAtlas();
for (const drawing of drawings) {
  const points = drawing.split(/\s+/).filter(Boolean);
  const spots = points.map((p) => resolvePainPoint(p, atlas).spot);
  console.log(`\n${drawing}`);
  for (const c of findCandidates(spots, atlas.index, { top: 8 })) {
    const layers = c.details.map((d) => `${d.spot}:${d.triggerPoint}/${d.kind[0]}${d.weight}`).join(' ');
    console.log(`  ${c.score.toFixed(3)}  ${c.muscle}/${c.side}  [${layers}]`);
  }
}
