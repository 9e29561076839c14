/** The zone legend: essential solid, spillover stippled, trigger point "x"; readable without colour. */
import { useAtlasStore } from '../hooks/useAtlasStore';

/** Shown while a muscle's pattern is on the body. */
export function Legend() {
  const selected = useAtlasStore((s) => s.selectedMuscle);
  if (!selected) return null;
  return (
    <dl className="legend" data-testid="legend" aria-label="Legend">
      <div>
        <dt><span className="swatch swatch-essential" aria-hidden="true" /></dt>
        <dd><strong>Main zone</strong> (essential, solid): felt by nearly everyone with this trigger point</dd>
      </div>
      <div>
        <dt><span className="swatch swatch-spillover" aria-hidden="true" /></dt>
        <dd><strong>Sometimes also</strong> (spillover, dotted): felt by some, when the trigger point is more irritable</dd>
      </div>
      <div>
        <dt><span className="swatch-x" aria-hidden="true">×</span></dt>
        <dd>Trigger point</dd>
      </div>
    </dl>
  );
}
