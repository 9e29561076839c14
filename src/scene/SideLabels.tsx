/**
 * "Your right" and "your left" beside the head in the front and back views, so a patient never
 * has to work out which side of the screen is theirs (from the front, their right is on the
 * screen's left). Placed in the scene, so they stay beside the body however the camera frames it.
 */
import { Html } from '@react-three/drei';
import { useAtlasStore } from '../hooks/useAtlasStore';

// Beside the head, clear of the arms (the subject's right is -X).
const RIGHT: [number, number, number] = [-0.3, 1.66, 0];
const LEFT: [number, number, number] = [0.3, 1.66, 0];

/** The two side labels, shown while the camera looks from the front or the back. */
export function SideLabels() {
  const facing = useAtlasStore((s) => s.facing);
  if (facing !== 'front' && facing !== 'back') return null;
  return (
    <group name="side-labels">
      {([['right', RIGHT], ['left', LEFT]] as const).map(([side, position]) => (
        <Html key={side} position={position} center zIndexRange={[1, 0]} style={{ pointerEvents: 'none' }}>
          <span className="side-label" data-testid={`side-label-${side}`}>
            Your {side}
          </span>
        </Html>
      ))}
    </group>
  );
}
