/** Whether the 3D view can draw, for components that choose between the body and the lists. */
import { hasWebGLApi } from '../platform/webgl';
import { WEBGL_UNAVAILABLE } from '../state/statusSlice';
import { useAtlasStore } from './useAtlasStore';

/** True while the 3D view can draw: the API exists and no context has been refused. */
export function useWebGL(): boolean {
  const refused = useAtlasStore((s) => s.error?.code === WEBGL_UNAVAILABLE.code);
  return hasWebGLApi() && !refused;
}
