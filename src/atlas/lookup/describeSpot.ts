/**
 * Words for explanations, as a patient would say them: landmark names become body parts
 * ("temple_r" -> "your right temple"), trigger point labels become "trigger point 1 (TrP1)".
 */
import {
  isLandmarkId, isMidlineLandmark, MIDLINE_LANDMARKS, SIDED_LANDMARKS, type MidlineLandmark, type SidedLandmarkBase,
} from '../landmarkNames';
import { midlineWords, sidedWords } from '../bodyRegions';

/** Plain words for each midline landmark, as a full noun phrase (from the region table). */
export const MIDLINE_WORDS: Readonly<Record<MidlineLandmark, string>> = Object.fromEntries(
  MIDLINE_LANDMARKS.map((id) => [id, midlineWords(id)]),
) as Record<MidlineLandmark, string>;

/** Plain words for each sided landmark, to follow "your right" / "your left" (from the region table). */
export const SIDED_WORDS: Readonly<Record<SidedLandmarkBase, string>> = Object.fromEntries(
  SIDED_LANDMARKS.map((base) => [base, sidedWords(base)]),
) as Record<SidedLandmarkBase, string>;

/** How an explanation names spot `index` (0-based): "your right temple", else "pain spot 2 (label)". */
export function describeSpot(label: string | undefined, index: number): string {
  if (label !== undefined && isLandmarkId(label)) {
    if (isMidlineLandmark(label)) return MIDLINE_WORDS[label];
    const base = label.slice(0, -2) as SidedLandmarkBase;
    return `your ${label.endsWith('_r') ? 'right' : 'left'} ${SIDED_WORDS[base]}`;
  }
  if (label === 'painted area') return `the area you painted (spot ${index + 1})`;
  return label === undefined || label === '' ? `pain spot ${index + 1}` : `pain spot ${index + 1} (${label})`;
}

/**
 * A trigger point in words, with its muscle: "TrP1" of Temporalis -> "temporalis trigger point 1
 * (TrP1)"; "Upper TrP" of Levator scapulae -> "the upper trigger point of levator scapulae".
 */
export function describeTriggerPoint(name: string, muscle: string): string {
  const muscleWords = lowerFirst(muscle);
  const numbered = /^(TrP\s*(\d+))(?:\s*\((.+)\))?$/i.exec(name.trim());
  if (numbered) {
    const [, label, n, detail] = numbered;
    return `${muscleWords} trigger point ${n} (${label}${detail ? `, ${detail}` : ''})`;
  }
  let words = lowerFirst(name.trim())
    .replace(/\bTrPs\b/gi, 'trigger points')
    .replace(/\bTrP(\d*)\b/gi, (_m, n: string) => (n ? `trigger point ${n}` : 'trigger point'));
  if (!/trigger point/i.test(words)) words += ' trigger point';
  return `the ${words} of ${muscleWords}`;
}

/** A name in the middle of a sentence: first letter lowered unless it starts an acronym. */
export function lowerFirst(text: string): string {
  if (text.length > 1 && text[1] === text[1]!.toUpperCase() && text[1] !== text[1]!.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
