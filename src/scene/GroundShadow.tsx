/**
 * A soft, fixed shadow on the floor under the feet, so the body stands rather than floats.
 *
 * Drawn as one transparent quad whose shader fades an ellipse: the body never moves its feet, so
 * a rendered contact shadow (a depth pass of the skinned body plus two blur passes, and their
 * shader compiles) would cost a long frame on CPU-rendered WebGL for the same picture.
 */
import { ShaderMaterial } from 'three';

/** Ellipse half-widths (m): a little wider than the stance, shallower front to back. */
const RADIUS_X = 0.34;
const RADIUS_Z = 0.2;
/** Darkness at the centre (0..1 of the shadow colour). */
const STRENGTH = 0.32;

const material = new ShaderMaterial({
  transparent: true,
  depthWrite: false,
  uniforms: {},
  vertexShader: /* glsl */ `
    varying vec2 vUv;
    void main() {
      vUv = uv * 2.0 - 1.0;
      gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
    }`,
  fragmentShader: /* glsl */ `
    varying vec2 vUv;
    void main() {
      float r = length(vUv);
      // Dense under the feet, fading smoothly to nothing at the rim.
      float shade = (1.0 - smoothstep(0.0, 1.0, r)) * ${STRENGTH.toFixed(3)};
      gl_FragColor = vec4(0.16, 0.14, 0.13, shade);
    }`,
});

/** The floor shadow; y is a millimetre above the soles so it never fights with them. */
export function GroundShadow() {
  return (
    <mesh position={[0, 0.001, 0.02]} rotation={[-Math.PI / 2, 0, 0]} material={material} renderOrder={-1}>
      <planeGeometry args={[RADIUS_X * 2, RADIUS_Z * 2]} />
    </mesh>
  );
}
