/** Soft three-point lighting: a warm key, a cool fill, a rim from behind, a gentle sky light. */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#f4f6fa', '#b9ab9f', 0.9]} />
      <directionalLight position={[2.2, 3.2, 3.0]} intensity={1.6} color="#fff6ee" />
      <directionalLight position={[-3.0, 1.8, 1.6]} intensity={0.55} color="#e6eeff" />
      <directionalLight position={[0.5, 2.8, -3.5]} intensity={0.9} color="#ffffff" />
    </>
  );
}
