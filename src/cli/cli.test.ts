import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_LANDMARK_IDS } from '../atlas/landmarkNames';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the CLI exactly as the contract says users do (through tsx, no build step). */
function atlas(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the atlas command line', () => {
  it('prints every landmark as one JSON document', () => {
    const { code, stdout, stderr } = atlas(['landmarks', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout) as { stature: number; landmarks: Record<string, number[]> };
    expect(doc.stature).toBeGreaterThan(1.7);
    expect(doc.landmarks.temple_r).toHaveLength(3);
    expect(Object.keys(doc.landmarks).sort()).toEqual([...ALL_LANDMARK_IDS].sort());
  });

  it('lists at least 28 muscles with trigger points, both zone kinds and sources', () => {
    const { code, stdout } = atlas(['muscles', '--json']);
    expect(code).toBe(0);
    const muscles = JSON.parse(stdout) as { id: string; triggerPoints: { landmarks: string[] }[]; zones: { kind: string }[]; sources: string[] }[];
    expect(muscles.length).toBeGreaterThanOrEqual(28);
    for (const id of ['upper-trapezius', 'levator-scapulae', 'temporalis', 'quadratus-lumborum']) {
      expect(muscles.map((m) => m.id)).toContain(id);
    }
    const landmarks = Object.keys((JSON.parse(atlas(['landmarks', '--json']).stdout) as { landmarks: object }).landmarks);
    for (const m of muscles) {
      expect(m.triggerPoints.length, m.id).toBeGreaterThan(0);
      expect(m.zones.some((z) => z.kind === 'essential'), m.id).toBe(true);
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      for (const tp of m.triggerPoints) for (const l of tp.landmarks) expect(landmarks).toContain(l);
    }
    expect(muscles.filter((m) => m.zones.some((z) => z.kind === 'spillover')).length).toBeGreaterThanOrEqual(20);
  });

  it('answers a pain drawing with ranked candidates in the contract shape', () => {
    const { code, stdout } = atlas(['lookup', '--at', 'temple_r', '--at', '-0.07,1.47,-0.02', '--top', '3', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { points: { at: string; position: number[] }[]; candidates: { muscle: string; side: string; score: number; explains: number[]; why: string }[] };
    expect(doc.points.map((p) => p.at)).toEqual(['temple_r', '-0.07,1.47,-0.02']);
    expect(doc.candidates.length).toBeLessThanOrEqual(3);
    expect(doc.candidates[0]!.muscle).toBe('upper-trapezius');
    expect(doc.candidates[0]!.explains).toEqual([0, 1]);
    const scores = doc.candidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('accepts a painted area as one spot (an extension of the contract)', () => {
    const { code, stdout } = atlas(['lookup', '--at', 'area~-0.063,1.645,0.091~-0.06,1.63,0.09', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { candidates: { muscle: string; explains: number[] }[] };
    expect(doc.candidates.map((c) => c.muscle)).toContain('temporalis');
    expect(doc.candidates[0]!.explains).toEqual([0]);
  });

  it.each([
    [['lookup', '--at', 'templ_r', '--json'], /unknown landmark "templ_r"/],
    [['lookup', '--at', 'area~1,2', '--json'], /malformed painted area/],
    [['lookup', '--at', '1,2', '--json'], /malformed coordinate "1,2"/],
    [['lookup', '--at', '1,2,abc', '--json'], /malformed coordinate/],
    [['lookup', '--at', '40,0,0', '--json'], /from the body/],
    [['lookup', '--at', '1e308,0,0', '--json'], /far from the body/],
    [['lookup', '--at', 'temple_r', '--top', '0', '--json'], /--top/],
    [['lookup', '--at', 'temple_r', '--wat', '--json'], /unknown option --wat/],
    [['lookup', '--json'], /at least one --at/],
    [['frobnicate', '--json'], /unknown command "frobnicate"/],
    [['landmarks'], /add --json/],
  ])('rejects %j with a one-line message and no stack trace', (args, message) => {
    const { code, stdout, stderr } = atlas(args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('answers a batch line by line and carries on past a bad line', () => {
    const { code, stdout } = atlas(['lookup', '--batch', '--top', '2', '--json'], 'temple_r\nnope_r\ntemple_l 0.07,1.47,-0.02\n\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { error?: string; candidates?: { side: string }[] });
    expect(lines).toHaveLength(4);
    expect(lines[0]!.candidates![0]!.side).toBe('right');
    expect(lines[1]!.error).toMatch(/unknown landmark/);
    expect(lines[2]!.candidates![0]!.side).toBe('left');
    expect(lines[3]!.error).toMatch(/empty/);
  });

  it('answers 1,000 drawings in a few seconds', () => {
    const points = ['temple_r', 'neck_base_l', 'trochanterion_r', 'lower_molars_l', '-0.07,1.47,-0.02', 'calf_r'];
    const input = Array.from({ length: 1000 }, (_, i) => `${points[i % 6]} ${points[(i * 7 + 1) % 6]}`).join('\n');
    const started = Date.now();
    const { code, stdout } = atlas(['lookup', '--batch', '--json'], input);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
