/**
 * Safety rules that hold for every muscle of the atlas, and the red flags by body area.
 */
import { describe, expect, it } from 'vitest';
import { ALL_LANDMARK_IDS } from '../../landmarkNames';
import { BODY_AREAS, bodyAreaOfLandmark, bodyAreasOfDrawing } from '../../bodyAreas';
import type { MuscleData, Technique } from '../../muscleSchema';
import { MUSCLE_DATA } from '../muscles';
import { RED_FLAGS, redFlagsFor } from '../redFlags';
import { SOURCES } from '../sources';

// Words that mean a text sends a finger, a ball or a movement near something that can be hurt.
// (Breathing "with the belly" sends nothing anywhere, so it does not count.)
const RISKY = /\b(pulse|pulsing|arter(y|ies)|aorta|carotid|nerves?|kidneys?|groin|armpit|throat|belly(?! rather)|abdomen|abdominal|behind the knee|back of the knee)\b/i;

function techniqueTexts(muscle: MuscleData): { technique: Technique; triggerPoint?: string; text: string }[] {
  return [
    ...muscle.triggerPoints.filter((tp) => !tp.clinicianOnly).map((tp) => ({ technique: 'palpation' as const, triggerPoint: tp.id, text: tp.palpation })),
    { technique: 'pressure-release', text: muscle.selfCare.pressureRelease },
    { technique: 'stretch', text: muscle.selfCare.stretch },
    ...muscle.selfCare.other.map((text) => ({ technique: 'other' as const, text })),
  ];
}

describe('every muscle', () => {
  it('says how common each of its trigger points is', () => {
    for (const muscle of MUSCLE_DATA) for (const tp of muscle.triggerPoints) expect(['common', 'occasional', 'rare'], `${muscle.id} ${tp.id}`).toContain(tp.prevalence);
  });

  it('carries a caution beside every technique that goes near an artery, a nerve or an organ', () => {
    const missing: string[] = [];
    for (const muscle of MUSCLE_DATA) {
      for (const { technique, triggerPoint, text } of techniqueTexts(muscle)) {
        if (!RISKY.test(text)) continue;
        const covered = muscle.techniqueCautions.some(
          (c) => c.technique === technique && (triggerPoint === undefined || !c.triggerPoints || c.triggerPoints.includes(triggerPoint)),
        );
        if (!covered) missing.push(`${muscle.id} ${technique}${triggerPoint ? ` ${triggerPoint}` : ''}: "${text.match(RISKY)![0]}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows patients clinical statements, not development notes about issues, tests or rankings', () => {
    const DEV = /\bissue \d|\bitem \d|\b(out)?ranks?\b|\branked\b|\branking|\blookup\b|\btie-break|finds this muscle first/i;
    const found: string[] = [];
    for (const muscle of MUSCLE_DATA) {
      const texts = [
        ...muscle.notes,
        muscle.sideBehaviour.note ?? '',
        ...muscle.triggerPoints.flatMap((tp) => [tp.description, tp.palpation, tp.clinicianOnly ?? '', tp.prevalenceNote ?? '', tp.uncertain ?? '',
          ...tp.zones.flatMap((z) => [z.description, z.uncertain ?? '', z.crossesMidline ?? ''])]),
      ];
      for (const text of texts) if (DEV.test(text)) found.push(`${muscle.id}: "${text.match(DEV)![0]}"`);
    }
    expect(found).toEqual([]);
  });

  it('lets no zone cross the midline without saying which source draws it so', () => {
    for (const muscle of MUSCLE_DATA)
      for (const tp of muscle.triggerPoints)
        for (const zone of tp.zones) if (zone.crossesMidline !== undefined) expect(zone.crossesMidline.length, `${muscle.id} ${tp.id}`).toBeGreaterThan(20);
  });
});

describe('the red flags', () => {
  it('cite sources the atlas lists, and have unique ids', () => {
    const ids = new Set(SOURCES.map((s) => s.id));
    for (const flag of RED_FLAGS) for (const id of flag.sources) expect(ids.has(id), `${flag.id}: ${id}`).toBe(true);
    expect(new Set(RED_FLAGS.map((f) => f.id)).size).toBe(RED_FLAGS.length);
  });

  it('give every body area at least one sign to act on today or at once', () => {
    for (const area of BODY_AREAS) {
      expect(RED_FLAGS.some((f) => f.areas.includes(area) && f.urgency !== 'soon'), area).toBe(true);
    }
  });

  it('place every landmark in a body area', () => {
    for (const id of ALL_LANDMARK_IDS) expect(BODY_AREAS, id).toContain(bodyAreaOfLandmark(id));
  });

  it('show the temporal arteritis flag for a temple headache and the aneurysm flag for low back or belly pain', () => {
    expect(redFlagsFor(['head']).map((f) => f.id)).toContain('temporal-arteritis');
    expect(redFlagsFor(['back']).map((f) => f.id)).toEqual(expect.arrayContaining(['aortic-aneurysm', 'cauda-equina']));
    expect(redFlagsFor(['abdomen']).map((f) => f.id)).toContain('aortic-aneurysm');
    expect(redFlagsFor(['lower-limb']).map((f) => f.id)).toContain('deep-vein-thrombosis');
    expect(redFlagsFor(['chest']).map((f) => f.id)[0]).toBe('cardiac-chest-pain');
  });

  it('put the most urgent first and always add the general ones', () => {
    const flags = redFlagsFor(['neck']);
    const order = { emergency: 0, 'same-day': 1, soon: 2 } as const;
    for (let i = 1; i < flags.length; i++) expect(order[flags[i]!.urgency]).toBeGreaterThanOrEqual(order[flags[i - 1]!.urgency]);
    expect(flags.map((f) => f.id)).toContain('systemic');
    expect(flags.map((f) => f.id)).not.toContain('temporal-arteritis');
  });

  it('find the areas of a drawing from its landmarks, or the nearest landmark for a free point', () => {
    const landmarks = new Map([['temple_r', { position: [-0.07, 1.6, 0] as const }], ['calf_r', { position: [-0.1, 0.35, -0.05] as const }]] as const);
    expect(bodyAreasOfDrawing([{ landmark: 'l5', position: [0, 1, -0.1] }, { position: [-0.1, 0.4, -0.05] }], landmarks)).toEqual(['back', 'lower-limb']);
  });
});
