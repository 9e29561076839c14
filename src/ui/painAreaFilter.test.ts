import { describe, expect, it } from 'vitest';
import { filterAreaGroups, PAIN_AREA_GROUPS } from './painAreas';

const names = (text: string) => filterAreaGroups(text).flatMap((g) => g.areas.map((a) => a.label.toLowerCase()));

describe('the pain-area filter', () => {
  it('keeps every area with no words typed', () => {
    expect(filterAreaGroups('  ')).toBe(PAIN_AREA_GROUPS);
  });

  it('keeps the areas whose name or region holds every word, case aside', () => {
    const knee = names('KNEE');
    expect(knee.length).toBeGreaterThan(0);
    expect(knee.length).toBeLessThan(15);
    const all = PAIN_AREA_GROUPS.flatMap((g) => g.areas).length;
    expect(names('back').length).toBeLessThan(all);
    expect(filterAreaGroups('zzz-no-such-area')).toEqual([]);
  });
});
