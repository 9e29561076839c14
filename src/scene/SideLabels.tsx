/**
 * "Your right" and "your left" beside the body in the front and back views, so a patient never
 * has to work out which side of the screen is theirs (from the front, their right is on the
 * screen's left). In the scene, so they stay beside the body however the camera frames it, at
 * the height the camera looks at, so a close view of the back or the legs still shows them.
 */
import { Html } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import type { Group, Vector3 } from 'three';
import { useAtlasStore } from '../hooks/useAtlasStore';

// Beside the trunk, a little wider than the shoulders (the subject's right is -X).
const OFFSET = 0.3;

/** The two side labels, shown while the camera looks from the front or the back. */
export function SideLabels() {
  const facing = useAtlasStore((s) => s.facing);
  const controls = useThree((s) => s.controls) as { target?: Vector3 } | null;
  const group = useRef<Group>(null);
  useFrame(() => {
    const target = controls?.target;
    if (group.current && target) group.current.position.y = target.y;
  });
  if (facing !== 'front' && facing !== 'back') return null;
  return (
    <group name="side-labels" ref={group} position={[0, controls?.target?.y ?? 1, 0]}>
      {(['right', 'left'] as const).map((side) => (
        <Html key={side} position={[side === 'right' ? -OFFSET : OFFSET, 0, 0]} center zIndexRange={[1, 0]} style={{ pointerEvents: 'none' }}>
          <span className="side-label" data-testid={`side-label-${side}`}>
            Your {side}
          </span>
        </Html>
      ))}
    </group>
  );
}
