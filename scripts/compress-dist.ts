/**
 * Precompresses the production build: writes a `.br` (brotli, quality 11) and a `.gz` (gzip, level 9)
 * next to every compressible file in dist/, so the server (scripts/staticServer.ts) or a static
 * host sends the smaller file to browsers that accept it, without compressing on each request.
 * Part of `npm run build`; `tsx scripts/compress-dist.ts [dir]` runs it on its own.
 *
 * Deterministic: the same input gives the same bytes (no timestamps, no names in the gzip header).
 * A variant that does not save at least MIN_SAVING of the file is not written (and an old one is
 * removed), so the server sends such files as they are.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text formats (brotli's text mode) and binary formats that usually shrink. */
const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt', '.xml', '.map']);
const BINARY = new Set(['.glb', '.bin', '.wasm']);
/** Files that save less than this fraction are served uncompressed (the extra request header and work buy nothing). */
const MIN_SAVING = 0.05;
const ENCODINGS = ['.br', '.gz'] as const;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export interface CompressedFile {
  /** Path relative to the compressed directory, with forward slashes. */
  file: string;
  size: number;
  br: number | null;
  gz: number | null;
}

/** All files under `dir` (paths relative to it), sorted for a stable order. */
function walk(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, base));
    else if (entry.isFile()) out.push(relative(base, path));
  }
  return out.sort();
}

/** Compresses one file's bytes both ways. */
async function variants(data: Buffer, text: boolean): Promise<Record<(typeof ENCODINGS)[number], Buffer>> {
  const [br, gzipped] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // Node's gzip header holds no file name and a zero timestamp; only the OS byte depends on the
  // platform zlib was built for. Mark it "unknown" (RFC 1952) so every platform writes the same bytes.
  gzipped[9] = 0xff;
  return { '.br': br, '.gz': gzipped };
}

/** Writes the `.br` and `.gz` siblings of every compressible file under `dir`; returns what it did. */
export async function compressDir(dir: string): Promise<CompressedFile[]> {
  const files = walk(dir);
  const present = new Set(files);
  const compressible = (file: string) => TEXT.has(extname(file).toLowerCase()) || BINARY.has(extname(file).toLowerCase());
  // Variants left from a file that is gone (never an original that merely ends in .gz or .br).
  for (const file of files) {
    const enc = ENCODINGS.find((e) => file.endsWith(e));
    const original = enc && file.slice(0, -enc.length);
    if (original && compressible(original) && !present.has(original)) rmSync(join(dir, file));
  }
  const sources = files.filter(compressible);
  return Promise.all(
    sources.map(async (file): Promise<CompressedFile> => {
      const path = join(dir, file);
      const data = readFileSync(path);
      const made = await variants(data, TEXT.has(extname(file).toLowerCase()));
      const sizes: Record<string, number | null> = {};
      for (const enc of ENCODINGS) {
        const out = made[enc];
        if (out.length <= data.length * (1 - MIN_SAVING)) {
          writeFileSync(path + enc, out);
          sizes[enc] = out.length;
        } else {
          if (existsSync(path + enc)) rmSync(path + enc);
          sizes[enc] = null;
        }
      }
      return { file: file.split('\\').join('/'), size: data.length, br: sizes['.br'] ?? null, gz: sizes['.gz'] ?? null };
    }),
  );
}

const kB = (n: number | null): string => (n === null ? '—' : `${(n / 1024).toFixed(1)} kB`);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'dist'));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`compress-dist: no build in ${dir} (run vite build first)`);
    process.exit(1);
  }
  const done = await compressDir(dir);
  console.log(`precompressed ${done.length} files in ${relative(process.cwd(), dir) || '.'} (brotli 11, gzip 9):`);
  for (const f of done) console.log(`  ${f.file.padEnd(40)} ${kB(f.size).padStart(10)}  br ${kB(f.br).padStart(10)}  gz ${kB(f.gz).padStart(10)}`);
}
