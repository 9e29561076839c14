/**
 * The one Canvas of the app, alive for its whole life, rendering on demand. Loaded lazily so the
 * text-first shell shows before the 3D code arrives.
 */
import { Suspense, useEffect, useState } from 'react';
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
import { GroundShadow } from './GroundShadow';
import { SceneCanvas, type SceneSettings } from './SceneCanvas';
import { webglSurface, type WebGLSurface } from '../ui/webgl';
import { WEBGL_UNAVAILABLE } from '../state/statusSlice';
import { loadAtlasResources } from './atlasResources';

const LABEL = '3D body. Drag to turn, pinch or scroll to zoom; keys F, B, L, R choose a view; arrow keys turn.';

/** Which optional layers the canvas draws. */
export interface AtlasCanvasProps {
  showLandmarks: 'off' | 'dots' | 'labels';
  landmarkFilter?: (name: string) => boolean;
}

/** The 3D view. */
export default function AtlasCanvas({ showLandmarks, landmarkFilter }: AtlasCanvasProps) {
  const attempt = useAtlasStore((s) => s.loadAttempt);
  // Fixed at mount: later views move the camera through CameraRig, not by reconfiguring the root.
  const [settings] = useState<SceneSettings>(() => ({
    frameloop: 'demand',
    dpr: [1, 2],
    camera: { fov: 30, near: 0.05, far: 30, position: viewPosition(atlasStore.getState().view) },
  }));
  const loaded = useBodyLoaded(attempt);
  const [surface, setSurface] = useState<WebGLSurface | null>(null);
  // AtlasLoader has usually made the context already (webglSurface() then returns it); if not,
  // making it waits for the browser's GPU process to finish presenting the page's current frame
  // (over 100 ms on CPU-rendered WebGL), so it gets a task of its own.
  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(() => {
      const made = webglSurface();
      if (made) setSurface(made);
      else atlasStore.getState().fail(WEBGL_UNAVAILABLE);
    }, 0);
    return () => clearTimeout(timer);
  }, [loaded]);
  if (!surface) return null;
  return (
    <SceneCanvas surface={surface} settings={settings} className="atlas-canvas" label={LABEL}>
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
      <GroundShadow />
      <CameraRig />
    </SceneCanvas>
  );
}

/**
 * True once the body and zones have loaded (on any attempt). The WebGL context is made only then:
 * see webgl.ts. A failed load is reported by AtlasLoader, which shares the same promise.
 */
function useBodyLoaded(attempt: number): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    loadAtlasResources().then(
      () => live && setLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return loaded;
}
