import { describe, expect, it } from 'vitest';
import { initialBodyChoice, rememberedBody } from './bodyChoice';
import { formatUrlState, parseUrlState } from './urlState';

const saved = JSON.stringify({ body: 'female', build: 'heavy', tone: 'brown' });

describe('the body a page starts with', () => {
  it('is the default without a link or a remembered body', () => {
    expect(initialBodyChoice('', null)).toEqual({ body: 'male', build: 'average' });
  });

  it('follows the link first, then what was remembered', () => {
    expect(initialBodyChoice('?body=female', null)).toEqual({ body: 'female', build: 'average' });
    expect(initialBodyChoice('?build=slim', null)).toEqual({ body: 'male', build: 'slim' });
    expect(initialBodyChoice('', saved)).toEqual({ body: 'female', build: 'heavy' });
    // A link naming a body does not borrow the remembered build.
    expect(initialBodyChoice('?body=male', saved)).toEqual({ body: 'male', build: 'average' });
    expect(initialBodyChoice('?build=muscular', saved)).toEqual({ body: 'female', build: 'muscular' });
  });

  it('falls back to the default for a body or build it does not know', () => {
    expect(initialBodyChoice('?body=elf&build=tall', saved)).toEqual({ body: 'male', build: 'average' });
    expect(initialBodyChoice('', '{not json')).toEqual({ body: 'male', build: 'average' });
    expect(rememberedBody('{"body":"elf"}')).toBeNull();
    expect(rememberedBody(saved)).toEqual({ body: 'female', build: 'heavy', tone: 'brown' });
  });
});

describe('the body in the link', () => {
  it('reads body and build, and says so when one is unknown', () => {
    expect(parseUrlState('?body=female&build=slim').state).toMatchObject({ body: 'female', build: 'slim' });
    const { state, notices } = parseUrlState('?body=robot&build=huge');
    expect(state.body).toBeUndefined();
    expect(state.build).toBeUndefined();
    expect(notices.join(' ')).toMatch(/Unknown body "robot".*Unknown build "huge"/);
  });

  it('writes only what differs from the default body', () => {
    expect(formatUrlState({ body: 'male', build: 'average' }, '')).toBe('');
    expect(formatUrlState({ body: 'female', build: 'average' }, '')).toBe('?body=female');
    expect(formatUrlState({ body: 'male', build: 'heavy' }, '?body=female')).toBe('?build=heavy');
  });
});
