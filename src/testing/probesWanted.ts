/**
 * Whether the page was opened by a test or the bench (`window.__atlasProbes = true` before the
 * app starts): only then does the scene load the probes chunk. Kept apart from the test API so
 * the API itself never lands in a chunk a visitor downloads.
 */
export function testProbesWanted(): boolean {
  return typeof window !== 'undefined' && (window as { __atlasProbes?: boolean }).__atlasProbes === true;
}
