import { describe, expect, it } from 'vitest';
import type { MuscleId } from '../atlas/types';
import { muscleLook, nearSideOf } from './muscleMaterials';

const state = { xray: true, selectedMuscle: 'temporalis' as MuscleId, selectedSide: 'right' as const, hoveredMuscle: null };

describe('x-ray keeps the far side out of the view', () => {
  it('names the side a side view looks at, and none from the front or the back', () => {
    // Looking towards +x from the -x side: the subject's right (their right is -x).
    expect(nearSideOf(1, 0)).toBe('right');
    expect(nearSideOf(-1, 0.2)).toBe('left');
    expect(nearSideOf(0.2, -1)).toBeNull();
    expect(nearSideOf(0, 1)).toBeNull();
    expect(nearSideOf(0, 0)).toBeNull();
  });

  it('hides the far side in a side view but never the selected muscle', () => {
    expect(muscleLook('masseter', 'left', state, 'right')).toBe('hidden');
    expect(muscleLook('masseter', 'right', state, 'right')).toBe('dimmed');
    expect(muscleLook('temporalis', 'right', state, 'left')).toBe('selected');
    expect(muscleLook('temporalis', 'left', state, 'right')).toBe('hidden');
    expect(muscleLook('temporalis', 'left', state, null)).toBe('dimmed');
    expect(muscleLook('masseter', 'left', { ...state, xray: false }, null)).toBe('hidden');
  });
});
