/**
 * The three.js classes the scene may write as JSX elements (`<mesh>`, `<group>`, …).
 *
 * R3F's ready-made <Canvas> registers the whole three namespace, which keeps every class of
 * three.js in the bundle; registering only these lets the bundler drop the rest. The list covers
 * our components and the drei helpers we use (Html: group, mesh, planeGeometry, shaderMaterial;
 * OrbitControls: primitive, which is built in). A unit test reads the scene's source and fails
 * when an element is missing here.
 */
import {
  BoxGeometry,
  CircleGeometry,
  CylinderGeometry,
  RingGeometry,
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  ShaderMaterial,
  SphereGeometry,
} from 'three';

/** Element name (class name with a lower-case first letter) → class, as R3F's extend() wants. */
export const THREE_CATALOGUE = {
  BoxGeometry,
  CircleGeometry,
  CylinderGeometry,
  RingGeometry,
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  ShaderMaterial,
  SphereGeometry,
};
