/**
 * `npm run build:poster`: the start poster, public/poster/front.png — the default body from the
 * front, drawn in software (renderPoster.ts) from the committed model with the 3D view's opening
 * camera, lights and default skin tone. The page shows it where the body will appear until the
 * live view has drawn its first frame (src/ui/StartPoster.tsx). Deterministic: the same model
 * and constants give the same bytes (a unit test rebuilds it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BODY_GLB_PATH, readBodyDocument, skinMeshOf } from '../../src/node/loadBody';
import { encodeIndexedPng } from '../icons/png';
import { quantiseImage } from './quantise';
import { posterOf } from './poster';

/** Where the poster is written (and committed). */
export const POSTER_PATH = fileURLToPath(new URL('../../public/poster/front.png', import.meta.url));

/** The poster's PNG bytes. */
export async function makePosterPng(): Promise<Buffer> {
  const mesh = skinMeshOf(await readBodyDocument(readFileSync(BODY_GLB_PATH)));
  const image = posterOf(mesh);
  return encodeIndexedPng(quantiseImage(image), { text: [['Software', 'trigger-point-atlas scripts/poster/makePoster.ts']] });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const png = await makePosterPng();
  mkdirSync(dirname(POSTER_PATH), { recursive: true });
  writeFileSync(POSTER_PATH, png);
  console.log(`wrote ${POSTER_PATH} (${(png.length / 1000).toFixed(1)} kB)`);
}
