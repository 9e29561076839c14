/** The bench's output: metrics against budgets, and the README table made from them. */

export interface Metric {
  value: number;
  unit: string;
  budget: number;
  /** null: nothing to measure yet (not a pass; the note says why). */
  pass: boolean | null;
  /** How the value was measured, in a few words (not part of the pass/fail). */
  note?: string;
  /** The raw samples behind a median, when there are several. */
  samples?: number[];
}

export interface BenchReport {
  metrics: Record<string, Metric>;
  environment: Record<string, unknown>;
  /** Measurements behind the metrics too long for a note (file lists, request waterfalls). */
  details?: Record<string, unknown>;
}

/** Rounds for the JSON: three significant decimals are plenty for every metric here. */
export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}

/** A metric that passes when `value <= budget` (or `value === budget` for exact ones). */
export function metric(
  value: number,
  unit: string,
  budget: number,
  options: { exact?: boolean; note?: string; samples?: number[]; digits?: number } = {},
): Metric {
  const v = round(value, options.digits ?? 2);
  const pass = Number.isFinite(value) && (options.exact ? value === budget : value <= budget);
  return {
    value: v,
    unit,
    budget: round(budget, options.digits ?? 2),
    pass,
    ...(options.note ? { note: options.note } : {}),
    ...(options.samples ? { samples: options.samples.map((s) => round(s, options.digits ?? 2)) } : {}),
  };
}

/** A metric with nothing to measure yet (e.g. chunks of features not built): neither pass nor fail. */
export function pending(unit: string, budget: number, note: string): Metric {
  return { value: NaN, unit, budget, pass: null, note };
}

/** Labels for the README table (the table keeps the metrics' order). */
export const LABELS: Record<string, string> = {
  entryJsGzip: 'Entry JS (gzip)',
  firstViewJsGzip: "JS the explorer's first view loads (gzip)",
  modeChunkGzip: "Each mode's own chunk (gzip), loaded only when used",
  modelAndZonesBytes: 'Body model + zones',
  readyMs: 'Time to `data-atlas-ready` (median of 5)',
  readyVsBareThree: 'Ready time / bare three.js scene',
  longestTaskMs: 'Longest main-thread task during load (median of 5)',
  longestTaskAfterReadyMs: 'Longest main-thread task in the 3 s after ready (median of 5)',
  firstTapLongestTaskMs: 'First tap of a visit: longest task until its list (median of 3)',
  mobileFirstPaintMs: 'Mobile profile: first contentful paint (median of 3)',
  mobileBodyRequestedMs: 'Mobile profile: body file requested (median of 3)',
  mobileRoundTripsBeforeBody: 'Mobile profile: round trips before the body request',
  mobileReadyMs: 'Mobile profile: time to `data-atlas-ready` (median of 3)',
  idleFrames: 'Frames rendered while idle',
  idleCpu: 'Main-thread CPU while idle',
  raycastMs: 'Raycast on the posed skin (median)',
  tapToListMs: 'Tap to updated candidate list (median of 20)',
  zonesFileBytes: 'Zones file for the full atlas (all muscles)',
  fullAtlasLookupMs: 'Lookup over the full atlas, simulated drawings (median, Node)',
  heapFirstCyclesMB: 'Heap: one-time growth over the first 10 select/lookup cycles',
  heapLeakMB: 'Heap: growth from cycle 10 to 40 (leak check)',
  bodySwitchMs: 'Switching body, its file loaded (median of 4)',
  otherBodyBytes: 'Each other body, fetched only when chosen (brotli)',
  poseFrameMs: 'Pose animation frame: main-thread work (median)',
  mobileRepeatReadyMs: 'Mobile profile: repeat visit with the service worker, to `data-atlas-ready`',
  lighthousePerformance: 'Lighthouse performance (mobile)',
  lighthouseAccessibility: 'Lighthouse accessibility (mobile)',
  lighthouseBestPractices: 'Lighthouse best practices (mobile)',
  lighthouseSeo: 'Lighthouse SEO (mobile)',
  webglContexts: 'Live WebGL contexts',
};

/** The markdown table for the README. */
export function markdownTable(report: BenchReport): string {
  const bare = report.environment.baselineReadyMs;
  const rows = Object.entries(report.metrics).map(([name, m]) => {
    const value = m.pass === null ? 'none yet' : Number.isFinite(m.value) ? (m.unit === 'score' ? `${m.value}` : `${m.value} ${m.unit}`) : 'not measured';
    const budget =
      name === 'webglContexts' || name === 'idleFrames'
        ? `= ${m.budget} ${m.unit}`
        : name === 'readyMs'
          ? `≤ 3 × bare three.js (${String(bare)} ms)`
          : name.startsWith('lighthouse')
            ? `≥ ${m.budget}`
            : name === 'modeChunkGzip'
            ? `≤ ${m.budget} ${m.unit} each, not in the first view`
            : `≤ ${m.budget} ${m.unit}`;
    const status = m.pass === null ? 'n/a' : m.pass ? 'pass' : '**fail**';
    return `| ${LABELS[name] ?? name} | ${value} | ${budget} | ${status} |`;
  });
  return ['| metric | value | budget | |', '| --- | ---: | ---: | --- |', ...rows].join('\n');
}
