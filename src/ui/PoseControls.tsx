/**
 * Shows the muscle's self-care on the body: rest, its stretch, its pressure-release position; play,
 * pause and step through the move; and the words the pose pictures. `data-testid="pose"` carries
 * the reached pose (contract).
 */
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { poseSpecFor } from '../atlas/pose/musclePose';
import type { PoseId } from '../atlas/pose/poseIds';
import type { MuscleData } from '../atlas/muscleSchema';

const LABELS: Record<PoseId, string> = { rest: 'Rest', stretch: 'Stretch', release: 'Release' };

/** The pose buttons and the move controls for `muscle`. */
export function PoseControls({ muscle }: { muscle: MuscleData }) {
  const pose = useAtlasStore((s) => s.pose);
  const reached = useAtlasStore((s) => s.poseReached);
  const playing = useAtlasStore((s) => s.posePlaying);
  const progress = useAtlasStore((s) => s.poseProgress);
  const side = useAtlasStore((s) => s.selectedSide);
  const available = (['rest', 'stretch', 'release'] as const).filter((p) => p === 'rest' || poseSpecFor(muscle.id, p));
  if (available.length === 1) {
    return (
      <div className="pose-controls" data-testid="pose" data-pose={reached ?? undefined}>
        <p className="pose-caption">The atlas shows no stretch or release position for this muscle; its text explains why.</p>
      </div>
    );
  }
  const spec = poseSpecFor(muscle.id, pose);
  const moving = reached === null;
  const text = pose === 'stretch' ? muscle.selfCare.stretch : pose === 'release' ? muscle.selfCare.pressureRelease : null;
  return (
    <div className="pose-controls" data-testid="pose" data-pose={reached ?? undefined} data-asked={pose}>
      <div className="pose-buttons" role="group" aria-label="Show self-care on the body">
        {available.map((p) => (
          <button key={p} type="button" data-testid={`pose-${p}`} aria-pressed={pose === p} onClick={() => atlasStore.getState().setPose(p)}>
            {LABELS[p]}
          </button>
        ))}
        <span className="pose-move" role="group" aria-label="Movement">
          <button
            type="button"
            data-testid="pose-play"
            aria-label={playing ? 'Pause the movement' : 'Play the movement'}
            title={playing ? 'Pause' : 'Play'}
            onClick={() => atlasStore.getState().setPosePlaying(!playing)}
          >
            <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          </button>
          <button type="button" data-testid="pose-step" disabled={!moving} aria-label="Step the movement on" title="Step" onClick={() => atlasStore.getState().stepPose()}>
            <span aria-hidden="true">▶❘</span>
          </button>
        </span>
      </div>
      {spec && (
        <p className="pose-caption" aria-live="polite">
          <strong>{spec.title}</strong> ({side} side{moving ? `, ${Math.round(progress * 100)}%` : ''}).{' '}
          {spec.note && <span className="pose-note">{spec.note} </span>}
          {text && <span className="pose-source">The text it shows: “{text}”</span>}
        </p>
      )}
    </div>
  );
}
