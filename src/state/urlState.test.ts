/**
 * The deep-link contract (../shared/contract.md "Deep links"): `?muscle=<id>[&side=left|right]`,
 * `?pain=P;P;...` and `?view=front|back|left|right`. Formatting then parsing gives the state back;
 * parsing any link never throws, and what it drops it reports as a notice.
 */
import { FUZZED_LINKS } from './fuzzedLinks';
import { describe, expect, it } from 'vitest';
import { formatPainArea, formatPainPoint, MAX_AREA_SAMPLES } from '../atlas/painPoints';
import type { Vec3 } from '../atlas/types';
import { MAX_PAIN_POINTS } from './drawingSlice';
import { formatUrlState, parseUrlState, type UrlState } from './urlState';
import { VIEW_PRESETS } from './viewSlice';

/** Format into an empty address, read back. */
const roundTrip = (state: UrlState) => parseUrlState(formatUrlState(state, ''));
/** The query of `search` as sorted name=value pairs (decoded), to compare links by meaning. */
const pairs = (search: string) => [...new URLSearchParams(search)].map(([k, v]) => `${k}=${v}`).sort();

/** Points along a line over the back, as the brush writes them (millimetres). */
function stroke(samples: number, start: Vec3): Vec3[] {
  return Array.from({ length: samples }, (_, i) => [start[0] + 0.0183 * i, start[1] - 0.0071 * i, start[2] - 0.0009 * i] as Vec3);
}

describe('formatUrlState then parseUrlState', () => {
  it.each(VIEW_PRESETS)('gives the %s view back', (view) => {
    const { state, notices } = roundTrip({ view });
    // Front is the default: it is not written, and reading no view means the front view.
    expect(state).toEqual(view === 'front' ? {} : { view });
    expect(notices).toEqual([]);
  });

  it.each([
    ['upper-trapezius', 'left'],
    ['temporalis', 'left'],
    ['levator-scapulae', 'right'],
  ] as const)('gives muscle %s on the %s side back', (muscle, side) => {
    const { state, notices } = roundTrip({ muscle, side });
    // Right is the default side: it is not written, and reading no side means the right side.
    expect(state).toEqual(side === 'right' ? { muscle } : { muscle, side });
    expect(notices).toEqual([]);
  });

  it('gives a pain drawing of landmarks, coordinates and painted areas back, in order', () => {
    const pain = [
      'temple_r',
      'calf_l',
      'vertex',
      formatPainPoint([0.0712, 1.6234, 0.0201]),
      '-0.07,1.62,0.02',
      '0,0.9,-0.12',
      '1e-3,1.2,0.1',
      formatPainArea(stroke(5, [-0.1, 1.3, -0.11])),
      'area~0.05,1.1,0.12',
    ];
    const { state, notices } = roundTrip({ pain });
    expect(state).toEqual({ pain });
    expect(notices).toEqual([]);
  });

  it('gives everything at once back', () => {
    const full: UrlState = { view: 'back', muscle: 'quadratus-lumborum', side: 'left', pain: ['l3', '0.1,1,-0.12', 'area~0.1,1,-0.12~0.11,1.01,-0.12'] };
    expect(roundTrip(full)).toEqual({ state: full, notices: [] });
  });

  it('gives a drawing of the most points kept back whole', () => {
    const pain = Array.from({ length: MAX_PAIN_POINTS }, (_, i) => formatPainPoint([-0.2 + i * 0.017, 0.4 + i * 0.05, 0.09]));
    expect(roundTrip({ pain })).toEqual({ state: { pain }, notices: [] });
  });

  it('gives a drawing with the longest painted area back', () => {
    const pain = ['temple_r', formatPainArea(stroke(MAX_AREA_SAMPLES, [-0.201, 1.354, -0.113]))];
    expect(roundTrip({ pain })).toEqual({ state: { pain }, notices: [] });
  });

  // A drawing the app writes (up to MAX_PAIN_POINTS points, each area up to MAX_AREA_SAMPLES
  // centres) is far longer than other values: its link must still open again.
  it('gives back a drawing of three long brush strokes that the app writes', () => {
    const pain = [0, 1, 2].map((k) => formatPainArea(stroke(MAX_AREA_SAMPLES, [-0.201 + 0.05 * k, 1.354, -0.113])));
    const search = formatUrlState({ pain }, '');
    expect(search.length).toBeGreaterThan(2000);
    expect(roundTrip({ pain })).toEqual({ state: { pain }, notices: [] });
  });
});

