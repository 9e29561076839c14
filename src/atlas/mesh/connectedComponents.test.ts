import { describe, expect, it } from 'vitest';
import { connectedComponents } from './connectedComponents';
import { gridPlane, joinMeshes, tube } from './testMeshes';

describe('connectedComponents', () => {
  it('finds one component in a plane and two in patches that share no vertex', () => {
    expect(connectedComponents(gridPlane({ columns: 4, rows: 4 })).count).toBe(1);
    const two = connectedComponents(joinMeshes(gridPlane({ columns: 2, rows: 2 }), tube({ around: 4, rings: 2 })));
    expect(two.count).toBe(2);
    expect(two.sizes).toEqual([9, 8]);
    expect(Array.from(two.component)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
  });
});
