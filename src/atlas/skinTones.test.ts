import { describe, expect, it } from 'vitest';
import { contrastRatio, DEFAULT_SKIN_TONE, needsZoneRim, SKIN_TONES, type SkinToneId } from './skinTones';
import { ZONE_COLOURS } from './zoneStyle';

const tones = Object.keys(SKIN_TONES) as SkinToneId[];

describe('skin tones', () => {
  it('keeps the tone the atlas has always drawn as the default', () => {
    expect(SKIN_TONES[DEFAULT_SKIN_TONE].colour).toBe('#d9b8a3');
  });

  it('computes WCAG contrast (white on black is 21)', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });

  it('runs from light to deep', () => {
    const lightness = tones.map((t) => contrastRatio(SKIN_TONES[t].colour, '#000000'));
    expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
  });

  it.each(tones)('keeps the essential zone apart from %s skin by lightness, or by a pale rim', (tone) => {
    const contrast = contrastRatio(SKIN_TONES[tone].colour, ZONE_COLOURS.essential);
    expect(contrast >= 1.8 || needsZoneRim(tone)).toBe(true);
  });

  it('rims the zones on the darkest tones only', () => {
    expect(tones.filter(needsZoneRim)).toEqual(['brown', 'deep']);
  });
});
