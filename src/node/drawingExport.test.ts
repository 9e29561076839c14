/**
 * The downloaded pain drawing (`src/atlas/drawingExport.ts`) on the committed atlas: built from
 * the app's own lookup, valid against its schema, in words a patient reads, and read back by the
 * app's reader to the same drawing and answers. The reader and the schema agree on broken files.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { askBackData } from '../atlas/askBackData';
import { LOOKUP_QUESTIONS } from '../atlas/data/lookupQuestions';
import { MUSCLE_DATA } from '../atlas/data/muscles';
import { buildPainDrawingFile, drawingPointWords, EXPORT_DISCLAIMER, exportFileName, PAIN_DRAWING_FORMAT, type PainDrawingFile } from '../atlas/drawingExport';
import { validatePainDrawingFile } from '../atlas/drawingExportSchema';
import { lookupDrawing } from '../atlas/lookupDrawing';
import type { OpenAtlas } from '../atlas/openAtlas';
import { formatDrawingPoint, parseDrawingPoints, type DrawingPoint } from '../atlas/painPoints';
import { readDrawingFile } from '../atlas/readDrawingFile';
import type { Answers } from '../atlas/askBack/answers';
import type { MuscleId, TriggerPointId } from '../atlas/types';
import { loadOpenAtlas } from './bakeZoneBytes';

let atlas: OpenAtlas;
beforeAll(async () => {
  atlas = await loadOpenAtlas();
}, 60_000);

const ASK_BACK = askBackData(MUSCLE_DATA, LOOKUP_QUESTIONS);
const NAMES = new Map(MUSCLE_DATA.map((m) => [m.id, m.name]));

/** A drawing with a landmark, a tap off any landmark, and a painted area, answered once. */
function exampleFile(answers: Answers = { found: [{ muscle: 'temporalis' as MuscleId, side: 'right', triggerPoint: 'trp2' as TriggerPointId, answer: 'tender' }], questions: [] }): { file: PainDrawingFile; points: DrawingPoint[] } {
  const neck = atlas.landmarks.get('neck_base_r')!.position;
  const l5 = atlas.landmarks.get('l5')!.position;
  const { points } = parseDrawingPoints([
    'temple_r',
    `${neck[0] + 0.01},${neck[1]},${neck[2]}`,
    `area~${l5.join(',')}~${l5[0] + 0.04},${l5[1]},${l5[2]}`,
  ]);
  const lookup = lookupDrawing(points, atlas, { top: 10, answers, askBack: ASK_BACK });
  const file = buildPainDrawingFile({
    points, lookup, answers, body: { body: 'female', build: 'slim' }, skinTone: 'deep', landmarks: atlas.landmarks,
    muscleName: (id) => NAMES.get(id) ?? id, createdAt: new Date('2026-12-01T10:30:00Z'),
    link: 'http://127.0.0.1:4173/?pain=temple_r&body=female&build=slim',
  });
  return { file, points };
}

