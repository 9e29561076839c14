/** The x-ray switch: makes the skin translucent so the muscles beneath show. */
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';

/** A toggle button (also key X). */
export function XrayToggle() {
  const xray = useAtlasStore((s) => s.xray);
  return (
    <button
      type="button"
      className="xray-toggle"
      data-testid="xray-toggle"
      aria-pressed={xray}
      aria-keyshortcuts="X"
      title="X-ray: see the muscles under the skin (X)"
      onClick={() => atlasStore.getState().setXray(!xray)}
    >
      X-ray
    </button>
  );
}
