import { describe, expect, it } from 'vitest';
import { RED_FLAGS, redFlagsFor, redFlagsWithIds, URGENCIES, URGENCY_WORDS } from './redFlags';
import { SOURCES } from './sources';

const flag = (id: string) => RED_FLAGS.find((f) => f.id === id);

describe('the red flags the clinical reviewer asked for (sixth review)', () => {
  it('warns of acute glaucoma as an emergency for any head pain', () => {
    expect(flag('acute-glaucoma')?.urgency).toBe('emergency');
    expect(redFlagsFor(['head']).map((f) => f.id)).toContain('acute-glaucoma');
    expect(redFlagsFor(['neck', 'upper-limb']).map((f) => f.id)).not.toContain('acute-glaucoma');
  });

  it('warns of a throat symptom lasting more than about three weeks for the neck and the jaw, to be seen soon', () => {
    expect(flag('throat-three-weeks')?.urgency).toBe('soon');
    expect(redFlagsFor(['neck']).map((f) => f.id)).toContain('throat-three-weeks');
    expect(redFlagsFor(['head', 'jaw']).map((f) => f.id)).toContain('throat-three-weeks');
    expect(redFlagsFor(['head']).map((f) => f.id)).not.toContain('throat-three-weeks');
  });

  it('warns of a change in bowel habit, blood in the stool or weight loss for the belly, to be seen soon', () => {
    expect(flag('bowel-change')?.urgency).toBe('soon');
    expect(redFlagsFor(['abdomen']).map((f) => f.id)).toContain('bowel-change');
    expect(redFlagsFor(['lower-limb']).map((f) => f.id)).not.toContain('bowel-change');
  });

  it('names the signs in the patient\'s words and cites the guidelines behind them', () => {
    expect(flag('acute-glaucoma')?.text).toMatch(/red eye.*blurred sight.*halos.*headache.*vomiting/);
    expect(flag('throat-three-weeks')?.text).toMatch(/sore throat.*hoarse.*lump in the throat.*three weeks/);
    expect(flag('bowel-change')?.text).toMatch(/bowel habit.*blood in your stool.*weight loss/);
    const ids = new Set(SOURCES.map((s) => s.id));
    expect(flag('acute-glaucoma')?.sources).toContain('aao-2020-angle-closure');
    for (const id of ['throat-three-weeks', 'bowel-change']) expect(flag(id)?.sources, id).toContain('nice-ng12-cancer');
    for (const id of ['acute-glaucoma', 'throat-three-weeks', 'bowel-change']) {
      expect(flag(id)?.sources.filter((s) => !ids.has(s)), id).toEqual([]);
    }
  });
});

describe('red flags by id (a question\'s links)', () => {
  it('gives the flags in the order asked, skipping an id the table lacks', () => {
    expect(redFlagsWithIds(['cauda-equina', 'no-such-flag', 'bowel-change']).map((f) => f.id)).toEqual(['cauda-equina', 'bowel-change']);
    expect(redFlagsWithIds([])).toEqual([]);
  });

  it('has a word for every urgency', () => {
    for (const urgency of URGENCIES) expect(URGENCY_WORDS[urgency].length, urgency).toBeGreaterThan(0);
  });
});
