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

  it('reads landmarks on the body --body names, each the same vertex: the female body is 1.60-1.70 m', () => {
    const female = JSON.parse(atlas(['landmarks', '--body', 'female', '--json']).stdout) as { stature: number; landmarks: Record<string, number[]> };
    const male = JSON.parse(atlas(['landmarks', '--body', 'male', '--build', 'average', '--json']).stdout) as typeof female;
    expect(female.stature).toBeGreaterThanOrEqual(1.6);
    expect(female.stature).toBeLessThanOrEqual(1.7);
    expect(male).toEqual(JSON.parse(atlas(['landmarks', '--json']).stdout));
    expect(Object.keys(female.landmarks).sort()).toEqual(Object.keys(male.landmarks).sort());
    expect(female.landmarks.vertex![1]).toBeLessThan(male.landmarks.vertex![1]!);
  });

  it('gives a landmark drawing the same candidates and scores on every body', () => {
    const run = (...body: string[]) => {
      const doc = JSON.parse(atlas(['lookup', '--at', 'temple_r', '--at', 'neck_base_r', '--top', '5', ...body, '--json']).stdout) as { candidates: { muscle: string; side: string; score: number }[] };
      return doc.candidates.map((c) => [c.muscle, c.side, c.score]);
    };
    const male = run();
    expect(male.length).toBeGreaterThan(0);
    expect(run('--body', 'female')).toEqual(male);
    expect(run('--body', 'male', '--build', 'heavy')).toEqual(male);
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
    [['landmarks', '--body', 'elf', '--json'], /unknown body "elf"/],
    [['lookup', '--at', 'temple_r', '--build', 'tall', '--json'], /unknown build "tall"/],
    [['lookup', '--at', 'temple_r', '--body', 'male', '--body', 'female', '--json'], /--body may be given once/],
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

  it('asks back in every answer: checks, questions, the spread, and each candidate\'s base score', () => {
    const { code, stdout } = atlas(['lookup', '--at', 'temple_r', '--at', 'neck_base_r', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as {
      candidates: { muscle: string; side: string; score: number; baseScore: number }[];
      checks: { muscle: string; side: string; triggerPoint: string; position: number[]; ask: string }[];
      questions: { id: string; text: string; favours: { muscle: string; side: string }[] }[];
      spread: { areas: string[]; regions: string[]; count: number; widespread: boolean };
    };
    for (const c of doc.candidates) expect(c.score).toBe(c.baseScore);
    expect(doc.checks.length).toBeGreaterThan(0);
    expect(doc.checks.length).toBeLessThanOrEqual(3);
    expect(Object.keys(doc.checks[0]!)).toEqual(['muscle', 'side', 'triggerPoint', 'position', 'ask']);
    expect(doc.checks[0]!.position).toHaveLength(3);
    expect(doc.questions.length).toBeLessThanOrEqual(3);
    for (const q of doc.questions) expect(Object.keys(q)).toEqual(['id', 'text', 'favours']);
    expect(doc.spread).toEqual({ areas: ['right-shoulder-girdle'], regions: ['right-upper'], count: 1, widespread: false });
  });

  it('re-ranks by --found and --answer, and names what each answer did', () => {
    const base = JSON.parse(atlas(['lookup', '--at', 'temple_r', '--at', 'neck_base_r', '--json']).stdout) as { candidates: { muscle: string; side: string }[] };
    const last = base.candidates.at(-1)!;
    const { code, stdout } = atlas([
      'lookup', '--at', 'temple_r', '--at', 'neck_base_r', '--found', `${last.muscle}:${last.side}:reproduces`,
      '--answer', 'upper-teeth-sensitive:yes', '--json',
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { candidates: { muscle: string; side: string; score: number; baseScore: number; why: string }[]; questions: { id: string }[] };
    expect(doc.candidates[0]).toMatchObject({ muscle: last.muscle, side: last.side });
    expect(doc.candidates[0]!.why).toMatch(/brings on your usual pain/);
    expect(doc.questions.map((q) => q.id)).not.toContain('upper-teeth-sensitive');
  });

  it('reads found= and answer= tokens on a batch line', () => {
    const { code, stdout } = atlas(['lookup', '--batch', '--top', '3', '--json'], 'temple_r found=temporalis:right:nothing neck_base_r\ntemple_r answer=nope:yes\n');
    expect(code).toBe(0);
    const [first, second] = stdout.trim().split('\n').map((l) => JSON.parse(l) as { error?: string; candidates?: { muscle: string; side: string }[] });
    expect(first!.candidates!.at(-1)).not.toMatchObject({ muscle: 'temporalis', side: 'right' });
    expect(second!.error).toMatch(/unknown question "nope"/);
  });

  it.each([
    [['--found', 'nope:left:tender'], /unknown muscle "nope"/],
    [['--found', 'temporalis:up:tender'], /side must be left or right/],
    [['--found', 'temporalis:right:trp9:nothing'], /no trigger point "trp9"/],
    [['--found', 'temporalis:right:sore'], /reproduces, tender or nothing/],
    [['--answer', 'upper-teeth-sensitive:perhaps'], /QUESTION:yes or QUESTION:no/],
    [['--answer', 'nope:yes'], /unknown question/],
  ])('refuses a mistaken answer %j with one line and exit 2', (extra, message) => {
    const { code, stdout, stderr } = atlas(['lookup', '--at', 'temple_r', ...extra, '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
