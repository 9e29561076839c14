/**
 * Hand-built fixtures for zone and lookup tests: a muscle record with stand-in prose around
 * the fields under test, and a landmark table placed on grid-plane vertices.
 */
import type { LandmarkId } from '../landmarkNames';
import type { MuscleData, TriggerPointData } from '../muscleSchema';
import type { SkinMesh } from '../types';
import type { LandmarkPoint } from './resolveAnchor';

/** A valid muscle record whose only meaningful parts are its id and trigger points. */
export function testMuscle(
  id: string,
  triggerPoints: readonly (Pick<TriggerPointData, 'id' | 'location' | 'zones'> & Partial<Pick<TriggerPointData, 'prevalence'>>)[],
): MuscleData {
  const words = 'test text';
  return {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' '),
    synonyms: [],
    region: 'head',
    anatomy: { origin: words, insertion: words, innervation: words, actions: [words] },
    sideBehaviour: { referral: 'ipsilateral' },
    triggerPoints: triggerPoints.map((tp, i) => ({
      prevalence: 'common',
      ...tp,
      name: `TrP${i + 1}`,
      landmarks: ['vertex'],
      description: words,
      palpation: words,
    })),
    activatingFactors: [words],
    perpetuatingFactors: [],
    selfCare: { pressureRelease: words, stretch: words, other: [], cautions: [] },
    techniqueCautions: [],
    mistakenFor: [],
    sources: ['test-source'],
    notes: [],
  };
}

/** Landmarks at given vertices of a mesh (position = the vertex's position). */
export function landmarksAt(mesh: SkinMesh, at: Readonly<Partial<Record<LandmarkId, number>>>): Map<LandmarkId, LandmarkPoint> {
  const table = new Map<LandmarkId, LandmarkPoint>();
  for (const [id, vertex] of Object.entries(at) as [LandmarkId, number][]) {
    const p = mesh.positions;
    table.set(id, { vertex, position: [p[3 * vertex]!, p[3 * vertex + 1]!, p[3 * vertex + 2]!] });
  }
  return table;
}
