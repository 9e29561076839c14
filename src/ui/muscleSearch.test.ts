import { beforeAll, describe, expect, it } from 'vitest';
import { atlasMuscles } from '../atlas/muscles';
import type { MuscleData, Region } from '../atlas/muscleSchema';
import { findMuscles, groupByRegion, loadFuzzySearch, REGION_LABELS, searchMuscles } from './muscleSearch';

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

  it('matches a short query only at the start of a word, a longer fragment anywhere', () => {
    // "ear" is in "forearm" and "rear": those muscles are not what a patient typing it means.
    const ear = findMuscles('ear', muscles);
    expect(ear.length).toBeGreaterThan(0);
    expect(ear.every((match) => match.symptom === 'ear pain')).toBe(true);
    expect(ear.some((match) => match.muscle.region === 'forearm')).toBe(false);
    expect(ids(searchMuscles('rm', muscles))).not.toContain('piriformis');
    expect(ids(searchMuscles('ceps', muscles))).toEqual(expect.arrayContaining(['biceps-brachii', 'triceps-brachii']));
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

describe('searchMuscles with symptom words', () => {
  const first = (query: string, n: number) => ids(searchMuscles(query, muscles)).slice(0, n);

  it('headache lists temporalis, upper trapezius and the sternocleidomastoid among the first, and not levator scapulae', () => {
    expect(first('headache', 3).sort()).toEqual(['sternocleidomastoid', 'temporalis', 'upper-trapezius']);
    expect(ids(searchMuscles('headache', muscles))).not.toContain('levator-scapulae');
  });

  it('tennis elbow lists the radial wrist extensors, the supinator and brachioradialis', () => {
    expect(first('tennis elbow', 4).sort()).toEqual(['brachioradialis', 'extensor-carpi-radialis-brevis', 'extensor-carpi-radialis-longus', 'supinator']);
  });

  it('heel pain lists soleus and quadratus plantae first, also when typed as "pain in my heel" or just "heel"', () => {
    expect(first('heel pain', 2)).toEqual(['soleus', 'quadratus-plantae']);
    expect(first('pain in my heel', 2)).toEqual(['soleus', 'quadratus-plantae']);
    expect(first('heel', 2)).toEqual(['soleus', 'quadratus-plantae']);
  });

  it('sciatica lists the gluteus minimus and piriformis first', () => {
    expect(first('sciatica', 2)).toEqual(['gluteus-minimus', 'piriformis']);
  });

  it('jaw finds the masseter, temporalis and both pterygoids', () => {
    expect(first('jaw', 4).sort()).toEqual(['lateral-pterygoid', 'masseter', 'medial-pterygoid', 'temporalis']);
    expect(first('jaw pain', 4).sort()).toEqual(['lateral-pterygoid', 'masseter', 'medial-pterygoid', 'temporalis']);
  });

  it('toothache, stiff neck, low back pain and shin splints lead with their typical muscle', () => {
    expect(first('toothache', 2)).toEqual(['temporalis', 'masseter']);
    expect(first('stiff neck', 1)).toEqual(['levator-scapulae']);
    expect(first('low back pain', 1)).toEqual(['quadratus-lumborum']);
    expect(first('shin splints', 1)).toEqual(['tibialis-anterior']);
  });

  it('matches a symptom with a typo or without its apostrophe', () => {
    expect(first('tenis elbo', 1)).toEqual(['supinator']);
    expect(first('golfers elbow', 1)).toEqual(['triceps-brachii']);
    expect(first('runners knee', 1)).toEqual(['vastus-medialis']);
  });

  it('upper trap lists upper trapezius and not the masseter or quadratus lumborum', () => {
    const found = ids(searchMuscles('upper trap', muscles));
    expect(found[0]).toBe('upper-trapezius');
    expect(found).not.toContain('masseter');
    expect(found).not.toContain('quadratus-lumborum');
  });

  it('ranks an exact name above every symptom match, and a body part alone does not pull in its symptoms', () => {
    expect(first('soleus', 1)).toEqual(['soleus']);
    // "neck" is the neck's muscles (the neck-pain list is all neck muscles), "elbow" stays as before.
    expect(searchMuscles('neck', muscles).every((m) => m.region === 'neck')).toBe(true);
    expect(ids(searchMuscles('elbow', muscles))).not.toContain('supinator');
  });

  it('says which symptom found a muscle, and nothing for a match by name', () => {
    const matches = findMuscles('tennis elbow', muscles);
    expect(matches[0]).toEqual({ muscle: expect.objectContaining({ id: 'supinator' }), symptom: 'tennis elbow' });
    expect(findMuscles('lateral epicondylitis', muscles)[0]!.symptom).toBe('lateral epicondylitis');
    expect(findMuscles('supinator', muscles)[0]).toEqual({ muscle: expect.objectContaining({ id: 'supinator' }) });
  });

  it('reads the symptom list it is given', () => {
    const symptoms = [{ terms: ['writer\'s cramp'], muscles: ['adductor-pollicis', 'opponens-pollicis'], sources: ['ts-1999'], basis: 'test' }];
    expect(ids(searchMuscles('writers cramp', muscles, { symptoms }))).toEqual(['adductor-pollicis', 'opponens-pollicis']);
    expect(searchMuscles('headache', muscles, { symptoms: [] })).toEqual([]);
  });
});
