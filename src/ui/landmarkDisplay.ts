/** `?landmarks=dots|labels[&landmarkSet=a,b]`: shows landmark markers for teaching and checking. */

/** What the landmark layer shows. */
export interface LandmarkDisplay {
  mode: 'off' | 'dots' | 'labels';
  filter?: (name: string) => boolean;
}

/** Reads the landmark display from a query string; anything unknown means off. */
export function landmarkDisplayFromUrl(search: string): LandmarkDisplay {
  const params = new URLSearchParams(search);
  const mode = params.get('landmarks');
  if (mode !== 'dots' && mode !== 'labels') return { mode: 'off' };
  const set = params.get('landmarkSet');
  if (!set) return { mode };
  const names = new Set(set.split(',').map((s) => s.trim()));
  return { mode, filter: (name) => names.has(name) || names.has(name.replace(/_[lr]$/, '')) };
}
