/** `atlas landmarks --json`: every contract landmark as a point on the body's skin. */
import { resolveLandmarks } from '../atlas/landmarks';
import { ALL_LANDMARK_IDS } from '../atlas/landmarkNames';
import { bodyGlbPath, loadSkinMesh } from '../node/loadBody';
import { BODY_OPTIONS, parseBodyChoice } from './bodyOption';
import type { Command } from './commands';
import { requireJson } from './output';

/** Rounds metres to a tenth of a millimetre for output. */
export const roundMetres = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The landmarks command. */
export const landmarksCommand: Command = {
  spec: { values: [...BODY_OPTIONS], flags: ['json'] },
  async run(args, write) {
    requireJson(args);
    const mesh = await loadSkinMesh(bodyGlbPath(parseBodyChoice(args)));
    const table = resolveLandmarks(mesh);
    let top = -Infinity;
    let bottom = Infinity;
    for (let i = 1; i < mesh.positions.length; i += 3) {
      top = Math.max(top, mesh.positions[i]!);
      bottom = Math.min(bottom, mesh.positions[i]!);
    }
    const landmarks: Record<string, number[]> = {};
    for (const name of ALL_LANDMARK_IDS) {
      const landmark = table.get(name);
      if (landmark) landmarks[name] = landmark.position.map(roundMetres);
    }
    write(`${JSON.stringify({ stature: roundMetres(top - bottom), landmarks })}\n`);
  },
};
