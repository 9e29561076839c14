import { describe, expect, it } from 'vitest';
import type { MuscleId, Side } from '../atlas/types';
import { muscleLook, nearSideOf, type MuscleLook } from './muscleMaterials';

const state = { xray: true, selectedMuscle: 'temporalis' as MuscleId, selectedSide: 'right' as const, hoveredMuscle: null };

describe('x-ray keeps the far side out of the view', () => {
  const s = Math.SQRT1_2;
  it.each<[string, [number, number, number], Side | null, Side | null]>([
    // Looking towards +x from the -x side: the subject's right (their right is -x).
    ['from the right side', [1, 0, 0], null, 'right'],
    ['from the left side, a little from behind', [-1, 0, 0.2], null, 'left'],
    ['from behind', [0.2, 0, -1], null, null],
    ['from the front', [0, 0, 1], null, null],
    ['a three-quarter view (45 degrees)', [s, 0, s], null, null],
    ['the same view while already in the side view (it holds)', [s, 0, s], 'right', 'right'],
    ['from right above', [0.1, -1, 0], null, null],
    ['from nowhere', [0, 0, 0], null, null],
  ])('%s', (_name, [x, y, z], current, near) => {
    expect(nearSideOf(x, y, z, current)).toBe(near);
  });

  it.each<[string, string, Side, Side | null, boolean, MuscleLook]>([
    ['another muscle on the far side', 'masseter', 'left', 'right', true, 'hidden'],
    ['another muscle on the near side', 'masseter', 'right', 'right', true, 'dimmed'],
    ['the selected muscle seen from its far side', 'temporalis', 'right', 'left', true, 'selected'],
    ['the selected muscle\u2019s other side, on the far side', 'temporalis', 'left', 'right', true, 'hidden'],
    ['the selected muscle\u2019s other side from the front', 'temporalis', 'left', null, true, 'dimmed'],
    ['any muscle without x-ray', 'masseter', 'left', null, false, 'hidden'],
  ])('%s', (_name, id, side, near, xray, look) => {
    expect(muscleLook(id, side, { ...state, xray }, near)).toBe(look);
  });

  it('does not highlight a hovered muscle on the far side', () => {
    expect(muscleLook('masseter', 'left', { ...state, hoveredMuscle: 'masseter' as MuscleId }, 'right')).toBe('hidden');
    expect(muscleLook('masseter', 'right', { ...state, hoveredMuscle: 'masseter' as MuscleId }, 'right')).toBe('hovered');
  });
});
