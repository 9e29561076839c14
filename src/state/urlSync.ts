/**
 * Keeps the store and the URL in step: read once at start, written back as the user works. The
 * drawing's points become text here and only here (with `urlState`, the link's grammar).
 */
import { formatDrawingPoint, parseDrawingPoints } from '../atlas/painPoints';
import { findMuscleEntry } from './muscleCatalogue';
import { atlasStore, type AtlasState } from './store';
import { formatUrlState, parseUrlState, type UrlState } from './urlState';
import { initialBodyChoice, rememberedBody } from './bodyChoice';
import { isSkinToneId } from '../atlas/skinTones';

const urlStateOf = (s: AtlasState): UrlState => ({
  // The view the camera looks from now (the nearest preset), else the last one asked for.
  view: s.facing ?? s.view,
  ...(s.selectedMuscle ? { muscle: s.selectedMuscle, side: s.selectedSide } : {}),
  pain: s.painPoints.map(formatDrawingPoint),
  found: [...s.answers.found],
  answer: [...s.answers.questions],
  body: s.bodyChoice.body,
  build: s.bodyChoice.build,
  mode: s.mode,
  handout: s.handout,
  pose: s.pose,
});

/**
 * Applies the URL's state to the store and mirrors later changes into the address bar; returns
 * the function that stops mirroring.
 */
export function startUrlSync(): () => void {
  const { state, notices } = parseUrlState(window.location.search);
  const store = atlasStore.getState();
  if (state.view) store.setView(state.view);
  // The link's body, else the one remembered on this device (the entry script prefetched it).
  store.setBodyChoice(initialBodyChoice(window.location.search));
  const tone = rememberedBody()?.tone;
  if (tone && isSkinToneId(tone)) store.setSkinTone(tone);
  if (state.pain) {
    const { points, errors } = parseDrawingPoints(state.pain);
    errors.forEach((error) => notices.push(`A pain point of the link was left out: ${error}.`));
    if (points.length > 0) store.openDrawing(points);
  }
  if (state.found || state.answer) store.setAnswers({ found: state.found ?? [], questions: state.answer ?? [] });
  const muscle = state.muscle === undefined ? undefined : findMuscleEntry(state.muscle);
  if (muscle) store.selectMuscle(muscle.id, state.side ?? 'right');
  if (state.handout) store.setHandout(true);
  else if (state.mode) store.setMode(state.mode);
  if (state.pose && muscle) store.setPose(state.pose);
  notices.forEach((n) => store.addNotice(n));
  const write = (next: AtlasState) => {
    const search = formatUrlState(urlStateOf(next), window.location.search);
    if (search !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  };
  write(atlasStore.getState());
  return atlasStore.subscribe((next, prev) => {
    if (next.view !== prev.view || next.facing !== prev.facing || next.selectedMuscle !== prev.selectedMuscle || next.selectedSide !== prev.selectedSide || next.painPoints !== prev.painPoints || next.answers !== prev.answers || next.bodyChoice !== prev.bodyChoice || next.mode !== prev.mode || next.handout !== prev.handout || next.pose !== prev.pose) write(next);
  });
}
