import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MuscleId } from '../atlas/types';
import { atlasStore } from '../state/store';
import { START_POSTER_MARK, startPosterRule } from './startPosterRule';

const s = () => atlasStore.getState();

/** The page's root element, as far as the rule uses it. */
function markedRoot() {
  const attributes = new Set([START_POSTER_MARK]);
  return {
    hasAttribute: (name: string) => attributes.has(name),
    removeAttribute: (name: string) => void attributes.delete(name),
    get marked() {
      return attributes.has(START_POSTER_MARK);
    },
  };
}

describe('when the start poster gives way', () => {
  let stop: () => void = () => {};
  const initial = atlasStore.getState();
  beforeEach(() => atlasStore.setState(initial, true));
  afterEach(() => {
    stop();
    atlasStore.setState(initial, true);
  });

  it('stays while the page still opens on its picture, whatever else happens', () => {
    const root = markedRoot();
    stop = startPosterRule(root as unknown as Element);
    s().setProgress(0.5);
    s().hoverMuscle('masseter' as MuscleId);
    s().hoverMuscle(null);
    expect(root.marked).toBe(true);
  });

  it('goes once the body is drawn, and a retry after an error does not bring it back', () => {
    const root = markedRoot();
    stop = startPosterRule(root as unknown as Element);
    s().markReady();
    expect(root.marked).toBe(false);
    s().retry();
    expect(root.marked).toBe(false);
  });

  it('goes when loading fails', () => {
    const root = markedRoot();
    stop = startPosterRule(root as unknown as Element);
    s().fail({ code: 'model-load-failed', message: 'no body' });
    expect(root.marked).toBe(false);
  });

  const changes: [string, () => void][] = [
    ['another view', () => s().setView('back')],
    ['another body', () => s().setBodyChoice({ body: 'female', build: 'average' })],
    ['another build', () => s().setBodyChoice({ body: 'male', build: 'slim' })],
    ['another skin tone', () => s().setSkinTone('deep')],
    ['a muscle', () => s().selectMuscle('temporalis' as MuscleId)],
    ['marking pain', () => s().setPainMode(true)],
    ['a pain spot', () => s().addPainPoint({ kind: 'landmark', id: 'temple_r' })],
    ['x-ray', () => s().setXray(true)],
    ['a quiz', () => s().setMode('quiz')],
  ];
  it.each(changes)('goes at once when the user asks for %s while the body loads', (_, change) => {
    const root = markedRoot();
    stop = startPosterRule(root as unknown as Element);
    change();
    expect(root.marked).toBe(false);
  });

  it('does nothing on a page the head script did not mark', () => {
    const root = markedRoot();
    root.removeAttribute(START_POSTER_MARK);
    stop = startPosterRule(root as unknown as Element);
    s().setView('back');
    expect(root.marked).toBe(false);
  });
});
