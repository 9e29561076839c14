/**
 * How referral zones look and are named everywhere the atlas shows them (the skin shader, the
 * referral paths, the legend, the panel): one place, so the body and the words never disagree.
 * Essential is solid deep red, spillover a light tint with a dot stipple, as in Travell & Simons'
 * charts, and each always carries its words too, so colour is never the only cue.
 */
import type { ZoneKind } from './muscleSchema';

/** Zone colours, sRGB hex. */
export const ZONE_COLOURS: Readonly<Record<ZoneKind, string>> = { essential: '#b03a48', spillover: '#e8a3a8' };

/** The words for each layer: a short label, the manuals' term and how it is drawn, and what it means. */
export const ZONE_WORDS: Readonly<Record<ZoneKind, { label: string; term: string; meaning: string }>> = {
  essential: { label: 'Main zone', term: 'essential zone, solid', meaning: 'felt by nearly everyone with this trigger point' },
  spillover: {
    label: 'Sometimes also',
    term: 'spillover zone, dotted',
    meaning: 'felt by some people, often when the trigger point is more irritable',
  },
};

/** A hex colour as linear-ish 0..1 channels for a shader literal (`vec3(r, g, b)`). */
export function colourChannels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
