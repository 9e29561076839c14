import { beforeAll, describe, expect, it } from 'vitest';
import { loadOpenAtlas } from './bakeZoneBytes';
import type { OpenAtlas } from '../atlas/openAtlas';
import { referralTargets } from '../atlas/referralTargets';

let atlas: OpenAtlas;
beforeAll(async () => {
  atlas = await loadOpenAtlas();
});

describe('referral paths', () => {
  it('run from temporalis trigger point 1 down to the upper teeth, not to the lower ones', () => {
    const targets = referralTargets(atlas, 'temporalis', 'right').filter((t) => t.triggerPoint === 'trp1' && t.kind === 'essential');
    const heights = targets.map((t) => t.to.position[1]);
    expect(Math.min(...heights)).toBeLessThan(1.58);
    // The lower molars sit at about 1.54 m on this body: no path goes that low.
    expect(Math.min(...heights)).toBeGreaterThan(1.545);
  });

  it('mirror onto the left side', () => {
    const right = referralTargets(atlas, 'levator-scapulae', 'right');
    const left = referralTargets(atlas, 'levator-scapulae', 'left');
    expect(left.map((t) => t.to.vertex)).toEqual(right.map((t) => atlas.mesh.mirror[t.to.vertex]));
  });

  it('give every required muscle at least one path', () => {
    for (const id of ['upper-trapezius', 'levator-scapulae', 'temporalis', 'quadratus-lumborum']) {
      expect(referralTargets(atlas, id, 'right').length, id).toBeGreaterThan(0);
    }
  });
});
