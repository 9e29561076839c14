import { beforeAll, describe, expect, it } from 'vitest';
import { atlasMuscles } from '../atlas/muscles';
import type { MuscleData, Region } from '../atlas/muscleSchema';
import { groupByRegion, loadFuzzySearch, REGION_LABELS, searchMuscles } from './muscleSearch';

const muscles = atlasMuscles();

beforeAll(() => loadFuzzySearch());
const ids = (list: readonly MuscleData[]) => list.map((m) => m.id);

/** A minimal muscle for grouping tests: only the fields the finder reads matter. */
function stub(id: string, region: Region): MuscleData {
  const base = muscles[0]!;
  return { ...base, id, name: id, synonyms: [], region };
}

describe('searchMuscles', () => {
  it('finds upper trapezius when the user types "trapz"', () => {
    expect(ids(searchMuscles('trapz', muscles)).slice(0, 3)).toContain('upper-trapezius');
  });

  it('finds levator scapulae by a synonym', () => {
    expect(ids(searchMuscles('levator scapula', muscles))[0]).toBe('levator-scapulae');
    expect(ids(searchMuscles('scalenus anterior', muscles))[0]).toBe('scalenes');
    expect(ids(searchMuscles('upper traps', muscles))[0]).toBe('upper-trapezius');
  });

  it('finds muscles of a region by the region\'s name', () => {
    const found = ids(searchMuscles('upper back', muscles));
    const upperBack = ids(muscles.filter((m) => m.region === 'upper-back'));
    expect(upperBack.length).toBeGreaterThan(0);
    expect(found.slice(0, upperBack.length).sort()).toEqual([...upperBack].sort());
    expect(ids(searchMuscles('Head', muscles))).toEqual(expect.arrayContaining(['temporalis', 'masseter']));
  });

  it('returns every muscle in its order for an empty or blank query', () => {
    expect(ids(searchMuscles('', muscles))).toEqual(ids(muscles));
    expect(ids(searchMuscles('   ', muscles))).toEqual(ids(muscles));
  });

  it('returns nothing for a query that matches no muscle', () => {
    expect(searchMuscles('xylophone', muscles)).toEqual([]);
  });

  it('leaves out weak look-alikes when the query matches a muscle well', () => {
    expect(ids(searchMuscles('pter', muscles)).sort()).toEqual(['lateral-pterygoid', 'medial-pterygoid']);
    // The calf's muscles (a deep one named for the calf in its trigger point's label too), none elsewhere.
    const calf = searchMuscles('calf', muscles);
    expect(ids(calf).slice(0, 2).sort()).toEqual(['gastrocnemius', 'soleus']);
    expect(calf.every((m) => m.region === 'leg')).toBe(true);
  });

  it('ranks the muscle named by the query above muscles that only share a region', () => {
    expect(ids(searchMuscles('temporalis', muscles))[0]).toBe('temporalis');
    expect(ids(searchMuscles('quadratus', muscles))[0]).toBe('quadratus-lumborum');
  });
});

describe('groupByRegion', () => {
  it('groups muscles in head-to-foot order', () => {
    const groups = groupByRegion([stub('a', 'leg'), stub('b', 'head'), stub('c', 'upper-back'), stub('d', 'head')]);
    expect(groups.map((g) => g.region)).toEqual(['head', 'upper-back', 'leg']);
    expect(groups.map((g) => g.label)).toEqual(['Head and face', 'Upper back', 'Lower leg']);
    expect(groups[0]!.muscles.map((m) => m.id)).toEqual(['b', 'd']);
  });

  it('keeps every atlas muscle exactly once and leaves out empty regions', () => {
    const groups = groupByRegion(muscles);
    expect(groups.flatMap((g) => ids(g.muscles)).sort()).toEqual(ids(muscles).sort());
    expect(groups.every((g) => g.muscles.length > 0)).toBe(true);
  });

  it('has a readable label for every region', () => {
    for (const label of Object.values(REGION_LABELS)) expect(label).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
  });
});
