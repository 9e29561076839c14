/** Mirrors the app status onto <html>: the contract's data-atlas-ready / data-atlas-error / data-atlas-body. */
import { useEffect } from 'react';
import { useAtlasStore } from '../hooks/useAtlasStore';

/** Keeps the document's data attributes in step with the store. */
export function useDocumentSignals(): void {
  const phase = useAtlasStore((s) => s.phase);
  const code = useAtlasStore((s) => s.error?.code);
  useEffect(() => {
    const root = document.documentElement;
    if (phase === 'ready') root.dataset.atlasReady = 'true';
    else delete root.dataset.atlasReady;
    if (phase === 'error' && code) root.dataset.atlasError = code;
    else delete root.dataset.atlasError;
  }, [phase, code]);
  const drawn = useAtlasStore((s) => s.drawnBody?.body);
  const build = useAtlasStore((s) => s.drawnBody?.build);
  useEffect(() => {
    const root = document.documentElement;
    if (drawn) root.dataset.atlasBody = drawn;
    else delete root.dataset.atlasBody;
    // Not in the contract: which build is drawn, for tests and the bench.
    if (build) root.dataset.atlasBuild = build;
    else delete root.dataset.atlasBuild;
  }, [drawn, build]);
}
