/**
 * Pain areas to pick from a list, for people who cannot or prefer not to tap the 3D body
 * (keyboard, screen reader, no WebGL): the contract's landmarks grouped by body region, in plain
 * words. Picking an area adds that landmark to the pain drawing, exactly as a tap would.
 */
import { isMidlineLandmark, type MidlineLandmark, type SidedLandmarkBase } from '../atlas/landmarkNames';
import { BODY_REGIONS, landmarkBasesOf, REGION_LABELS } from '../atlas/bodyRegions';
import { MIDLINE_WORDS, SIDED_WORDS } from '../atlas/lookup/describeSpot';

/** One pickable area: a midline landmark, or a sided one offered for left and right. */
export type PainArea = { kind: 'midline'; id: MidlineLandmark; label: string } | { kind: 'sided'; base: SidedLandmarkBase; label: string };

const sided = (base: SidedLandmarkBase): PainArea => ({ kind: 'sided', base, label: capitalise(SIDED_WORDS[base]) });
const midline = (id: MidlineLandmark): PainArea => ({
  kind: 'midline',
  id,
  label: capitalise(MIDLINE_WORDS[id].replace(/^(the |your )/, '').replace(/\byour\b/g, 'the')),
});

/** Areas by region, head to foot, as the region table orders and names them. */
export const PAIN_AREA_GROUPS: readonly { region: string; areas: readonly PainArea[] }[] = BODY_REGIONS.map((region) => ({
  region: REGION_LABELS[region],
  areas: landmarkBasesOf(region).map((base) => (isMidlineLandmark(base) ? midline(base) : sided(base))),
})).filter((group) => group.areas.length > 0);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The groups and areas whose region or name holds every word typed (all of them when none is). */
export function filterAreaGroups(text: string): typeof PAIN_AREA_GROUPS {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return PAIN_AREA_GROUPS;
  return PAIN_AREA_GROUPS.flatMap((group) => {
    const areas = group.areas.filter((area) => {
      const haystack = `${group.region} ${area.label}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
    return areas.length > 0 ? [{ ...group, areas }] : [];
  });
}