describe('formatUrlState', () => {
  it('writes the contract names with ; , and ~ unescaped', () => {
    const search = formatUrlState(
      { view: 'left', muscle: 'temporalis', side: 'left', pain: ['temple_r', '-0.07,1.62,0.02', 'area~0.1,1,0~0.11,1,0'] },
      '',
    );
    expect(search).toBe('?muscle=temporalis&side=left&pain=temple_r;-0.07,1.62,0.02;area~0.1,1,0~0.11,1,0&view=left');
    expect(search).not.toMatch(/%3B|%2C|%7E/i);
  });

  it('does not write the default view nor the default side', () => {
    expect(formatUrlState({ view: 'front' }, '')).toBe('');
    expect(formatUrlState({ view: 'front', muscle: 'temporalis', side: 'right' }, '')).toBe('?muscle=temporalis');
    expect(formatUrlState({ muscle: 'temporalis' }, '')).toBe('?muscle=temporalis');
  });

  it('writes no side without a muscle, and no pain for an empty drawing', () => {
    expect(formatUrlState({ side: 'left' }, '')).toBe('');
    expect(formatUrlState({ pain: [] }, '')).toBe('');
    expect(formatUrlState({}, '')).toBe('');
  });

  it('keeps the parameters it does not own, where they were', () => {
    const search = formatUrlState({ muscle: 'temporalis', view: 'back' }, '?lang=de&muscle=upper-trapezius&debug=1');
    expect(search).toBe('?lang=de&muscle=temporalis&debug=1&view=back');
  });

  it('keeps foreign values by meaning, even with characters it unescapes', () => {
    const current = '?q=a%3Bb%2Cc%7Ed&next=%2Fpath%3Fx%3D1%26y%3D2&name=J%C3%BCrgen+M';
    const search = formatUrlState({ pain: ['temple_r'] }, current);
    expect(pairs(search)).toEqual(pairs(`${current}&pain=temple_r`));
  });

  it('removes the parameters it owns when the state drops them', () => {
    const current = '?muscle=temporalis&side=left&pain=temple_r;calf_l&view=back&keep=1';
    expect(formatUrlState({}, current)).toBe('?keep=1');
    expect(formatUrlState({ view: 'front', muscle: 'temporalis', side: 'right' }, current)).toBe('?muscle=temporalis&keep=1');
    expect(formatUrlState({}, '?muscle=temporalis&side=left')).toBe('');
  });

  it('reads the current address with or without its leading ?', () => {
    expect(formatUrlState({ view: 'back' }, 'keep=1')).toBe('?keep=1&view=back');
    expect(formatUrlState({ view: 'back' }, '?keep=1')).toBe('?keep=1&view=back');
  });

  it('writes what the address already says unchanged, so the app does not rewrite history for nothing', () => {
    const search = '?muscle=temporalis&side=left&pain=temple_r;0.1,1,0&view=back';
    const { state } = parseUrlState(search);
    expect(formatUrlState(state, search)).toBe(search);
  });
});

describe('parseUrlState', () => {
  it('reads nothing from an empty link', () => {
    for (const search of ['', '?', '?&&', '?&=&']) expect(parseUrlState(search)).toEqual({ state: {}, notices: [] });
  });

  it('reads a link without its leading ?', () => {
    expect(parseUrlState('muscle=temporalis&side=left')).toEqual({ state: { muscle: 'temporalis', side: 'left' }, notices: [] });
  });

  it('ignores parameters it does not own, without a notice', () => {
    expect(parseUrlState('?utm_source=mail&view=back&x=%ZZ')).toEqual({ state: { view: 'back' }, notices: [] });
  });

  it('reads percent-encoded separators as the contract text', () => {
    const { state } = parseUrlState('?pain=temple_r%3B0.1%2C1%2C0%3Barea%7E0.1%2C1%2C0');
    expect(state.pain).toEqual(['temple_r', '0.1,1,0', 'area~0.1,1,0']);
  });

  it('trims spaces around pain points and skips empty ones', () => {
    expect(parseUrlState('?pain=%20temple_r%20;;calf_l;').state.pain).toEqual(['temple_r', 'calf_l']);
    expect(parseUrlState('?pain=;;;')).toEqual({ state: {}, notices: [] });
  });
});

