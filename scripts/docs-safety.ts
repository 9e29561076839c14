/** `npm run docs:safety`: writes docs/safety-cautions.md from the muscle data. */
import { writeFileSync } from 'node:fs';
import { MUSCLE_DATA } from '../src/atlas/data/muscles';
import { SAFETY_DOC_PATH } from './docs/safetyDocPath';
import { safetyTable } from './docs/safetyTable';

writeFileSync(SAFETY_DOC_PATH, safetyTable(MUSCLE_DATA));
console.log(`wrote ${SAFETY_DOC_PATH}`);
