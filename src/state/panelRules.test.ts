import { afterEach, describe, expect, it } from 'vitest';
import type { MuscleId } from '../atlas/types';
import type { DrawingPoint } from '../atlas/painPoints';
import { atlasStore } from './store';
import { makeRoomForMuscle, startPanelRules } from './panelRules';

const masseter = 'masseter' as MuscleId;
const temporalis = 'temporalis' as MuscleId;
const temple: DrawingPoint = { kind: 'landmark', id: 'temple_r' };
const jaw: DrawingPoint = { kind: 'landmark', id: 'gonion_r' };
const s = () => atlasStore.getState();

/** A muscle opened from none, as the panel reports it once it has opened. */
function open(id: MuscleId, crowded: boolean): void {
  s().selectMuscle(id);
  makeRoomForMuscle(crowded);
}

describe('folding the side columns to give the body room', () => {
  let stop: () => void = () => {};
  afterEach(() => {
    stop();
    s().selectMuscle(null);
    s().foldSidebar(false);
    s().foldPanel(false);
    s().clearPain();
    s().hoverMuscle(null);
    s().setMode('explore');
  });

  it('folds the left column when a muscle opens on a crowded screen, and unfolds it when the muscle closes', () => {
    stop = startPanelRules();
    open(masseter, true);
    expect(s().sidebarFolded).toBe(true);
    s().selectMuscle(temporalis);
    expect(s().sidebarFolded).toBe(true);
    s().selectMuscle(null);
    expect(s().sidebarFolded).toBe(false);
  });

  it('leaves both columns open where there is room', () => {
    stop = startPanelRules();
    open(masseter, false);
    expect(s().sidebarFolded).toBe(false);
    expect(s().panelFolded).toBe(false);
  });

  it("keeps the user's own choice: a column unfolded by hand stays open, one folded by hand stays folded", () => {
    stop = startPanelRules();
    open(masseter, true);
    s().foldSidebar(false);
    s().selectMuscle(null);
    expect(s().sidebarFolded).toBe(false);
    s().foldSidebar(true);
    open(masseter, true);
    s().selectMuscle(null);
    expect(s().sidebarFolded).toBe(true);
  });

  it('shows the panel of a newly chosen muscle even if the last one was folded', () => {
    stop = startPanelRules();
    open(masseter, false);
    s().foldPanel(true);
    s().selectMuscle(temporalis);
    expect(s().panelFolded).toBe(false);
  });

  it('never folds the column holding a pain drawing, and a new spot unfolds it (its red flags stay in view)', () => {
    stop = startPanelRules();
    s().addPainPoint(temple);
    open(masseter, true);
    expect(s().sidebarFolded).toBe(false);
    s().foldSidebar(true);
    s().addPainPoint(jaw);
    expect(s().sidebarFolded).toBe(false);
  });

  it('leaves the quiz alone', () => {
    s().setMode('quiz');
    stop = startPanelRules();
    open(masseter, true);
    expect(s().sidebarFolded).toBe(false);
  });

  it("ends a list's pointing when its column folds or a muscle is chosen, not a hover on the body", () => {
    stop = startPanelRules();
    s().hoverMuscle(temporalis);
    s().foldSidebar(true);
    expect(s().hoveredMuscle).toBeNull();
    s().foldSidebar(false);
    s().hoverMuscle(temporalis);
    s().selectMuscle(masseter);
    expect(s().hoveredMuscle).toBeNull();
    s().hoverMuscle(temporalis, 'left', [0.1, 1.6, 0]);
    s().selectMuscle(temporalis);
    expect(s().hoveredMuscle).toBe(temporalis);
  });
});
