/**
 * The lookup's questions arrive as a chunk of their own the first time a drawing exists (the
 * explorer's first view does not need them); with them, the lookup starts asking back. Answers
 * to questions the data does not know (an old or edited link) are dropped with a notice.
 */
import { MUSCLES } from './muscleCatalogue';
import { atlasStore } from './store';

let loading: Promise<void> | null = null;

/** Loads the questions once and hands the ask-back data to the store. */
export function loadAskBack(): Promise<void> {
  loading ??= Promise.all([import('../atlas/data/lookupQuestions'), import('../atlas/askBackData')]).then(
    ([{ LOOKUP_QUESTIONS }, { askBackData }]) => {
      const store = atlasStore.getState();
      const known = new Set(LOOKUP_QUESTIONS.map((q) => q.id));
      const unknown = store.answers.questions.filter((a) => !known.has(a.question));
      if (unknown.length > 0) {
        store.setAnswers({ ...store.answers, questions: store.answers.questions.filter((a) => known.has(a.question)) });
        store.addNotice(`${unknown.length} answer(s) to unknown questions in the link were left out.`);
      }
      store.setAskBack(askBackData(MUSCLES, LOOKUP_QUESTIONS));
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
