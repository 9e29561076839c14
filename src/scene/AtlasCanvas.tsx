/**
 * The one Canvas of the app, alive for its whole life, rendering on demand. Loaded lazily so the
 * text-first shell shows before the 3D code arrives.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { atlasStore } from '../state/store';
import { ensureAtlasSurface } from '../state/atlasRuntime';
import { useAtlasRuntime } from '../hooks/useAtlasRuntime';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { BodyModel } from './BodyModel';

import { CameraRig } from './CameraRig';
import { Lights } from './Lights';
import { LandmarkMarkers } from './LandmarkMarkers';
import { ReadySignal } from './ReadySignal';
import { ZoneOverlay } from './ZoneOverlay';
import { PaintedAreas } from './PaintedAreas';
import { TriggerPointMarkers } from './TriggerPointMarkers';
import { ReferralPaths } from './ReferralPaths';
import { SelectionFocus } from './SelectionFocus';
import { PainMarkers } from './PainMarkers';
import { CheckMarkers } from './CheckMarkers';
import { SideLabels } from './SideLabels';
import { MuscleNameLabel } from './MuscleNameLabel';
import { LiveViewHandle } from './liveView';
import { Picking } from './Picking';
import { MusclePicking } from './MusclePicking';
import { testProbesWanted } from '../testing/probesWanted';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { CAMERA_FOV, viewPosition } from './views';
import { GroundShadow } from './GroundShadow';
import { SceneCanvas, type SceneSettings } from './SceneCanvas';

// The 3D muscles (their recipes and the shape generator): fetched the first time a muscle is
// selected or x-ray turns on, not for the first view.
const MuscleMeshes = lazy(() => import('./MuscleMeshes').then((m) => ({ default: m.MuscleMeshes })));

/** The muscles, mounted from the first time they are wanted and kept (their built models with them). */
// The pose machinery arrives with the first pose asked for (a link's or the panel's), then stays.
const PoseLayer = lazy(() => import('./PoseLayer'));
function PosesWhenAsked() {
  const asked = useAtlasStore((s) => s.pose !== 'rest' || s.poseReached === null);
  const [wanted, setWanted] = useState(asked);
  useEffect(() => {
    if (asked) setWanted(true);
  }, [asked]);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <PoseLayer />
    </Suspense>
  );
}

function MusclesWhenWanted() {
  const wanted = useAtlasStore((s) => s.xray || s.selectedMuscle !== null);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    if (wanted) setMounted(true);
  }, [wanted]);
  if (!mounted && !wanted) return null;
  return (
    <Suspense fallback={null}>
      <MuscleMeshes />
    </Suspense>
  );
}

// Test and bench hooks: a chunk of their own, fetched only when a test asked for it.
const TestProbes = lazy(() => import('../testing/TestProbes'));

const LABEL = '3D body. Drag to turn, pinch or scroll to zoom; keys F, B, L, R choose a view; arrow keys turn, Shift and arrows move, plus and minus zoom; X for x-ray.';

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
    camera: { fov: CAMERA_FOV, near: 0.05, far: 30, position: viewPosition(atlasStore.getState().view) },
  }));
  const { body, surface } = useAtlasRuntime();
  // The runtime makes the surface when the body arrives; a view mounted after an earlier one
  // released its surface asks for a new one.
  useEffect(() => {
    if (body && !surface) ensureAtlasSurface();
  }, [body, surface]);
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
            <PosesWhenAsked />
            <ZoneOverlay />
            <PaintedAreas />
            <MusclePicking>
              <MusclesWhenWanted />
            </MusclePicking>
            <TriggerPointMarkers />
            <ReferralPaths />
            <SelectionFocus />
            <PainMarkers />
            <CheckMarkers />
            <SideLabels />
            <MuscleNameLabel />
            <Picking />
            {testProbesWanted() && (
              <Suspense fallback={null}>
                <TestProbes />
              </Suspense>
            )}
            <ReadySignal />
          </BodyModel>
        </Suspense>
      </SceneErrorBoundary>
      <GroundShadow />
      <CameraRig />
      <LiveViewHandle />
    </SceneCanvas>
  );
}
