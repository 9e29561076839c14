/**
 * The skin tones a user may choose for the body: a few natural tones from light to deep. On a
 * tone too close in lightness to the deep-red essential zone, the zone gets a pale rim, so it
 * never stands out by hue alone (`needsZoneRim`, tested).
 */
import { colourChannels, ZONE_COLOURS } from './zoneStyle';

export const SKIN_TONES = {
  light: { name: 'Light', colour: '#ecd0bd' },
  medium: { name: 'Medium', colour: '#d9b8a3' },
  tan: { name: 'Tan', colour: '#c09473' },
  brown: { name: 'Brown', colour: '#a0714f' },
  deep: { name: 'Deep', colour: '#7e5439' },
} as const;

export type SkinToneId = keyof typeof SKIN_TONES;

/** The tone the atlas has always drawn. */
export const DEFAULT_SKIN_TONE: SkinToneId = 'medium';

export function isSkinToneId(text: string): text is SkinToneId {
  return Object.hasOwn(SKIN_TONES, text);
}

/** WCAG relative luminance of an sRGB hex colour. */
export function relativeLuminance(hex: string): number {
  const linear = colourChannels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Below this lightness contrast with the skin, the essential zone is drawn with a pale rim. */
export const ZONE_RIM_BELOW_CONTRAST = 1.8;

/** Whether the essential zone needs its pale rim on this tone. */
export function needsZoneRim(tone: SkinToneId): boolean {
  return contrastRatio(SKIN_TONES[tone].colour, ZONE_COLOURS.essential) < ZONE_RIM_BELOW_CONTRAST;
}
