/**
 * The one Canvas of the app, alive for its whole life, rendering on demand. Loaded lazily so the
 * text-first shell shows before the 3D code arrives.
 */
import { ContactShadows } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { Suspense } from 'react';
import { atlasStore, useAtlasStore } from '../state/store';
import { BodyModel } from './BodyModel';
import { CameraRig } from './CameraRig';
import { Lights } from './Lights';
import { LandmarkMarkers } from './LandmarkMarkers';
import { ReadySignal } from './ReadySignal';
import { ZoneOverlay } from './ZoneOverlay';
import { TriggerPointMarkers } from './TriggerPointMarkers';
import { ReferralPaths } from './ReferralPaths';
import { SelectionFocus } from './SelectionFocus';
import { PainMarkers } from './PainMarkers';
import { Picking } from './Picking';
import { MuscleMeshes } from './MuscleMeshes';
import { MusclePicking } from './MusclePicking';
import { BenchProbe } from './BenchProbe';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { viewPosition } from './views';

/** Which optional layers the canvas draws. */
export interface AtlasCanvasProps {
  showLandmarks: 'off' | 'dots' | 'labels';
  landmarkFilter?: (name: string) => boolean;
}

/** The 3D view. */
export default function AtlasCanvas({ showLandmarks, landmarkFilter }: AtlasCanvasProps) {
  const attempt = useAtlasStore((s) => s.loadAttempt);
  return (
    <Canvas
      className="atlas-canvas"
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 30, near: 0.05, far: 30, position: viewPosition(atlasStore.getState().view) }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      role="img"
      aria-label="3D body. Drag to turn, pinch or scroll to zoom; keys F, B, L, R choose a view; arrow keys turn."
      onCreated={({ gl, invalidate }) => {
        // preventDefault tells the browser we will restore; three re-creates its GPU state on
        // restore, and one new frame redraws the body.
        gl.domElement.addEventListener('webglcontextlost', (e) => e.preventDefault());
        gl.domElement.addEventListener('webglcontextrestored', () => invalidate());
      }}
    >
      <color attach="background" args={['#eef1f4']} />
      <Lights />
      <SceneErrorBoundary key={attempt}>
        <Suspense fallback={null}>
          <BodyModel>
            {showLandmarks !== 'off' && (
              <LandmarkMarkers labels={showLandmarks === 'labels'} {...(landmarkFilter ? { filter: landmarkFilter } : {})} />
            )}
            <ZoneOverlay />
            <MusclePicking>
              <MuscleMeshes />
            </MusclePicking>
            <TriggerPointMarkers />
            <ReferralPaths />
            <SelectionFocus />
            <PainMarkers />
            <Picking />
            <BenchProbe />
            <ReadySignal />
          </BodyModel>
        </Suspense>
      </SceneErrorBoundary>
      <ContactShadows position={[0, 0.001, 0]} scale={2.4} blur={2.4} opacity={0.35} far={1.2} frames={1} resolution={512} />
      <CameraRig />
    </Canvas>
  );
}
