import { DIRECTIONAL_LIGHTS, HEMISPHERE_LIGHT } from './lightRig';

/** Soft three-point lighting: a warm key, a cool fill, a rim from behind, a gentle sky light. */
export function Lights() {
  return (
    <>
      <hemisphereLight args={[HEMISPHERE_LIGHT.sky, HEMISPHERE_LIGHT.ground, HEMISPHERE_LIGHT.intensity]} />
      {DIRECTIONAL_LIGHTS.map((light) => (
        <directionalLight key={light.colour + light.position.join()} position={light.position} intensity={light.intensity} color={light.colour} />
      ))}
    </>
  );
}