describe('the pain-drawing file', () => {
  it('validates against its schema, with its format, version and disclaimer', () => {
    const { file } = exampleFile();
    const result = validatePainDrawingFile(JSON.parse(JSON.stringify(file)));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(file.format).toBe(PAIN_DRAWING_FORMAT);
    expect(file.version).toBe(1);
    expect(file.disclaimer).toBe(EXPORT_DISCLAIMER);
    expect(file.body).toEqual({ sex: 'female', build: 'slim', skinTone: 'deep' });
    expect(file.createdAt).toBe('2026-12-01T10:30:00.000Z');
  });

  it('keeps the points and the painted areas apart, numbered in drawing order', () => {
    const { file, points } = exampleFile();
    expect(file.points.map((p) => [p.index, p.number, p.kind])).toEqual([[0, 1, 'landmark'], [1, 2, 'point']]);
    expect(file.points[0]!.landmark).toBe('temple_r');
    expect(file.points[0]!.position).toEqual(atlas.landmarks.get('temple_r')!.position);
    expect(file.paintedAreas.map((a) => [a.index, a.number, a.radius, a.samples.length])).toEqual([[2, 3, 0.03, 2]]);
    expect([...file.points, ...file.paintedAreas].sort((a, b) => a.index - b.index).map((p) => p.text)).toEqual(points.map(formatDrawingPoint));
    expect(file.points.every((p) => p.placed) && file.paintedAreas.every((a) => a.placed)).toBe(true);
  });

  it('words every spot as the patient would say it', () => {
    const { file } = exampleFile();
    expect(file.points[0]!.words).toBe('Your right temple');
    expect(file.points[1]!.words).toMatch(/^Near your right /);
    expect(file.paintedAreas[0]!.words).toMatch(/^Painted area around /);
    expect(drawingPointWords({ kind: 'landmark', id: 'sacrum' }, atlas.landmarks)).toMatch(/sacrum|back/i);
  });

  it('ranks the candidates as the lookup does, with the app’s own explanations', () => {
    const { file, points } = exampleFile();
    const answers: Answers = { found: [{ muscle: 'temporalis' as MuscleId, side: 'right', triggerPoint: 'trp2' as TriggerPointId, answer: 'tender' }], questions: [] };
    const lookup = lookupDrawing(points, atlas, { top: 10, answers, askBack: ASK_BACK });
    expect(file.candidates.map((c) => `${c.muscle}:${c.side}`)).toEqual(lookup.candidates.map((c) => `${c.muscle}:${c.side}`));
    expect(file.candidates.map((c) => c.rank)).toEqual(lookup.candidates.map((_c, i) => i + 1));
    expect(file.candidates.map((c) => c.why)).toEqual(lookup.candidates.map((c) => c.why));
    const temporalis = file.candidates.find((c) => c.muscle === 'temporalis' && c.side === 'right')!;
    expect(temporalis.name).toBe('Temporalis');
    expect(temporalis.explains).toContain(0);
    expect(temporalis.reasons.some((r) => r.spot === 0 && r.zone === 'essential')).toBe(true);
  });

  it('carries the answers in both forms and the Widespread Pain Index areas', () => {
    const { file } = exampleFile({ found: [{ muscle: 'temporalis' as MuscleId, side: 'right', answer: 'reproduces' }], questions: [{ question: 'upper-teeth-sensitive', yes: false }] });
    expect(file.answers.found).toEqual([{ muscle: 'temporalis', side: 'right', answer: 'reproduces', text: 'temporalis:right:reproduces' }]);
    expect(file.answers.questions).toEqual([{ question: 'upper-teeth-sensitive', answer: 'no', text: 'upper-teeth-sensitive:no' }]);
    expect(file.widespreadPainIndex.areas).toEqual(expect.arrayContaining(['lower-back']));
    expect(file.widespreadPainIndex.count).toBe(file.widespreadPainIndex.areas.length);
    expect(file.widespreadPainIndex.widespread).toBe(false);
  });

  it('reads back to the same drawing and answers', () => {
    const { file, points } = exampleFile({ found: [{ muscle: 'temporalis' as MuscleId, side: 'right', triggerPoint: 'trp2' as TriggerPointId, answer: 'tender' }], questions: [{ question: 'upper-teeth-sensitive', yes: true }] });
    const read = readDrawingFile(JSON.parse(JSON.stringify(file)));
    expect(read).toEqual({ ok: true, drawing: { points: points.map(formatDrawingPoint), found: ['temporalis:right:trp2:tender'], answer: ['upper-teeth-sensitive:yes'], body: { body: 'female', build: 'slim' } } });
  });

  it.each<[string, (f: Record<string, unknown>) => unknown]>([
    ['another format', (f) => ({ ...f, format: 'something-else' })],
    ['a later version', (f) => ({ ...f, version: 2 })],
    ['a point that is not a point', (f) => ({ ...f, points: [{ ...(f.points as object[])[0], text: 'elbow' }, ...(f.points as object[]).slice(1)] })],
    ['a malformed answer', (f) => ({ ...f, answers: { found: [{ muscle: 'temporalis', side: 'up', answer: 'reproduces', text: 'temporalis:up:reproduces' }], questions: [] } })],
    ['not an object', () => [1, 2, 3]],
    ['more than 100 points', (f) => ({ ...f, points: Array.from({ length: 101 }, (_v, i) => ({ ...(f.points as object[])[0], index: i, number: i + 1 })), paintedAreas: [], candidates: [], unexplained: [] })],
    ['more than 100 answers', (f) => ({ ...f, answers: { found: [], questions: Array.from({ length: 101 }, () => ({ question: 'upper-teeth-sensitive', answer: 'yes', text: 'upper-teeth-sensitive:yes' })) } })],
    ['a very long point text', (f) => ({ ...f, points: [{ ...(f.points as object[])[0], text: `${'0.1,'.repeat(3000)}0.1` }, ...(f.points as object[]).slice(1)] })],
    ['a very long answer text', (f) => ({ ...f, answers: { found: [{ muscle: 'temporalis', side: 'right', answer: 'tender', text: `temporalis:right:${'x'.repeat(5000)}:tender` }], questions: [] } })],
    ['two points with the same index', (f) => ({ ...f, points: (f.points as { index: number }[]).map((p) => ({ ...p, index: 0 })) })],
    ['a missing index', (f) => ({ ...f, paintedAreas: (f.paintedAreas as { index: number }[]).map((a) => ({ ...a, index: 7 })) })],
    ['no answers part', (f) => ({ ...f, answers: undefined })],
  ])('is refused by both the schema and the app’s reader with %s', (_name, breakIt) => {
    const broken = breakIt(JSON.parse(JSON.stringify(exampleFile().file)) as Record<string, unknown>);
    expect(validatePainDrawingFile(broken).ok).toBe(false);
    expect(readDrawingFile(broken).ok).toBe(false);
  });

  it('reads back an area drawn first, at index 0, before the points', () => {
    const temple = atlas.landmarks.get('temple_r')!.position;
    const { points } = parseDrawingPoints([`area~${temple.join(',')}`, 'temple_r']);
    const lookup = lookupDrawing(points, atlas, { top: 10, askBack: ASK_BACK });
    const file = buildPainDrawingFile({
      points, lookup, answers: { found: [], questions: [] }, body: { body: 'male', build: 'average' }, skinTone: 'medium', landmarks: atlas.landmarks,
      muscleName: (id) => NAMES.get(id) ?? id, createdAt: new Date('2026-12-01T10:30:00Z'), link: 'http://127.0.0.1:4173/',
    });
    expect(file.paintedAreas.map((a) => a.index)).toEqual([0]);
    expect(file.points.map((p) => p.index)).toEqual([1]);
    const json = JSON.parse(JSON.stringify(file)) as unknown;
    expect(validatePainDrawingFile(json).ok).toBe(true);
    const read = readDrawingFile(json);
    expect(read.ok && read.drawing.points).toEqual(points.map(formatDrawingPoint));
  });

  it('gives a landmark the body could not place no position, never [0, 0, 0]', () => {
    const { points } = parseDrawingPoints(['temple_r']);
    const lookup = lookupDrawing(points, atlas, { top: 10, askBack: ASK_BACK });
    // As on a body whose landmark table lacks it: the lookup could not place the spot.
    const unplaced = { ...lookup, placed: [], unplaced: [{ index: 0, point: points[0]! }] } as unknown as typeof lookup;
    const file = buildPainDrawingFile({
      points, lookup: unplaced, answers: { found: [], questions: [] }, body: { body: 'male', build: 'average' }, skinTone: 'medium', landmarks: atlas.landmarks,
      muscleName: (id) => NAMES.get(id) ?? id, createdAt: new Date('2026-12-01T10:30:00Z'), link: 'http://127.0.0.1:4173/',
    });
    expect(file.points[0]!.placed).toBe(false);
    expect(file.points[0]).not.toHaveProperty('position');
    const json = JSON.parse(JSON.stringify(file)) as unknown;
    expect(validatePainDrawingFile(json).ok).toBe(true);
    expect(readDrawingFile(json).ok).toBe(true);
  });

  it('carries red flags when given them, valid against the schema and ignored by the reader', () => {
    const { file } = exampleFile();
    expect(file).not.toHaveProperty('redFlags');
    const flagged = { ...file, redFlags: [{ id: 'cardiac-chest-pain', urgency: 'emergency', text: 'Chest pain: call emergency services.' }] };
    const json = JSON.parse(JSON.stringify(flagged)) as unknown;
    expect(validatePainDrawingFile(json).ok).toBe(true);
    expect(readDrawingFile(json)).toEqual(readDrawingFile(JSON.parse(JSON.stringify(file))));
    expect(validatePainDrawingFile({ ...flagged, redFlags: [{ id: 'x', urgency: 'later', text: 'y' }] }).ok).toBe(false);
  });

  it('says which body the drawing was made on', () => {
    const read = readDrawingFile(JSON.parse(JSON.stringify(exampleFile().file)));
    expect(read.ok && read.drawing.body).toEqual({ body: 'female', build: 'slim' });
  });

  it('names its files by the day', () => {
    expect(exportFileName(new Date(2026, 11, 1, 9), 'png')).toBe('pain-drawing-2026-12-01.png');
    expect(exportFileName(new Date(2026, 0, 9, 23), 'json')).toBe('pain-drawing-2026-01-09.json');
  });

  it('words the disclaimer as the app’s footer does', () => {
    const footer = readFileSync(new URL('../ui/Disclaimer.tsx', import.meta.url), 'utf8').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(footer).toContain(EXPORT_DISCLAIMER);
  });
});
