/**
 * The loaded body as the scene sees it. The atlas runtime (state/atlasRuntime.ts) owns it; the
 * scene gave the runtime its loader (`loadAtlasResources`), so what it publishes is a body of this
 * shape.
 */
import type { SkinnedMesh } from 'three';
import { useAtlasRuntime } from '../hooks/useAtlasRuntime';
import type { OpenAtlas } from '../atlas/openAtlas';
import type { AtlasResources } from './atlasResources';

/** The body: the three.js mesh and the opened atlas on it (its skin is `atlas.mesh`). */
export interface BodyData {
  readonly mesh: SkinnedMesh;
  readonly atlas: OpenAtlas;
}

/** The loaded body; only for components rendered inside `BodyModel` (which waits for it). */
export function useBody(): AtlasResources {
  const { body } = useAtlasRuntime();
  if (!body) throw new Error('useBody must be used inside <BodyModel>, once the body has loaded');
  return body as AtlasResources;
}
