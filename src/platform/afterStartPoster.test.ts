import { describe, expect, it } from 'vitest';
import { LONGEST_POSTER_WAIT_MS, waitForStartPoster, type PosterPage } from './afterStartPoster';

/** A page whose poster paint, retirement and clock the test drives. */
function fakePage(options: { marked?: boolean; controlled?: boolean; now?: number } = {}) {
  let marked = options.marked ?? true;
  let paint: (() => void) | null = null;
  let retire: (() => void) | null = null;
  let timer: { run: () => void; ms: number } | null = null;
  const stopped: string[] = [];
  const page: PosterPage = {
    marked: () => marked,
    controlled: options.controlled ?? false,
    now: () => options.now ?? 500,
    watchPaint: (painted) => {
      paint = painted;
      return () => stopped.push('paint');
    },
    watchRetired: (retired) => {
      retire = () => {
        marked = false;
        retired();
      };
      return () => stopped.push('retired');
    },
    setTimeout: (run, ms) => {
      timer = { run, ms };
      return () => stopped.push('timer');
    },
  };
  return { page, stopped, paint: () => paint?.(), retire: () => retire?.(), timer: () => timer };
}

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('waiting for the start poster before the live view downloads', () => {
  it('does not wait on a visit without the poster, or one the service worker serves', async () => {
    expect(await settled(waitForStartPoster(fakePage({ marked: false }).page))).toBe(true);
    expect(await settled(waitForStartPoster(fakePage({ controlled: true }).page))).toBe(true);
  });

  it('waits until the poster has painted, then stops watching', async () => {
    const fake = fakePage();
    const wait = waitForStartPoster(fake.page);
    expect(await settled(wait)).toBe(false);
    fake.paint();
    expect(await settled(wait)).toBe(true);
    expect(fake.stopped.sort()).toEqual(['paint', 'retired', 'timer']);
  });

  it('stops waiting when the poster is retired or the user presses a key or taps before it painted', async () => {
    const fake = fakePage();
    const wait = waitForStartPoster(fake.page);
    fake.retire();
    expect(await settled(wait)).toBe(true);
  });

  it('waits at most until the cap after navigation start, so a poster that never paints holds nothing', async () => {
    const fake = fakePage({ now: 1200 });
    const wait = waitForStartPoster(fake.page);
    expect(fake.timer()?.ms).toBe(LONGEST_POSTER_WAIT_MS - 1200);
    expect(await settled(wait)).toBe(false);
    fake.timer()?.run();
    expect(await settled(wait)).toBe(true);
    // Past the cap already: no wait at all.
    const late = fakePage({ now: LONGEST_POSTER_WAIT_MS + 10 });
    void waitForStartPoster(late.page);
    expect(late.timer()?.ms).toBe(0);
  });
});
