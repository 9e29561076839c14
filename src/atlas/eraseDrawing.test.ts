import { describe, expect, it } from 'vitest';
import { eraseDrawing } from './eraseDrawing';
import type { DrawingPoint } from './painPoints';
import type { Vec3 } from './types';

const landmarks: Record<string, Vec3> = { temple_r: [-0.07, 1.62, 0.02] };
const landmarkAt = (id: string): Vec3 | undefined => landmarks[id];
const tap = (position: Vec3): DrawingPoint => ({ kind: 'point', position });
const band: DrawingPoint = { kind: 'area', samples: [[0, 1, 0.1], [0.03, 1, 0.1], [0.06, 1, 0.1], [0.09, 1, 0.1]] };

describe('eraseDrawing', () => {
  it('wipes a tapped spot and a landmark under the eraser, keeping the rest in order', () => {
    const drawing = [tap([0.3, 1, 0]), { kind: 'landmark', id: 'temple_r' } as DrawingPoint, tap([0.31, 1, 0])];
    expect(eraseDrawing(drawing, [0.305, 1, 0], 0.02, landmarkAt)).toEqual([drawing[1]]);
    expect(eraseDrawing(drawing, [-0.07, 1.61, 0.02], 0.02, landmarkAt)).toEqual([drawing[0], drawing[2]]);
  });

  it('trims the stroke centres of a painted area it passes over', () => {
    const after = eraseDrawing([band], [0.09, 1, 0.1], 0.01, landmarkAt);
    expect(after).toEqual([{ kind: 'area', samples: [[0, 1, 0.1], [0.03, 1, 0.1], [0.06, 1, 0.1]] }]);
  });

  it('keeps the brush size of a trimmed area, and drops an area with nothing left', () => {
    const wide: DrawingPoint = { kind: 'area', samples: [[0, 1, 0.1], [0.2, 1, 0.1]], radius: 0.05 };
    expect(eraseDrawing([wide], [0.2, 1, 0.1], 0.01, landmarkAt)).toEqual([{ ...wide, samples: [[0, 1, 0.1]] }]);
    expect(eraseDrawing([{ kind: 'area', samples: [[0, 1, 0.1]] }], [0.01, 1, 0.1], 0.01, landmarkAt)).toEqual([]);
  });

  it('returns null when nothing lies under the eraser (no undo step for a miss)', () => {
    expect(eraseDrawing([tap([0.3, 1, 0]), band], [0.5, 0.5, 0], 0.03, landmarkAt)).toBeNull();
    expect(eraseDrawing([{ kind: 'landmark', id: 'neck_base_r' } as DrawingPoint], [0, 0, 0], 1, landmarkAt)).toBeNull();
  });
});
