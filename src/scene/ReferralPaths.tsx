/**
 * Animated referral paths: an arc from each trigger point to each patch of its zones, with a flow
 * of dashes towards the pain, so a patient sees the knot "send" pain elsewhere. The flow runs for
 * a few seconds after a muscle is chosen, then rests (the frame loop is on demand: no endless
 * rendering); it restarts on a new selection. All paths share one material (each path's dash
 * count is a vertex attribute), which is never disposed: its shader program stays compiled across
 * selections and body switches instead of being released and compiled again each time.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { CatmullRomCurve3, Float32BufferAttribute, ShaderMaterial, TubeGeometry, Vector3 } from 'three';
import { referralTargets } from '../atlas/referralTargets';
import { colourChannels, ZONE_COLOURS } from '../atlas/zoneStyle';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { useBody } from './bodyContext';
import { useSurfaceFrame } from './posedSurface';

const FLOW_SECONDS = 5;
const RADIUS = 0.0028;

const vertexShader = /* glsl */ `
  attribute float dashes;
  varying vec2 vUv;
  varying float vDashes;
  void main() {
    vUv = uv;
    vDashes = dashes;
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }
`;
// Dashes move from the trigger point (u = 0) towards the zone (u = 1); the path fades in at its start.
const fragmentShader = /* glsl */ `
  uniform float time;
  uniform vec3 colour;
  varying vec2 vUv;
  varying float vDashes;
  void main() {
    float phase = fract(vUv.x * vDashes - time * 1.2);
    float dash = smoothstep(0.0, 0.08, phase) * (1.0 - smoothstep(0.55, 0.65, phase));
    float fade = smoothstep(0.0, 0.06, vUv.x);
    float alpha = mix(0.55, 1.0, dash) * fade;
    gl_FragColor = vec4(mix(colour * 0.75, colour, dash), alpha);
  }
`;

/** The one material of every path (module-wide; see the header). */
const PATH_MATERIAL = new ShaderMaterial({
  vertexShader,
  fragmentShader,
  transparent: true,
  depthWrite: false,
  uniforms: {
    time: { value: 0 },
    colour: { value: new Vector3(...colourChannels(ZONE_COLOURS.essential)) },
  },
});

/** The referral paths of the selected muscle. */
export function ReferralPaths() {
  const { atlas } = useBody();
  const surface = useSurfaceFrame();
  const muscle = useAtlasStore((s) => s.selectedMuscle);
  const side = useAtlasStore((s) => s.selectedSide);
  const only = useAtlasStore((s) => (s.mode === 'present' ? s.presentTrigger : null));
  const invalidate = useThree((s) => s.invalidate);
  const paths = useMemo(() => {
    if (!muscle) return [];
    // Essential zones only: spillover paths would double the arcs and blur the message.
    return referralTargets(atlas, muscle, side, { minVertices: 6 }).filter((t) => t.kind === 'essential' && (!only || t.triggerPoint === only)).map((target) => {
      const a = surface.point(target.from.vertex, target.from.position);
      const b = surface.point(target.to.vertex, target.to.position);
      const lift = surface.normal(target.from.vertex).add(surface.normal(target.to.vertex)).normalize();
      const length = a.distanceTo(b);
      // An arc off the skin: high enough to clear it, low enough to read as "along the body"
      // (a neck-to-skull path rises about 4 cm, not 6, so it does not float free of the neck).
      const control = a.clone().lerp(b, 0.5).addScaledVector(lift, 0.012 + length * 0.22);
      const curve = new CatmullRomCurve3([a, a.clone().lerp(control, 0.55), control, b.clone().lerp(control, 0.55), b]);
      const geometry = new TubeGeometry(curve, Math.max(24, Math.round(length * 200)), RADIUS, 6, false);
      // About one dash every 3 cm, whatever the path's length.
      const dashes = new Float32Array(geometry.getAttribute('position').count).fill(Math.max(2, Math.round(length / 0.03)));
      geometry.setAttribute('dashes', new Float32BufferAttribute(dashes, 1));
      return { key: `${target.triggerPoint}-${target.kind}-${target.to.vertex}`, geometry };
    });
  }, [atlas, surface, muscle, side, only]);

  useEffect(
    () => () => {
      for (const p of paths) p.geometry.dispose();
    },
    [paths],
  );

  const clock = useRef(0);
  const replays = useAtlasStore((s) => s.pathReplays);
  useEffect(() => {
    clock.current = 0;
    invalidate();
  }, [paths, replays, invalidate]);
  useFrame((_, delta) => {
    if (clock.current >= FLOW_SECONDS || paths.length === 0) return;
    clock.current = Math.min(FLOW_SECONDS, clock.current + Math.min(delta, 0.1));
    PATH_MATERIAL.uniforms.time!.value = clock.current;
    invalidate();
  });

  if (surface.moving) return null;
  return (
    <group name="referral-paths">
      {paths.map((p) => (
        <mesh key={p.key} geometry={p.geometry} material={PATH_MATERIAL} renderOrder={8} />
      ))}
    </group>
  );
}
