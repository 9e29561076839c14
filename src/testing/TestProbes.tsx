/**
 * Everything the tests and the bench hook into, in one lazily loaded chunk that a normal visit
 * never downloads: the page loads it only when a test asked for it before the app started
 * (`window.__atlasProbes = true`, set by the e2e fixtures, the bench and the screenshots).
 */
import { BenchProbe } from './BenchProbe';
import { SceneProbes } from './SceneProbes';

/** Mount inside the body (it reads the loaded body). */
export default function TestProbes() {
  return (
    <>
      <BenchProbe />
      <SceneProbes />
    </>
  );
}
