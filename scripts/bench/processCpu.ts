/**
 * CPU time of the browser this bench started, per Chromium process type, read from /proc (Linux).
 * It complements CDP's main-thread TaskDuration: compositor, GPU (SwiftShader) and browser threads.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcInfo {
  parent: number;
  /** utime + stime, in ticks. */
  ticks: number;
}

function readStat(pid: number): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Chromium's process type (`renderer`, `gpu-process`…; `browser` when it has none). */
function processType(pid: number): string {
  try {
    // Chromium rewrites its command line into one space-separated string.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    return args.find((a) => a.startsWith('--type='))?.slice('--type='.length) ?? 'browser';
  } catch {
    return 'gone';
  }
}

/** This Node process's Chromium descendants. */
function chromiumProcesses(): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const info = readStat(Number(name));
    if (info) parents.set(Number(name), info.parent);
  }
  const out: number[] = [];
  const queue = [process.pid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    for (const [child, parent] of parents) {
      if (parent === pid) {
        out.push(child);
        queue.push(child);
      }
    }
  }
  return out.filter((pid) => {
    try {
      return /chrom/i.test(readFileSync(`/proc/${pid}/comm`, 'utf8'));
    } catch {
      return false;
    }
  });
}

/** Starts a CPU measurement; the returned function gives ms of CPU per process type since. */
export function startProcessCpu(): () => Record<string, number> | null {
  const pids = chromiumProcesses();
  if (pids.length === 0) return () => null;
  const before = new Map(pids.map((pid) => [pid, readStat(pid)?.ticks ?? 0]));
  return () => {
    const out: Record<string, number> = {};
    for (const pid of pids) {
      const after = readStat(pid);
      if (!after) continue;
      const type = processType(pid);
      out[type] = (out[type] ?? 0) + ((after.ticks - before.get(pid)!) * 1000) / TICKS_PER_SECOND;
    }
    return out;
  };
}
