/** Runs the atlas CLI from an e2e test, to compare the app with the contract's headless answer. */
import { execFileSync } from 'node:child_process';

/** The CLI's ranked (muscle, side) pairs for a drawing. */
export function cliRanking(points: string[], top = 10): string[] {
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'lookup', ...points.flatMap((p) => ['--at', p]), '--top', String(top), '--json'];
  const out = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as { candidates: { muscle: string; side: string }[] };
  return out.candidates.map((c) => `${c.muscle}/${c.side}`);
}
