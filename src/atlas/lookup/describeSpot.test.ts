import { describe, expect, it } from 'vitest';
import { ALL_LANDMARK_IDS } from '../landmarkNames';
import { describeSpot, describeTriggerPoint } from './describeSpot';

describe('describeSpot', () => {
  it.each([
    ['temple_r', 0, 'your right temple'],
    ['gonion_l', 0, 'your left jaw angle'],
    ['vertex', 0, 'the top of your head'],
    [undefined, 2, 'pain spot 3'],
    ['0.07,1.62,0.02', 0, 'pain spot 1 (0.07,1.62,0.02)'],
  ])('words %s (spot %i) as "%s"', (label, index, words) => {
    expect(describeSpot(label, index)).toBe(words);
  });

  it('has words for every landmark of the contract', () => {
    for (const id of ALL_LANDMARK_IDS) expect(describeSpot(id, 0)).not.toMatch(/undefined|pain spot/);
  });
});

describe('describeTriggerPoint', () => {
  it.each([
    ['TrP1', 'Temporalis', 'temporalis trigger point 1 (TrP1)'],
    ['TrP 2', 'Temporalis', 'temporalis trigger point 2 (TrP 2)'],
    ['TrP1 (medial head)', 'Gastrocnemius', 'gastrocnemius trigger point 1 (TrP1, medial head)'],
    ['Upper TrP', 'Levator scapulae', 'the upper trigger point of levator scapulae'],
    ['Suboccipital TrPs', 'Suboccipital muscles', 'the suboccipital trigger points of suboccipital muscles'],
    ['TrP (high, below the AIIS)', 'Rectus femoris', 'the trigger point (high, below the AIIS) of rectus femoris'],
    ['TrP3/TrP4 (behind the medial condyle)', 'Gastrocnemius', 'the trigger point 3/trigger point 4 (behind the medial condyle) of gastrocnemius'],
    ['Clavicular section', 'Pectoralis major', 'the clavicular section trigger point of pectoralis major'],
    ['Central trigger point', 'Serratus posterior superior', 'the central trigger point of serratus posterior superior'],
  ])('words "%s" of %s as "%s"', (name, muscle, words) => {
    expect(describeTriggerPoint(name, muscle)).toBe(words);
  });
});
