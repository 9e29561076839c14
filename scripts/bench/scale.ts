/**
 * The atlas at full scale (issue 18 item 4): the baked zones file every visit downloads, and the
 * reverse lookup's own time with every muscle in the atlas, measured in Node on the same simulated
 * drawings as `npm run bench:lookup` (one patient per trigger point and side, fixed seed) with the
 * app's pipeline (`lookupDrawing`, checks and questions included). The app's tap-to-list time
 * (bench/pageRuns.ts) is the same lookup inside the page, with the page's rendering on top.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { askBackData } from '../../src/atlas/askBackData';
import { LOOKUP_QUESTIONS } from '../../src/atlas/data/lookupQuestions';
import { MUSCLE_DATA } from '../../src/atlas/data/muscles';
import { lookupDrawing } from '../../src/atlas/lookupDrawing';
import { loadOpenAtlas } from '../../src/node/bakeZoneBytes';
import { Rng } from '../benchLookup/rng';
import { allTruths, DEFAULT_SETTINGS, simulateDrawing } from '../benchLookup/simulate';

export interface ScaleResult {
  /** zones.bin of the build: bytes on disk, and brotli as `npm start` serves it. */
  zonesBytes: number;
  zonesBrotliBytes: number;
  muscles: number;
  triggerPoints: number;
  /** Lookups timed, each a different drawing, after `warmUp` untimed ones; candidates asked for. */
  drawings: number;
  warmUp: number;
  top: number;
  lookupMedianMs: number;
  lookupP95Ms: number;
  lookupMaxMs: number;
}

/** Drawings looked up untimed first, so the figures are the warmed-up code's (as in a page after its first tap). */
const WARM_UP = 30;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

/** Measures the zones file of the build in `outDir` and the lookup over the committed atlas. */
export async function measureScale(outDir: string): Promise<ScaleResult> {
  const zonesPath = join(outDir, 'models', 'zones.bin');
  const atlas = await loadOpenAtlas();
  const askBack = askBackData(MUSCLE_DATA, LOOKUP_QUESTIONS);
  const options = { top: DEFAULT_SETTINGS.top, askBack };
  const drawings = allTruths(atlas).map((t) =>
    simulateDrawing(atlas, t, DEFAULT_SETTINGS, new Rng(`${DEFAULT_SETTINGS.seed}:scale:${t.muscle}:${t.triggerPoint}:${t.side}`)).map((s) => s.point),
  );
  for (const drawing of drawings.slice(0, WARM_UP)) lookupDrawing(drawing, atlas, options);
  const times = drawings
    .map((drawing) => {
      const start = performance.now();
      lookupDrawing(drawing, atlas, options);
      return performance.now() - start;
    })
    .sort((a, b) => a - b);
  return {
    zonesBytes: statSync(zonesPath).size,
    zonesBrotliBytes: brotliCompressSync(readFileSync(zonesPath)).byteLength,
    muscles: atlas.baked.muscles.length,
    triggerPoints: atlas.baked.muscles.reduce((n, m) => n + m.triggerPoints.length, 0),
    drawings: drawings.length,
    warmUp: WARM_UP,
    top: options.top,
    lookupMedianMs: quantile(times, 0.5),
    lookupP95Ms: quantile(times, 0.95),
    lookupMaxMs: times[times.length - 1]!,
  };
}
