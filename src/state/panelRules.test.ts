import { afterEach, describe, expect, it } from 'vitest';
import type { MuscleId } from '../atlas/types';
import { atlasStore } from './store';
import { startPanelRules } from './panelRules';

const masseter = 'masseter' as MuscleId;
const temporalis = 'temporalis' as MuscleId;
const s = () => atlasStore.getState();

describe('folding the side columns to give the body room', () => {
  let stop: () => void = () => {};
  afterEach(() => {
    stop();
    s().selectMuscle(null);
    s().foldSidebar(false);
    s().foldPanel(false);
  });

  it('folds the left column when a muscle opens on a crowded screen, and unfolds it when the muscle closes', () => {
    stop = startPanelRules(() => true);
    s().selectMuscle(masseter);
    expect(s().sidebarFolded).toBe(true);
    s().selectMuscle(temporalis);
    expect(s().sidebarFolded).toBe(true);
    s().selectMuscle(null);
    expect(s().sidebarFolded).toBe(false);
  });

  it('leaves both columns open where there is room', () => {
    stop = startPanelRules(() => false);
    s().selectMuscle(masseter);
    expect(s().sidebarFolded).toBe(false);
  });

  it("keeps the user's own choice: a column unfolded by hand stays open, one folded by hand stays folded", () => {
    stop = startPanelRules(() => true);
    s().selectMuscle(masseter);
    s().foldSidebar(false);
    s().selectMuscle(null);
    expect(s().sidebarFolded).toBe(false);
    s().foldSidebar(true);
    s().selectMuscle(masseter);
    s().selectMuscle(null);
    expect(s().sidebarFolded).toBe(true);
  });

  it('shows the panel of a newly chosen muscle even if the last one was folded', () => {
    stop = startPanelRules(() => false);
    s().selectMuscle(masseter);
    s().foldPanel(true);
    s().selectMuscle(temporalis);
    expect(s().panelFolded).toBe(false);
  });

  it('folds at the start when a link opens a muscle on a crowded screen', () => {
    s().selectMuscle(masseter);
    stop = startPanelRules(() => true);
    expect(s().sidebarFolded).toBe(true);
  });
});
