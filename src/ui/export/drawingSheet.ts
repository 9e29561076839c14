/**
 * The downloadable picture of a pain drawing: the front and back pictures side by side under a
 * title and the date, the marked spots in words by their numbers, and the disclaimer, as one
 * PNG. Drawn on a 2D canvas in the browser; downloads go through an object URL and an
 * `<a download>`, so nothing leaves the device.
 */
import type { DrawingPicture } from '../../state/drawingPictures';
import { EXPORT_DISCLAIMER } from '../../atlas/drawingExport';

/** What the sheet says besides its pictures. */
export interface DrawingSheetText {
  readonly title: string;
  /** The date and the body, one line. */
  readonly subtitle: string;
  /** "1  Your right temple", in drawing order. */
  readonly spots: readonly string[];
  /** The emergency and same-day red flags for the drawing ("Emergency: ..."), under the spots. */
  readonly redFlags?: readonly string[];
}

const MARGIN = 24;
const GAP = 20;
const INK = '#14202b';
const MUTED = '#44515e';
const FONT = 'system-ui, sans-serif';

/** Composes the sheet; resolves to its PNG. */
export function drawingSheet(pictures: readonly DrawingPicture[], text: DrawingSheetText): Promise<Blob> {
  const pictureWidth = pictures[0]?.canvas.width ?? 0;
  const pictureHeight = pictures[0]?.canvas.height ?? 0;
  const width = MARGIN * 2 + pictures.length * pictureWidth + Math.max(0, pictures.length - 1) * GAP;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `18px ${FONT}`;
  const disclaimer = wrap(measure, EXPORT_DISCLAIMER, width - MARGIN * 2);
  const columns = 2;
  const rows = Math.ceil(text.spots.length / columns);
  const headerHeight = 104;
  const listTop = headerHeight + pictureHeight + GAP;
  const listHeight = rows === 0 ? 0 : 34 + rows * 26;
  measure.font = `17px ${FONT}`;
  const flagLines = (text.redFlags ?? []).map((flag) => wrap(measure, flag, width - MARGIN * 2));
  const flagsTop = listTop + listHeight + GAP;
  const flagsHeight = flagLines.length === 0 ? 0 : 34 + flagLines.flat().length * 22 + GAP;
  const footerTop = flagsTop + flagsHeight;
  const height = footerTop + disclaimer.length * 24 + MARGIN;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `bold 34px ${FONT}`;
  ctx.fillText(text.title, MARGIN, 50);
  ctx.fillStyle = MUTED;
  ctx.font = `20px ${FONT}`;
  ctx.fillText(text.subtitle, MARGIN, 84);
  pictures.forEach((picture, i) => {
    const x = MARGIN + i * (pictureWidth + GAP);
    ctx.drawImage(picture.canvas, x, headerHeight);
    ctx.strokeStyle = '#d5dbe1';
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 0.5, headerHeight + 0.5, pictureWidth - 1, pictureHeight - 1);
  });
  if (rows > 0) {
    ctx.fillStyle = INK;
    ctx.font = `bold 20px ${FONT}`;
    ctx.fillText('Marked spots', MARGIN, listTop + 22);
    ctx.font = `17px ${FONT}`;
    const columnWidth = (width - MARGIN * 2) / columns;
    text.spots.forEach((line, i) => {
      const column = Math.floor(i / rows);
      const row = i % rows;
      ctx.fillText(fit(ctx, line, columnWidth - 12), MARGIN + column * columnWidth, listTop + 34 + 20 + row * 26);
    });
  }
  if (flagLines.length > 0) {
    ctx.fillStyle = '#8a1c12';
    ctx.font = `bold 20px ${FONT}`;
    ctx.fillText('See a clinician first if', MARGIN, flagsTop + 22);
    ctx.fillStyle = INK;
    ctx.font = `17px ${FONT}`;
    flagLines.flat().forEach((line, i) => ctx.fillText(line, MARGIN, flagsTop + 34 + 18 + i * 22));
  }
  ctx.fillStyle = INK;
  ctx.font = `18px ${FONT}`;
  disclaimer.forEach((line, i) => ctx.fillText(line, MARGIN, footerTop + 18 + i * 24));
  return pngOf(canvas);
}

/** A canvas as a PNG file. */
export function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))), 'image/png'));
}

/** Starts the download of `blob` as `name`, from this page only (an object URL, no request). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is kept a moment for slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Lines of `text` no wider than `width`. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text`, cut with an ellipsis to fit `width`. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
