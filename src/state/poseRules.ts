/**
 * Keeps the asked pose sensible: a pose needs a muscle that has it (else a notice and the rest
 * pose, as the contract says), and choosing another muscle starts again from rest.
 */
import { atlasStore, type AtlasState } from './store';
import { findMuscleEntry } from './muscleCatalogue';
import { hasPose, missingPoseReason } from '../atlas/pose/poseAvailability';

/** Checks the current state now and after every change; returns the unsubscribe. */
export function startPoseRules(): () => void {
  const check = (s: AtlasState, prev?: AtlasState) => {
    if (prev && s.selectedMuscle !== prev.selectedMuscle && prev.selectedMuscle !== null && s.pose !== 'rest') {
      s.setPose('rest');
      return;
    }
    if (s.pose === 'rest') return;
    if (!s.selectedMuscle) {
      s.addNotice(`A ${s.pose} pose needs a muscle, so the rest pose is shown.`);
      s.setPose('rest');
      return;
    }
    if (!hasPose(s.selectedMuscle, s.pose)) {
      const name = findMuscleEntry(s.selectedMuscle)?.name ?? s.selectedMuscle;
      s.addNotice(`${name} has no ${s.pose === 'stretch' ? 'stretch' : 'pressure-release position'} to show (${missingPoseReason(s.selectedMuscle, s.pose)}), so the rest pose is shown.`);
      s.setPose('rest');
    }
  };
  check(atlasStore.getState());
  return atlasStore.subscribe((s, prev) => {
    if (s.pose !== prev.pose || s.selectedMuscle !== prev.selectedMuscle) check(s, prev);
  });
}
