import { beforeAll, describe, expect, it } from 'vitest';
import { findCandidates } from '../atlas/lookup';
import { lookupDrawing } from '../atlas/lookupDrawing';
import type { OpenAtlas } from '../atlas/openAtlas';
import { formatDrawingPoint, parseDrawingPoint, PainPointError, resolvePainPoint } from '../atlas/painPoints';
import { loadOpenAtlas } from './bakeZoneBytes';

let atlas: OpenAtlas;
beforeAll(async () => {
  atlas = await loadOpenAtlas();
});

describe('drawing points', () => {
  it.each(['temple_r', 'vertex', '-0.07,1.62,0.02', 'area~0.1,1,0.1~0.11,1,0.1'])('read and write %s unchanged', (text) => {
    expect(formatDrawingPoint(parseDrawingPoint(text))).toBe(text);
  });

  it.each([
    ['temple', /unknown landmark "temple"/],
    ['1,2', /malformed coordinate/],
    ['NaN,1,2', /malformed coordinate/],
    ['9,1,0', /far from the body/],
    ['area~1,2', /malformed painted area/],
  ])('refuse %s with a one-line reason', (text, reason) => {
    expect(() => parseDrawingPoint(text)).toThrow(PainPointError);
    expect(() => parseDrawingPoint(text)).toThrow(reason);
  });
});

describe('lookupDrawing', () => {
  it('answers as findCandidates does, with explains in the drawing\'s own numbering', () => {
    const texts = ['temple_r', '0,3.5,0', 'neck_base_r'];
    const answer = lookupDrawing(texts.map(parseDrawingPoint), atlas, { top: 5 }, (i) => texts[i]);
    expect(answer.placed.map((p) => p.index)).toEqual([0, 2]);
    expect(answer.unplaced).toEqual([expect.objectContaining({ index: 1, reason: expect.stringMatching(/m from the body/) })]);
    const direct = findCandidates([resolvePainPoint('temple_r', atlas).spot, resolvePainPoint('neck_base_r', atlas).spot], atlas.index, { top: 5 });
    expect(answer.candidates.map((c) => [c.muscle, c.side, c.score])).toEqual(direct.map((c) => [c.muscle, c.side, c.score]));
    for (const c of answer.candidates) for (const i of c.explains) expect([0, 2]).toContain(i);
    expect(answer.placed[1]!.at).toBe('neck_base_r');
  });

  it('uses a tap\'s own place on the skin instead of searching for it again', () => {
    const near = resolvePainPoint('-0.07,1.62,0.02', atlas);
    if (!('surface' in near.spot)) throw new Error('a point spot was expected');
    const tapped = lookupDrawing([{ kind: 'point', position: near.position, surface: near.spot.surface }], atlas);
    const typed = lookupDrawing([parseDrawingPoint('-0.07,1.62,0.02')], atlas);
    expect(tapped.candidates.map((c) => [c.muscle, c.side, c.score])).toEqual(typed.candidates.map((c) => [c.muscle, c.side, c.score]));
    expect(tapped.placed[0]!.spot).toEqual(expect.objectContaining({ surface: near.spot.surface }));
  });

  it('names the body areas the drawing touches, for the red flags', () => {
    expect(lookupDrawing(['l5', 'calf_r', 'temple_l'].map(parseDrawingPoint), atlas).areas).toEqual(['head', 'back', 'lower-limb']);
  });
});
