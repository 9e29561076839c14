import { describe, expect, it } from 'vitest';
import type { DrawingPoint } from '../atlas/painPoints';
import type { MuscleId } from '../atlas/types';
import { MAX_PAIN_POINTS } from './drawingSlice';
import { createAtlasStore } from './store';
import { MODEL_LOAD_FAILED, RENDER_FAILED, WEBGL_UNAVAILABLE } from './statusSlice';

const temple: DrawingPoint = { kind: 'landmark', id: 'temple_r' };
const calf: DrawingPoint = { kind: 'landmark', id: 'calf_l' };
const tap: DrawingPoint = { kind: 'point', position: [-0.1, 1.2, 0.1] };

describe('the drawing slice', () => {
  it('adds points in order and undoes them one at a time, back to an empty drawing', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().addPainPoint(temple);
    s().addPainPoint(tap);
    expect(s().painPoints).toEqual([temple, tap]);
    s().undoPain();
    expect(s().painPoints).toEqual([temple]);
    s().undoPain();
    expect(s().painPoints).toEqual([]);
    // Nothing left to undo: the state stays as it is.
    const before = s();
    s().undoPain();
    expect(s()).toBe(before);
  });

  it('undoes a clear and a replacement as one step each', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().setPainPoints([temple, calf]);
    s().clearPain();
    expect(s().painPoints).toEqual([]);
    s().undoPain();
    expect(s().painPoints).toEqual([temple, calf]);
    s().setPainPoints([tap]);
    s().undoPain();
    expect(s().painPoints).toEqual([temple, calf]);
  });

  it('does not record clearing an empty drawing', () => {
    const store = createAtlasStore();
    store.getState().clearPain();
    expect(store.getState().painHistory).toEqual([]);
  });

  it(`keeps at most ${MAX_PAIN_POINTS} points, whether added one by one or set at once`, () => {
    const store = createAtlasStore();
    for (let i = 0; i < MAX_PAIN_POINTS + 5; i++) store.getState().addPainPoint(tap);
    expect(store.getState().painPoints).toHaveLength(MAX_PAIN_POINTS);
    // The refused additions left no undo steps behind.
    expect(store.getState().painHistory).toHaveLength(MAX_PAIN_POINTS);
    store.getState().setPainPoints(Array(MAX_PAIN_POINTS * 2).fill(calf));
    expect(store.getState().painPoints).toHaveLength(MAX_PAIN_POINTS);
  });

  it('keeps each store to itself', () => {
    const a = createAtlasStore();
    const b = createAtlasStore();
    a.getState().addPainPoint(temple);
    expect(b.getState().painPoints).toEqual([]);
  });
});

describe('the selection slice', () => {
  it('selects a muscle on a side, keeps the side when none is given, and clears', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    expect([s().selectedMuscle, s().selectedSide]).toEqual([null, 'right']);
    s().selectMuscle('temporalis' as MuscleId, 'left');
    expect([s().selectedMuscle, s().selectedSide]).toEqual(['temporalis', 'left']);
    s().selectMuscle('masseter' as MuscleId);
    expect([s().selectedMuscle, s().selectedSide]).toEqual(['masseter', 'left']);
    s().setSide('right');
    s().selectMuscle(null);
    expect([s().selectedMuscle, s().selectedSide]).toEqual([null, 'right']);
  });
});

describe('the view slice', () => {
  it('counts each request, so asking for the same view again re-aims the camera', () => {
    const store = createAtlasStore();
    store.getState().setView('back');
    store.getState().setView('back');
    expect(store.getState()).toMatchObject({ view: 'back', viewRequest: 2, atPreset: true });
    store.getState().focusCamera([0, 1, 2], [0, 1, 0]);
    expect(store.getState()).toMatchObject({ focusRequest: 1, atPreset: false, focus: { instant: false } });
    store.getState().focusCamera([0, 1, 2], [0, 1, 0], true);
    expect(store.getState().focus?.instant).toBe(true);
  });
});

describe('the status slice', () => {
  it('goes from loading to ready, and a failure wins over readiness', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    expect(s().phase).toBe('loading');
    s().setProgress(2);
    expect(s().progress).toBe(1);
    s().fail(MODEL_LOAD_FAILED);
    s().markReady();
    expect(s().phase).toBe('error');
    s().retry();
    expect(s()).toMatchObject({ phase: 'loading', error: null, loadAttempt: 1, progress: 0 });
    s().markReady();
    expect(s().phase).toBe('ready');
  });

  it('keeps the no-WebGL error once given, whatever fails after it', () => {
    const store = createAtlasStore();
    store.getState().fail(WEBGL_UNAVAILABLE);
    store.getState().fail(RENDER_FAILED);
    expect(store.getState().error?.code).toBe('webgl-unavailable');
  });

  it('shows each notice once and dismisses by position', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().addNotice('a');
    s().addNotice('a');
    s().addNotice('b');
    expect(s().notices).toEqual(['a', 'b']);
    s().dismissNotice(0);
    expect(s().notices).toEqual(['b']);
  });
});

describe('the display slice', () => {
  it('turns x-ray on and off', () => {
    const store = createAtlasStore();
    store.getState().setXray(true);
    expect(store.getState().xray).toBe(true);
    store.getState().setXray(false);
    expect(store.getState().xray).toBe(false);
  });
});

describe('the view the camera looks from', () => {
  it('is the preset nearest the azimuth within 45 degrees, none farther', async () => {
    const { presetOfAzimuth } = await import('./viewSlice');
    const deg = (d: number) => (d * Math.PI) / 180;
    expect(presetOfAzimuth(0)).toBe('front');
    expect(presetOfAzimuth(deg(44))).toBe('front');
    expect(presetOfAzimuth(deg(90))).toBe('left');
    expect(presetOfAzimuth(deg(-90))).toBe('right');
    expect(presetOfAzimuth(deg(180))).toBe('back');
    expect(presetOfAzimuth(deg(-170))).toBe('back');
    expect(presetOfAzimuth(deg(45))).toBeNull();
    expect(presetOfAzimuth(deg(-135))).toBeNull();
  });
});
