/**
 * The yes/no questions the lookup may ask to tell close candidates apart (contract: "The lookup
 * asks back"). Each comes from the atlas's sources: an associated symptom or an aggravating
 * movement that the sources tie to particular muscles. A "yes" raises the muscles it favours,
 * a "no" lowers them, by its weight; weights stay modest (no source gives likelihood ratios for
 * these), so an answer reorders close candidates without overriding the drawing.
 */
import type { MuscleId } from '../types';

/** One question, as the data holds it. */
export interface LookupQuestion {
  /** Stable kebab-case id (the contract keeps ids across drawings and versions). */
  readonly id: string;
  /** The question in a patient's words, answerable yes or no. */
  readonly text: string;
  /** The muscles a "yes" points to (each candidate of theirs, either side). */
  readonly favours: readonly MuscleId[];
  /** How far an answer moves them: 0.05-0.3. */
  readonly weight: number;
  /** Source ids (src/atlas/data/sources.ts). */
  readonly sources: readonly string[];
  /** Where the sources say it, in a few words (reference section, page or chapter). */
  readonly basis: string;
  /** Set when the sources mark the link [UNSURE] or disagree; says what is uncertain. */
  readonly uncertain?: string;
  /**
   * Red flags (ids from `data/redFlags.ts`) whose sign a "yes" shares: the question shows their
   * lines before it is answered, so a patient whose answer may be that sign reads what to do.
   */
  readonly redFlags?: readonly string[];
}

/** The weights data may use. */
export const QUESTION_WEIGHT = { min: 0.05, max: 0.3 } as const;
