/**
 * What a quiz question does to the 3D body through the store: it starts from an empty drawing with
 * no muscle selected (so no zone and no trigger point mark gives the answer away), hands the
 * body the right tool (the brush to paint a zone, taps to find a trigger point), shows the zone of
 * a "what refers here?" question as a painted area, and keeps the drawing to what the question
 * reads while it is open. Checking shows the true pattern by selecting the muscle and side.
 */
import { useEffect } from 'react';
import { NO_ANSWERS } from '../../atlas/askBack/answers';
import type { OpenAtlas } from '../../atlas/openAtlas';
import { formatDrawingPoint, type DrawingPoint } from '../../atlas/painPoints';
import { whichDrawing, zoneView, type QuizQuestion } from '../../atlas/quiz';
import type { MuscleId, Side } from '../../atlas/types';
import { atlasStore } from '../../state/store';

/**
 * Sets the body up for `question` (once per question) and guards it while it is open: its
 * drawing, and (until `checked`) no muscle selected, so a tap on a muscle in x-ray cannot show
 * the answer before it is given.
 */
export function useQuizBody(question: QuizQuestion, atlas: OpenAtlas, checked: boolean): void {
  useEffect(() => {
    const store = atlasStore.getState();
    // Drawing first, then the selection: closing a pattern over a drawing would frame the drawing.
    store.openDrawing(question.kind === 'which' ? [whichDrawing(atlas, question)] : []);
    store.setAnswers(NO_ANSWERS);
    store.selectMuscle(null);
    // X-ray turns taps on the body into choosing muscles; the questions need taps on the skin.
    store.setXray(false);
    store.setPainMode(question.kind === 'paint');
    store.setMarkTool(question.kind === 'paint' ? 'paint' : 'tap');
    if (question.kind !== 'which') return undefined;
    // The camera turns to the zone shown. A moment later than the store changes above: closing
    // the last answer's pattern over a drawing makes the scene frame the drawing itself, and this
    // view is the one to keep.
    const { position, target } = zoneView(atlas, question.brush);
    const timer = setTimeout(() => atlasStore.getState().focusCamera([...position], [...target]), 0);
    return () => clearTimeout(timer);
    // Not again when the atlas changes (another body): the drawing is then rebased, and guarded below.
  }, [question]);

  useEffect(() => {
    const guard = (points: readonly DrawingPoint[]) => {
      const store = atlasStore.getState();
      if (question.kind === 'which') {
        // The zone shown is the question: a stray tap must not change it.
        const shown = whichDrawing(atlas, question);
        if (points.length !== 1 || formatDrawingPoint(points[0]!) !== formatDrawingPoint(shown)) store.openDrawing([shown]);
      } else if (question.kind === 'find') {
        // One mark: a new tap moves it.
        const taps = points.filter((p) => p.kind !== 'area');
        if (taps.length !== points.length || taps.length > 1) store.openDrawing(taps.slice(-1));
      } else if (points.some((p) => p.kind !== 'area')) {
        // Painting counts only painted areas; a tap on the body marks nothing here.
        store.erasePainPoints(points.filter((p) => p.kind === 'area'));
      }
    };
    guard(atlasStore.getState().painPoints);
    return atlasStore.subscribe((next, prev) => {
      if (next.painPoints !== prev.painPoints) guard(next.painPoints);
    });
  }, [question, atlas]);

  useEffect(() => {
    if (checked) return undefined;
    const unselect = () => {
      if (atlasStore.getState().selectedMuscle !== null) atlasStore.getState().selectMuscle(null);
    };
    unselect();
    return atlasStore.subscribe((next, prev) => {
      if (next.selectedMuscle !== prev.selectedMuscle) unselect();
    });
  }, [question, checked]);
}

/** Shows a muscle's pattern (zones and trigger point marks) on one side over the drawing. */
export function revealPattern(muscle: MuscleId, side: Side): void {
  const store = atlasStore.getState();
  store.setPainMode(false);
  store.selectMuscle(muscle, side);
}

/** Leaves the body as the explorer would find it: no drawing, no selection, no tool. */
export function clearQuizBody(): void {
  const store = atlasStore.getState();
  store.openDrawing([]);
  store.setAnswers(NO_ANSWERS);
  store.selectMuscle(null);
  store.setPainMode(false);
  store.setMarkTool('tap');
}
