/** The atlas, read top to bottom like a table of contents: loader, 3D view, lists and panels. */
import { lazy, Suspense, useEffect } from 'react';
import { atlasStore } from './state/store';
import { useAtlasStore } from './hooks/useAtlasStore';
import { WEBGL_UNAVAILABLE } from './state/statusSlice';
import { startUrlSync } from './state/urlSync';
import { startPoseRules } from './state/poseRules';
import { startPanelRules } from './state/panelRules';
import { SidebarFoldButton } from './ui/PanelFolds';
import { ViewButtons } from './ui/ViewButtons';
import { StatusOverlay } from './ui/StatusOverlay';
import { Notices } from './ui/Notices';
import { hasWebGLApi } from './platform/webgl';
import { useWebGL } from './hooks/useWebGL';
import { landmarkDisplayFromUrl } from './ui/landmarkDisplay';
import { Legend } from './ui/Legend';
import { PainPanel } from './ui/PainPanel';
import { MuscleFinder } from './ui/MuscleFinder';
import { XrayToggle } from './ui/XrayToggle';
import { GestureHint } from './ui/GestureHint';
import { startAtlasRuntime } from './state/atlasRuntime';
import { StartPoster } from './ui/StartPoster';
import { startPosterRule } from './ui/startPosterRule';
import type { HandoutPainter } from './state/handout';
import type { DrawingPainter } from './state/drawingPictures';
import type { AtlasResources } from './scene/atlasResources';

const AtlasCanvas = lazy(() => import('./scene/AtlasCanvas'));
// The muscle's panel arrives with the first selection (a deep link selects at once).
const MusclePanel = lazy(() => import('./ui/MusclePanel').then((m) => ({ default: m.MusclePanel })));
// The printable handout replaces the whole atlas (`?handout=1`); presentation overlays the view.
const Handout = lazy(() => import('./ui/handout/Handout').then((m) => ({ default: m.Handout })));
// The handout's pictures come from the scene's renderer, loaded with the handout.
const drawHandoutPictures: HandoutPainter = (body, ...rest) =>
  import('./scene/handoutPictures').then((m) => m.drawHandoutPictures(body as AtlasResources, ...rest));
// The pain drawing's pictures for its exports, drawn by the scene when first asked for.
const drawDrawingPictures: DrawingPainter = (body, spots) =>
  import('./scene/drawingPictures').then((m) => m.drawDrawingPictures(body as AtlasResources, spots));
const PresentBar = lazy(() => import('./ui/present/PresentBar').then((m) => ({ default: m.PresentBar })));
// Quizzes replace the finder and the pain panel (`?mode=quiz`).
const QuizPanel = lazy(() => import('./ui/quiz/QuizPanel').then((m) => ({ default: m.QuizPanel })));

/** Everything below the header. */
export default function AtlasStage() {
  // The link's state first, so the first render already shows what it asks for.
  useEffect(() => {
    const stopUrl = startUrlSync();
    const stopPoses = startPoseRules();
    const stopPanels = startPanelRules();
    const stopPoster = startPosterRule();
    return () => {
      stopUrl();
      stopPoses();
      stopPanels();
      stopPoster();
    };
  }, []);
  const phase = useAtlasStore((s) => s.phase);
  const selected = useAtlasStore((s) => s.selectedMuscle !== null);
  const mode = useAtlasStore((s) => s.mode);
  const sidebarFolded = useAtlasStore((s) => s.sidebarFolded);
  const panelFolded = useAtlasStore((s) => s.panelFolded);
  const webgl = useWebGL();
  useEffect(() => {
    if (!hasWebGLApi()) atlasStore.getState().fail(WEBGL_UNAVAILABLE);
    // The body loader arrives lazily, so three.js stays out of the entry bundle; the runtime owns
    // loading, the WebGL surface and retries from here on.
    return startAtlasRuntime((choice, onProgress) => import('./scene/atlasResources').then((m) => m.loadAtlasResources(choice, onProgress)));
  }, []);
  const landmarks = landmarkDisplayFromUrl(window.location.search);
  const handout = useAtlasStore((s) => s.handout);
  if (handout) {
    return (
      <main className="stage stage--handout" aria-busy={phase === 'loading'}>
        <Suspense fallback={null}>
          <Handout draw={drawHandoutPictures} />
        </Suspense>
        <Notices />
      </main>
    );
  }
  if (mode === 'present') {
    return (
      <main className={webgl ? 'stage stage--present' : 'stage stage--lists'} aria-busy={phase === 'loading'}>
        {webgl && (
          <Suspense fallback={null}>
            <AtlasCanvas showLandmarks={landmarks.mode} {...(landmarks.filter ? { landmarkFilter: landmarks.filter } : {})} />
          </Suspense>
        )}
        <StatusOverlay />
        <Suspense fallback={null}>
          <PresentBar />
        </Suspense>
        {webgl && <Legend />}
        <Notices />
      </main>
    );
  }
  return (
    <main className={webgl ? 'stage' : 'stage stage--lists'} aria-busy={phase === 'loading'}>
      {webgl && <StartPoster />}
      {webgl && (
        <Suspense fallback={null}>
          <AtlasCanvas showLandmarks={landmarks.mode} {...(landmarks.filter ? { landmarkFilter: landmarks.filter } : {})} />
        </Suspense>
      )}
      <StatusOverlay />
      {mode === 'quiz' ? (
        <aside className="sidebar" aria-label="Quiz">
          <Suspense fallback={null}>
            <QuizPanel />
          </Suspense>
        </aside>
      ) : (
        <aside id="atlas-sidebar" className={sidebarFolded ? 'sidebar is-folded' : 'sidebar'} aria-label="Find muscles and mark pain">
          <SidebarFoldButton controls="atlas-sidebar" />
          <PainPanel drawPictures={drawDrawingPictures} />
          <MuscleFinder embedded />
        </aside>
      )}
      {selected && mode !== 'quiz' && (
        <Suspense fallback={null}>
          <MusclePanel />
        </Suspense>
      )}
      {webgl && (!selected || panelFolded) && <Legend />}
      {webgl && <GestureHint />}
      {webgl && (
        <ViewButtons>
          <XrayToggle />
        </ViewButtons>
      )}
      <Notices />
    </main>
  );
}
