/**
 * The safety table of docs/safety-cautions.md, made from the muscle data: every place a text sends
 * a patient's finger, a ball or a strong movement near an artery, a nerve or an organ, with the
 * caution it carries, and every trigger point whose palpation is for a clinician only.
 */
import type { MuscleData, Technique } from '../../src/atlas/muscleSchema';

const TECHNIQUE_WORDS: Readonly<Record<Technique, string>> = {
  palpation: 'finding the trigger point',
  'pressure-release': 'pressure release',
  stretch: 'stretch',
  other: 'other self-care',
};

/** Markdown for docs/safety-cautions.md. */
export function safetyTable(muscles: readonly MuscleData[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const rows: string[] = [];
  for (const muscle of muscles) {
    for (const c of muscle.techniqueCautions) {
      const which = c.triggerPoints
        ? ` (${c.triggerPoints.map((id) => muscle.triggerPoints.find((tp) => tp.id === id)?.name ?? id).join(', ')})`
        : '';
      rows.push(`| ${cell(muscle.name)} | ${TECHNIQUE_WORDS[c.technique]}${cell(which)} | ${cell(c.near.join(', '))} | ${cell(c.caution)} |`);
    }
  }
  const clinicianOnly = muscles.flatMap((m) =>
    m.triggerPoints.filter((tp) => tp.clinicianOnly).map((tp) => `| ${cell(m.name)} | ${cell(tp.name)} | ${cell(tp.clinicianOnly!)} |`),
  );
  return [
    '# Safety cautions of the self-care and palpation texts',
    '',
    'Made by `npm run docs:safety` from `techniqueCautions` and `clinicianOnly` in',
    '`src/atlas/data/muscles/`; a unit test fails when this file and the data disagree. The muscle',
    'panel shows each caution directly under the technique it belongs to.',
    '',
    '## Techniques near an artery, a nerve or an organ',
    '',
    '| muscle | technique | near | caution |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '## Trigger points found by a clinician only',
    '',
    'The panel shows their palpation as a clinician\'s examination and tells the patient not to press there.',
    '',
    '| muscle | trigger point | why |',
    '| --- | --- | --- |',
    ...clinicianOnly,
    '',
  ].join('\n');
}
