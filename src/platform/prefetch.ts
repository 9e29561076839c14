/**
 * Starting the big downloads (the body model, its baked zones) as soon as the entry script runs,
 * in parallel with the code that will use them, instead of after three rounds of lazy chunks.
 * The loader then takes the download already under way; a retry (or a file asked for later)
 * starts a fresh one.
 */

/** Bytes of a file, with the received fraction reported as they arrive. */
export interface Download {
  readonly bytes: Promise<ArrayBuffer>;
  /** Calls `listener` with 0..1 as data arrives (at once with what is known so far). */
  onProgress(listener: (fraction: number) => void): void;
}

const started = new Map<string, Download>();

/** Starts downloading `url` now (once); `take` hands the download over. */
export function prefetch(url: string): void {
  if (!started.has(url)) started.set(url, download(url));
}

/** The download of `url` started by `prefetch`, or a new one; each started download is handed over once. */
export function take(url: string): Download {
  const pending = started.get(url);
  started.delete(url);
  return pending ?? download(url);
}

function download(url: string): Download {
  const listeners = new Set<(fraction: number) => void>();
  let fraction = 0;
  const report = (value: number) => {
    fraction = value;
    listeners.forEach((l) => l(value));
  };
  const bytes = fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    // A compressed response's length counts the compressed bytes: the fraction then only
    // approximates, so it is capped below 1 until the last byte.
    const total = response.headers.get('Content-Encoding') ? 0 : Number(response.headers.get('Content-Length') ?? 0);
    if (!response.body || total <= 0) {
      const buffer = await response.arrayBuffer();
      report(1);
      return buffer;
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      report(Math.min(0.99, received / total));
    }
    const out = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    report(1);
    return out.buffer;
  });
  return {
    bytes,
    onProgress(listener) {
      listeners.add(listener);
      listener(fraction);
    },
  };
}
