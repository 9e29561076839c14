/** Baking the zones file in Node: shared by the bake script and the test that it is up to date. */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { resolveLandmarks } from '../atlas/landmarks';
import { MUSCLE_DATA } from '../atlas/data/muscles';
import { validateMuscles } from '../atlas/validateMuscles';
import { bakeZones, encodeBakedAtlas } from '../atlas/zones';
import { openAtlas, type OpenAtlas } from '../atlas/openAtlas';
import { bodyGlbPath, loadSkinMesh } from './loadBody';
import { bodyFileName, DEFAULT_BODY_CHOICE, type BodyChoice } from '../atlas/bodies';

/** The committed zones file. */
export const ZONES_PATH = fileURLToPath(new URL('../../public/models/zones.bin', import.meta.url));

/** Bakes the atlas's muscles on the committed body and encodes them. */
export async function bakeZoneBytes(): Promise<Uint8Array> {
  const mesh = await loadSkinMesh();
  return encodeBakedAtlas(bakeZones(validateMuscles(MUSCLE_DATA), { mesh, landmarks: resolveLandmarks(mesh) }));
}

let cached: Promise<OpenAtlas> | undefined;
let live: Promise<OpenAtlas> | undefined;

/**
 * The committed body with zones baked from the data as it is now (not the committed file): what
 * the clinical tests judge, so a data change is checked before it is re-baked and committed.
 */
export function loadLiveAtlas(): Promise<OpenAtlas> {
  live ??= loadSkinMesh().then(async (mesh) => openAtlas(mesh, await bakeZoneBytes()));
  return live;
}

/** A committed body (the default unless named) and the zones, opened once per process. */
export function loadOpenAtlas(choice: BodyChoice = DEFAULT_BODY_CHOICE): Promise<OpenAtlas> {
  if (bodyFileName(choice) !== bodyFileName(DEFAULT_BODY_CHOICE)) {
    return loadSkinMesh(bodyGlbPath(choice)).then((mesh) => openAtlas(mesh, readFileSync(ZONES_PATH)));
  }
  cached ??= loadSkinMesh().then((mesh) => openAtlas(mesh, readFileSync(ZONES_PATH)));
  return cached;
}
