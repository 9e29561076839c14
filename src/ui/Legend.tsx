/** The zone legend: essential solid, spillover stippled, trigger point "x"; readable without colour. */
import { useAtlasStore } from '../hooks/useAtlasStore';
import { ZONE_WORDS } from '../atlas/zoneStyle';

/** Shown while a muscle's pattern is on the body. */
export function Legend() {
  const selected = useAtlasStore((s) => s.selectedMuscle);
  if (!selected) return null;
  return (
    <dl className="legend" data-testid="legend" aria-label="Legend">
      <div>
        <dt><span className="swatch swatch-essential" aria-hidden="true" /></dt>
        <dd><strong>{ZONE_WORDS.essential.label}</strong> ({ZONE_WORDS.essential.term}): {ZONE_WORDS.essential.meaning}</dd>
      </div>
      <div>
        <dt><span className="swatch swatch-spillover" aria-hidden="true" /></dt>
        <dd><strong>{ZONE_WORDS.spillover.label}</strong> ({ZONE_WORDS.spillover.term}): {ZONE_WORDS.spillover.meaning}</dd>
      </div>
      <div>
        <dt><span className="swatch-x" aria-hidden="true">×</span></dt>
        <dd>Trigger point</dd>
      </div>
    </dl>
  );
}
