/**
 * `npm run bake:zones`: bakes every muscle's referral zones to per-vertex weights on the committed
 * body (geodesic over the skin, essential and spillover apart, right side; the left is mirrored at
 * load) and writes public/models/zones.bin. Deterministic: the same data gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { bakeZoneBytes, ZONES_PATH } from '../src/node/bakeZoneBytes';

const bytes = await bakeZoneBytes();
writeFileSync(ZONES_PATH, bytes);
console.log(`wrote ${ZONES_PATH} (${bytes.byteLength} bytes)`);
