import { fileURLToPath } from 'node:url';

/** Where the generated safety table lives. */
export const SAFETY_DOC_PATH = fileURLToPath(new URL('../../docs/safety-cautions.md', import.meta.url));
