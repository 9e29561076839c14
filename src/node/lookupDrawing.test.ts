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
  it.each(['temple_r', 'vertex', '-0.07,1.62,0.02', 'area~0.1,1,0.1~0.11,1,0.1', 'area50~0.1,1,0.1', 'area18~0.1,1,0.1~0.11,1,0.1'])('read and write %s unchanged', (text) => {
    expect(formatDrawingPoint(parseDrawingPoint(text))).toBe(text);
  });

  it.each([
    ['temple', /unknown landmark "temple"/],
    ['1,2', /malformed coordinate/],
    ['NaN,1,2', /malformed coordinate/],
    ['9,1,0', /far from the body/],
    ['area~1,2', /malformed painted area/],
    ['area5~0.1,1,0.1', /malformed painted area/],
    ['area95~0.1,1,0.1', /brush of 95 mm/],
    ['areax~0.1,1,0.1', /malformed painted area/],
  ])('refuse %s with a one-line reason', (text, reason) => {
    expect(() => parseDrawingPoint(text)).toThrow(PainPointError);
    expect(() => parseDrawingPoint(text)).toThrow(reason);
  });
});

describe('brush sizes', () => {
  it('reads area30~ as the default brush', () => {
    expect(parseDrawingPoint('area30~0.1,1,0.1')).toEqual(parseDrawingPoint('area~0.1,1,0.1'));
  });

  it('paints more skin with a larger brush, each area containing the smaller one', () => {
    const at = atlas.landmarks.get('l5')!.position.join(',');
    const skin = (text: string) => {
      const spot = resolvePainPoint(text, atlas).spot;
      return new Set('area' in spot ? [...spot.area].map(([v]) => v) : []);
    };
    const small = skin(`area18~${at}`);
    const medium = skin(`area~${at}`);
    const large = skin(`area50~${at}`);
    expect(small.size).toBeGreaterThan(0);
    expect(medium.size).toBeGreaterThan(small.size);
    expect(large.size).toBeGreaterThan(medium.size * 1.8);
    for (const v of small) expect(medium.has(v)).toBe(true);
    for (const v of medium) expect(large.has(v)).toBe(true);
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
