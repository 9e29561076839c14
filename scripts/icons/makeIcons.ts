/**
 * `npm run build:icons`: draws the app's icons (scripts/icons/drawMark.ts) and writes them as PNG
 * to public/icons/: the manifest's 192 and 512 px icons, a 512 px maskable one (the mark inside
 * the central 80 % circle every platform's mask keeps) and the 180 px Apple touch icon (opaque:
 * iOS rounds the corners itself and shows transparency as black). Deterministic: the same script
 * gives the same bytes (tests/unit/icons.test.ts holds the committed files to it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawMark, type MarkOptions } from './drawMark';
import { encodePng } from './png';

/** One icon file: its name under public/icons/ and how it is drawn. */
export interface IconSpec {
  file: string;
  options: Partial<MarkOptions> & Pick<MarkOptions, 'size'>;
}

/**
 * The maskable icon's mark: the disc (radius 0.31 of the side) scaled to 0.34 of the side, well inside
 * the safe circle of radius 0.4 (W3C manifest spec, "icon masks").
 */
const MASKABLE_SCALE = 0.34 / 0.31;

/** Every icon the app ships. */
export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', options: { size: 192 } },
  { file: 'icon-512.png', options: { size: 512 } },
  { file: 'icon-maskable-512.png', options: { size: 512, tile: 'full', markScale: MASKABLE_SCALE } },
  { file: 'apple-touch-icon.png', options: { size: 180, tile: 'full' } },
];

/** The folder the icons are written to. */
export const ICONS_DIR = fileURLToPath(new URL('../../public/icons/', import.meta.url));

/** Draws and encodes one icon. */
export function makeIcon(spec: IconSpec): Buffer {
  return encodePng(drawMark(spec.options), { text: [['Software', 'scripts/icons/makeIcons.ts (Trigger Point Atlas)']] });
}

/** Draws every icon: file name to PNG bytes. */
export function makeIcons(): Map<string, Buffer> {
  return new Map(ICONS.map((spec) => [spec.file, makeIcon(spec)]));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(ICONS_DIR, { recursive: true });
  for (const [file, bytes] of makeIcons()) {
    writeFileSync(join(ICONS_DIR, file), bytes);
    console.log(`wrote public/icons/${file} (${bytes.length} bytes)`);
  }
}