describe('parseUrlState with fuzzed links', () => {
  const fuzzed: (readonly [string, string])[] = [
    ...FUZZED_LINKS,
    ['control characters', '?muscle=%00%07temporalis%1B&view=back%00&side=left%0D%0A&pain=%00temple_r'],
    ['too many pain points', `?pain=${Array.from({ length: MAX_PAIN_POINTS + 6 }, () => 'calf_l').join(';')}`],
    ['unreadable points', '?pain=1,2;1,2,3,4;x,y,z;0x1,0,0;Infinity,0,0;area~;area~1,2;temple_x'],
    ['a lone surrogate and emoji', '?muscle=%ED%A0%80&view=%F0%9F%A6%B4&pain=%F0%9F%A6%B4'],
    ['names without values', '?muscle&view&side&pain'],
  ];

  it.each(fuzzed)('never throws and gives notices for a link with %s', (_, search) => {
    const result = parseUrlState(search);
    expect(result.notices.length).toBeGreaterThan(0);
    // Whatever it keeps is valid by the contract.
    const { state } = result;
    if (state.view !== undefined) expect(VIEW_PRESETS).toContain(state.view);
    if (state.side !== undefined) expect(['left', 'right']).toContain(state.side);
    if (state.pain !== undefined) {
      expect(state.pain.length).toBeGreaterThan(0);
      expect(state.pain.length).toBeLessThanOrEqual(MAX_PAIN_POINTS);
    }
    // Notices are one short, printable line each.
    for (const notice of result.notices) {
      expect([...notice].filter((c) => c.charCodeAt(0) < 32)).toEqual([]);
      expect(notice.length).toBeLessThan(160);
    }
  });

  it('drops unknown ids, naming each', () => {
    expect(parseUrlState('?muscle=no-such-muscle&side=middle&view=sideways')).toEqual({
      state: {},
      notices: [
        'Unknown view "sideways" was ignored; showing the front view.',
        'Unknown muscle "no-such-muscle" was ignored.',
        'Unknown side "middle" was ignored; showing the right side.',
      ],
    });
  });

  it('keeps the readable points of a drawing and counts the others', () => {
    const { state, notices } = parseUrlState('?pain=NaN,NaN,NaN;1e308,0,0;-0.07,1e9,0&view=front');
    // Finite numbers have the form of a point; being far from the body is the resolver's call.
    expect(state).toEqual({ view: 'front', pain: ['1e308,0,0', '-0.07,1e9,0'] });
    expect(notices).toEqual(['1 pain point(s) in the link could not be read and were left out (e.g. "NaN,NaN,NaN").']);
  });

  it('drops every unreadable point and keeps none of them', () => {
    const { state, notices } = parseUrlState('?pain=1,2;1,2,3,4;x,y,z;0x1,0,0;Infinity,0,0;area~;area~1,2;temple_x;temple_r');
    expect(state).toEqual({ pain: ['temple_r'] });
    expect(notices).toEqual(['8 pain point(s) in the link could not be read and were left out (e.g. "1,2").']);
  });

  it('drops a painted area with more centres than a stroke keeps', () => {
    const centres = stroke(MAX_AREA_SAMPLES + 1, [0, 1, 0.1]).map(formatPainPoint);
    const { state, notices } = parseUrlState(`?pain=calf_l;area~${centres.join('~')}`);
    expect(state).toEqual({ pain: ['calf_l'] });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^1 pain point\(s\) in the link could not be read/);
  });

  it('reads script payloads as text and drops them', () => {
    const { state, notices } = parseUrlState('?muscle=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&pain=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(state).toEqual({});
    expect(notices).toEqual([
      'Unknown muscle "<img src=x onerror=alert(1)>" was ignored.',
      '1 pain point(s) in the link could not be read and were left out (e.g. "<script>alert(1)</script>").',
    ]);
  });

  it('reads malformed escapes leniently as text, never throwing', () => {
    const { state, notices } = parseUrlState('?muscle=%E0%A4%A&pain=temple_r%ZZ&view=%');
    expect(state).toEqual({});
    expect(notices).toEqual([
      'Unknown view "%" was ignored; showing the front view.',
      'Unknown muscle "\uFFFD%A" was ignored.',
      '1 pain point(s) in the link could not be read and were left out (e.g. "temple_r%ZZ").',
    ]);
  });

  it('ignores a value over 2,000 characters and keeps the rest of the link', () => {
    expect(parseUrlState(`?muscle=${'a'.repeat(10_000)}&pain=temple_r`)).toEqual({
      state: { pain: ['temple_r'] },
      notices: ['The link\'s "muscle" value is too long and was ignored.'],
    });
    expect(parseUrlState(`?pain=${'temple_r;'.repeat(1112)}`)).toEqual({
      state: { pain: Array(MAX_PAIN_POINTS).fill('temple_r') },
      notices: [`Only the first ${MAX_PAIN_POINTS} pain points of the link are used.`],
    });
    expect(parseUrlState(`?pain=${'temple_r;'.repeat(3000)}`).notices).toEqual(['The link\'s "pain" value is too long and was ignored.']);
  });

  it('reads a value of exactly 2,000 characters, and shortens it in its notice', () => {
    const { state, notices } = parseUrlState(`?muscle=${'b'.repeat(2000)}`);
    expect(state).toEqual({});
    expect(notices).toEqual([`Unknown muscle "${'b'.repeat(40)}…" was ignored.`]);
    // Up to 40 characters are shown whole.
    expect(parseUrlState(`?muscle=${'c'.repeat(40)}`).notices).toEqual([`Unknown muscle "${'c'.repeat(40)}" was ignored.`]);
    expect(parseUrlState(`?muscle=${'c'.repeat(41)}`).notices).toEqual([`Unknown muscle "${'c'.repeat(40)}…" was ignored.`]);
    expect(parseUrlState(`?muscle=${'b'.repeat(2001)}`).notices).toEqual(['The link\'s "muscle" value is too long and was ignored.']);
  });

  it('keeps control characters out of the notices and the state', () => {
    const { state, notices } = parseUrlState('?muscle=%00%07temporalis%1B&view=back%00&side=left%0D%0A&pain=%00temple_r');
    expect(state).toEqual({});
    expect(notices).toEqual([
      'Unknown view "back" was ignored; showing the front view.',
      'Unknown muscle "temporalis" was ignored.',
      'Unknown side "left" was ignored; showing the right side.',
      '1 pain point(s) in the link could not be read and were left out (e.g. "temple_r").',
    ]);
  });

  it(`uses only the first ${MAX_PAIN_POINTS} pain points`, () => {
    const points = Array.from({ length: MAX_PAIN_POINTS + 6 }, (_, i) => formatPainPoint([0.01 * i, 1, 0.1]));
    const { state, notices } = parseUrlState(`?pain=${points.join(';')}`);
    expect(state).toEqual({ pain: points.slice(0, MAX_PAIN_POINTS) });
    expect(notices).toEqual([`Only the first ${MAX_PAIN_POINTS} pain points of the link are used.`]);
  });

  it('counts the cap after dropping unreadable points', () => {
    const good = Array.from({ length: MAX_PAIN_POINTS }, () => 'calf_l');
    const { state, notices } = parseUrlState(`?pain=nope;${good.join(';')}`);
    expect(state.pain).toEqual(good);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^1 pain point\(s\)/);
  });

  it('uses the first of repeated names, silently', () => {
    expect(parseUrlState('?view=back&view=sideways&muscle=temporalis&muscle=nope')).toEqual({
      state: { view: 'back', muscle: 'temporalis' },
      notices: [],
    });
  });

  it('reports names without values as unknown, except an empty drawing', () => {
    const { state, notices } = parseUrlState('?muscle&view&side&pain');
    expect(state).toEqual({});
    expect(notices).toEqual([
      'Unknown view "" was ignored; showing the front view.',
      'Unknown muscle "" was ignored.',
      'Unknown side "" was ignored; showing the right side.',
    ]);
  });

  it('is case-sensitive about ids, as the contract writes them', () => {
    const { state, notices } = parseUrlState('?view=Back&muscle=Temporalis&side=LEFT&pain=Temple_R');
    expect(state).toEqual({});
    expect(notices).toHaveLength(4);
  });

  it('never throws on random bytes', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['%', '%E0', '%A4', '%ZZ', '%00', '&', '=', ';', ',', '~', '?', '#', '+', ' ', 'muscle', 'pain', 'view', 'side', 'area~', 'temple_r', '1', '.', '-', 'e', '\u0000', '\uD800', '😀'];
    for (let n = 0; n < 500; n++) {
      const length = Math.floor(random() * 40);
      const search = '?' + Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(() => parseUrlState(search)).not.toThrow();
      const { state } = parseUrlState(search);
      expect(() => formatUrlState(state, search)).not.toThrow();
    }
  });
});
