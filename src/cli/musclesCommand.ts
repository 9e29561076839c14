/** `atlas muscles --json`: every muscle with its trigger points, zones in words and sources. */
import { citation } from '../atlas/muscles';
import { MUSCLE_DATA } from '../atlas/data/muscles';
import { validateMuscles } from '../atlas/validateMuscles';
import { landmarkIdFor } from '../atlas/zones';
import type { Command } from './commands';
import { requireJson } from './output';

/** The muscles command. */
export const musclesCommand: Command = {
  spec: { values: [], flags: ['json'] },
  async run(args, write) {
    requireJson(args);
    const out = validateMuscles(MUSCLE_DATA).map((m) => ({
      id: m.id,
      name: m.name,
      region: m.region,
      synonyms: m.synonyms,
      triggerPoints: m.triggerPoints.map((tp) => ({
        id: tp.id,
        name: tp.name,
        // The landmarks near the trigger point on each side (right, then left; midline once).
        landmarks: [...new Set(tp.landmarks.flatMap((ref) => [landmarkIdFor(ref, 'right'), landmarkIdFor(ref, 'left')]))],
        description: tp.description,
        palpation: tp.palpation,
        prevalence: tp.prevalence,
        ...(tp.clinicianOnly ? { clinicianOnly: tp.clinicianOnly } : {}),
        zones: tp.zones.map((z) => ({
          kind: z.kind,
          description: z.description,
          ...(z.uncertain ? { uncertain: z.uncertain } : {}),
          ...(z.crossesMidline ? { crossesMidline: z.crossesMidline } : {}),
        })),
        ...(tp.uncertain ? { uncertain: tp.uncertain } : {}),
      })),
      zones: m.triggerPoints.flatMap((tp) =>
        tp.zones.map((z) => ({ kind: z.kind, description: z.description, triggerPoint: tp.id })),
      ),
      sideBehaviour: m.sideBehaviour,
      selfCare: m.selfCare,
      techniqueCautions: m.techniqueCautions,
      sources: m.sources.map(citation),
      sourceIds: m.sources,
    }));
    write(`${JSON.stringify(out)}\n`);
  },
};
