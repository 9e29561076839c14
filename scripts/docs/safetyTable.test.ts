import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUSCLE_DATA } from '../../src/atlas/data/muscles';
import { SAFETY_DOC_PATH } from './safetyDocPath';
import { safetyTable } from './safetyTable';

describe('docs/safety-cautions.md', () => {
  it('matches the muscle data (run `npm run docs:safety` after changing a caution)', () => {
    expect(readFileSync(SAFETY_DOC_PATH, 'utf8')).toBe(safetyTable(MUSCLE_DATA));
  });
});
