/** The citation of a source id, for the panels and the command line (no muscle data needed). */
import { SOURCES } from './data/sources';

const byId = new Map(SOURCES.map((s) => [s.id, s.citation]));

/** The full citation of a source id (the id itself when unknown). */
export function citation(id: string): string {
  return byId.get(id) ?? id;
}
