/**
 * The question rows show the red flags their "yes" may be a sign of, before any answer (rendered
 * to static markup: the row's words and test ids, without a browser).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { askBackData } from '../atlas/askBackData';
import type { AskedQuestion } from '../atlas/askBack/nextQuestions';
import { LOOKUP_QUESTIONS } from '../atlas/data/lookupQuestions';
import { RED_FLAGS } from '../atlas/data/redFlags';
import type { MuscleId } from '../atlas/types';
import { atlasStore } from '../state/store';
import AskBack from './AskBack';

// A server render reads a zustand store's initial state; the rows need the loaded questions.
vi.mock('../hooks/useAtlasStore', async () => {
  const { atlasStore: store } = await import('../state/store');
  return { useAtlasStore: <T>(selector: (state: ReturnType<typeof store.getState>) => T) => selector(store.getState()) };
});

/** A question of the data as the lookup would ask it, favouring its first muscle on the right. */
function asked(id: string): AskedQuestion {
  const q = LOOKUP_QUESTIONS.find((question) => question.id === id)!;
  return { id: q.id, text: q.text, favours: [{ muscle: q.favours[0] as MuscleId, side: 'right' }] };
}

const render = (...ids: string[]) => renderToStaticMarkup(createElement(AskBack, { checks: [], questions: ids.map(asked) }));

/** The red-flag lines of a rendered question row, as [id, urgency] pairs. */
const flagLines = (html: string) =>
  [...html.matchAll(/data-testid="question-red-flag" data-red-flag="([^"]+)" data-urgency="([^"]+)"/g)].map((m) => [m[1], m[2]]);

beforeAll(() => {
  atlasStore.getState().setAskBack(askBackData([], LOOKUP_QUESTIONS));
});

describe('a question linked to red flags', () => {
  it('shows the bowel and cauda equina flags under the question about opening the bowels, before the answer buttons', () => {
    const html = render('pain-on-bowel-movement');
    expect(flagLines(html)).toEqual([
      ['bowel-change', 'soon'],
      ['cauda-equina', 'emergency'],
    ]);
    expect(html.indexOf('question-red-flag')).toBeGreaterThan(html.indexOf('question-text'));
    expect(html.indexOf('question-red-flag')).toBeLessThan(html.indexOf('data-answer="yes"'));
  });

  it('writes the urgency word in bold and the flag text as the pain panel does', () => {
    const html = render('eye-waters-nose-runs');
    const glaucoma = RED_FLAGS.find((f) => f.id === 'acute-glaucoma')!;
    expect(html).toContain('<strong class="urgency urgency-emergency">Emergency:</strong>');
    expect(html).toContain(glaucoma.text.replace(/"/g, '&quot;').slice(0, 60));
  });

  it('keeps the row test ids and answer buttons', () => {
    const html = render('lump-in-throat');
    expect(html).toContain('data-testid="question" data-question="lump-in-throat"');
    expect(html).toContain('data-answer="yes"');
    expect(html).toContain('data-answer="no"');
    expect(flagLines(html)).toEqual([['throat-three-weeks', 'soon']]);
  });

  it('shows no red-flag line under a question without links', () => {
    expect(flagLines(render('night-calf-cramps'))).toEqual([]);
  });
});
