import { SPREAD_SOURCES } from '../askBack/spread';
import { describe, expect, it } from 'vitest';
import { muscleSchema, sourceSchema, type Anchor, type MuscleData, type ReferralZone } from '../muscleSchema';
import { MUSCLE_DATA } from './muscles';
import { SOURCES } from './sources';
import { RED_FLAGS } from './redFlags';

/** The base landmark names an anchor refers to (its landmark and its `toward`), without `@opposite`. */
function anchorBases(anchor: Anchor): string[] {
  const refs = typeof anchor === 'string' ? [anchor] : [anchor.landmark, anchor.toward].filter((r) => r !== undefined);
  return refs.map((ref) => ref.split('@')[0] ?? ref);
}

/** Every base landmark name a referral zone's shapes refer to. */
function zoneBases(zone: ReferralZone): string[] {
  return zone.shapes.flatMap((shape) =>
    shape.shape === 'disc' ? anchorBases(shape.center) : shape.path.flatMap(anchorBases),
  );
}

/** Every zone of a muscle, over all its trigger points. */
function allZones(muscle: MuscleData): ReferralZone[] {
  return muscle.triggerPoints.flatMap((trp) => trp.zones);
}

function muscleById(id: string): MuscleData {
  const muscle = MUSCLE_DATA.find((m) => m.id === id);
  if (!muscle) throw new Error(`missing muscle ${id}`);
  return muscle;
}

// Head and face landmarks of the contract: levator scapulae refers no pain to the head (T&S).
const HEAD_LANDMARKS = [
  'vertex', 'glabella', 'inion', 'menton', 'supraorbital', 'temple', 'tragion', 'tmj', 'mastoid', 'zygion',
  'upper_molars', 'gonion', 'lower_molars', 'forehead', 'suboccipital',
];

const REQUIRED: readonly { id: string; triggerPoints: number }[] = [
  { id: 'upper-trapezius', triggerPoints: 2 },
  { id: 'levator-scapulae', triggerPoints: 2 },
  { id: 'temporalis', triggerPoints: 4 },
  { id: 'quadratus-lumborum', triggerPoints: 4 },
];

const sourceIds = new Set(SOURCES.map((s) => s.id));

describe('the sources table', () => {
  it.each(SOURCES.map((s) => [s.id, s] as const))('source %s passes the source schema', (_id, source) => {
    expect(() => sourceSchema.parse(source)).not.toThrow();
  });

  it('has unique source ids', () => {
    expect(sourceIds.size).toBe(SOURCES.length);
  });

  it.each(SOURCES.map((s) => [s.id] as const))('source %s is cited by at least one muscle, red flag or the spread note', (id) => {
    expect(MUSCLE_DATA.some((m) => m.sources.includes(id)) || RED_FLAGS.some((f) => f.sources.includes(id)) || SPREAD_SOURCES.includes(id)).toBe(true);
  });
});

describe('the muscle data', () => {
  const cases = MUSCLE_DATA.map((m) => [m.id, m] as const);

  it('has unique muscle ids', () => {
    expect(new Set(MUSCLE_DATA.map((m) => m.id)).size).toBe(MUSCLE_DATA.length);
  });

  it.each(cases)('%s passes the muscle schema', (_id, muscle) => {
    const result = muscleSchema.safeParse(muscle);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(cases)('%s has unique trigger point ids', (_id, muscle) => {
    const ids = muscle.triggerPoints.map((trp) => trp.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(cases)('%s cites only sources that exist', (_id, muscle) => {
    expect(muscle.sources.filter((s) => !sourceIds.has(s))).toEqual([]);
  });

  // Where the sources draw only spillover for a trigger point, the data says so on the zone.
  const SPILLOVER_ONLY: ReadonlySet<string> = new Set(['latissimus-dorsi/lower']);
  it.each(cases)('%s gives every trigger point an essential zone (or marks the few the sources draw without one)', (_id, muscle) => {
    const missing = muscle.triggerPoints.filter((trp) => !trp.zones.some((z) => z.kind === 'essential'));
    expect(missing.map((trp) => trp.id).filter((id) => !SPILLOVER_ONLY.has(`${muscle.id}/${id}`))).toEqual([]);
    for (const trp of missing) expect(trp.zones.every((z) => z.uncertain), `${muscle.id}/${trp.id}`).toBe(true);
  });
});

describe('the required muscles', () => {
  it.each(REQUIRED.map((r) => [r.id, r.triggerPoints] as const))(
    '%s exists with %i trigger points',
    (id, count) => {
      expect(muscleById(id).triggerPoints).toHaveLength(count);
    },
  );

  it('lists the required muscles first', () => {
    expect(MUSCLE_DATA.slice(0, REQUIRED.length).map((m) => m.id)).toEqual(REQUIRED.map((r) => r.id));
  });

  it('names the upper trapezius trigger points TrP1 and TrP2', () => {
    expect(muscleById('upper-trapezius').triggerPoints.map((trp) => trp.id)).toEqual(['trp1', 'trp2']);
  });

  it('names the levator scapulae trigger points upper and lower', () => {
    expect(muscleById('levator-scapulae').triggerPoints.map((trp) => trp.id)).toEqual(['upper', 'lower']);
  });

  it('names the temporalis trigger points TrP1 to TrP4', () => {
    expect(muscleById('temporalis').triggerPoints.map((trp) => trp.id)).toEqual(['trp1', 'trp2', 'trp3', 'trp4']);
  });

  it('names the quadratus lumborum trigger points superficial and deep, upper and lower', () => {
    expect(muscleById('quadratus-lumborum').triggerPoints.map((trp) => trp.id)).toEqual([
      'superficial-upper',
      'superficial-lower',
      'deep-upper',
      'deep-lower',
    ]);
  });

  it('never draws temporalis referral on the lower teeth', () => {
    const bases = allZones(muscleById('temporalis')).flatMap(zoneBases);
    expect(bases).not.toContain('lower_molars');
  });

  it('never draws levator scapulae referral on the head', () => {
    const bases = allZones(muscleById('levator-scapulae')).flatMap(zoneBases);
    expect(bases.filter((b) => HEAD_LANDMARKS.includes(b))).toEqual([]);
  });

  it('draws each deep quadratus lumborum trigger point\'s half of the sacral band as spillover that stops at the midline', () => {
    // T&S: the band across the upper sacrum appears only when the deep TrPs of BOTH sides are
    // active, so each side draws its half (PSIS to the midline) and the two halves meet there.
    const deep = muscleById('quadratus-lumborum').triggerPoints.filter((trp) => trp.id.startsWith('deep-'));
    expect(deep.length).toBe(2);
    for (const trp of deep) {
      const band = trp.zones.find((z) => z.shapes.some((s) => s.shape === 'stroke' && s.path.some((a) => (typeof a === 'string' ? a : a.landmark) === 'sacrum')));
      expect(band?.kind, trp.id).toBe('spillover');
      expect(band?.crossesMidline, trp.id).toBeUndefined();
      const refs = band!.shapes.flatMap((s) => (s.shape === 'stroke' ? s.path : [s.center])).map((a) => (typeof a === 'string' ? a : a.landmark));
      expect(refs.some((r) => r.endsWith('@opposite')), trp.id).toBe(false);
    }
  });
});
