/**
 * The skin material: matte, with the referral-zone layer painted in the shader from two vertex
 * attributes. Essential zones are solid deep red; spillover zones a light tint with a dot stipple
 * (as in Travell & Simons' charts), so the two differ without relying on colour. A third
 * attribute holds the areas the patient painted: a blue wash with a darker rim over everything,
 * drawn on the skin itself so a stroke reads as one filled band.
 */
import { BufferAttribute, MeshStandardMaterial, type BufferGeometry } from 'three';
import { colourChannels, ZONE_COLOURS } from '../atlas/zoneStyle';
import { DEFAULT_SKIN_TONE, needsZoneRim, SKIN_TONES, type SkinToneId } from '../atlas/skinTones';

/** Vertex attribute names of the zone layer. */
export const ESSENTIAL_ATTRIBUTE = 'zoneEssential';
export const SPILLOVER_ATTRIBUTE = 'zoneSpillover';
export const PAINTED_ATTRIBUTE = 'paintedArea';
const glslColour = (hex: string) => `vec3(${colourChannels(hex).map((c) => c.toFixed(4)).join(', ')})`;

/** Adds zero-filled zone attributes to the body geometry. */
export function addZoneAttributes(geometry: BufferGeometry): void {
  const count = geometry.getAttribute('position').count;
  for (const name of [ESSENTIAL_ATTRIBUTE, SPILLOVER_ATTRIBUTE, PAINTED_ATTRIBUTE]) {
    if (!geometry.getAttribute(name)) geometry.setAttribute(name, new BufferAttribute(new Float32Array(count), 1));
  }
}

/** A fresh skin material with the zone layer (every body's compiles to the same program). */
export function createSkinMaterial(): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color: SKIN_TONES[DEFAULT_SKIN_TONE].colour, roughness: 0.78, metalness: 0 });
  const zoneRim = { value: 0 };
  material.userData.zoneRim = zoneRim;
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uZoneRim = zoneRim;
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>\nattribute float ${ESSENTIAL_ATTRIBUTE};\nattribute float ${SPILLOVER_ATTRIBUTE};\nattribute float ${PAINTED_ATTRIBUTE};\nvarying float vEssential;\nvarying float vSpillover;\nvarying float vPainted;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>\nvEssential = ${ESSENTIAL_ATTRIBUTE};\nvSpillover = ${SPILLOVER_ATTRIBUTE};\nvPainted = ${PAINTED_ATTRIBUTE};`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform float uZoneRim;\nvarying float vEssential;\nvarying float vSpillover;\nvarying float vPainted;')
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        {
          float essential = smoothstep(0.02, 0.8, vEssential);
          float spill = smoothstep(0.02, 0.8, vSpillover) * (1.0 - essential);
          // A screen-space dot grid: stipple that reads the same at any zoom.
          vec2 cell = fract(gl_FragCoord.xy / 7.0) - 0.5;
          float dots = 1.0 - smoothstep(0.17, 0.27, length(cell));
          vec3 essentialColour = ${glslColour(ZONE_COLOURS.essential)};
          vec3 spillColour = ${glslColour(ZONE_COLOURS.spillover)};
          diffuseColor.rgb = mix(diffuseColor.rgb, spillColour, spill * 0.75);
          diffuseColor.rgb = mix(diffuseColor.rgb, essentialColour, spill * dots * 0.9);
          diffuseColor.rgb = mix(diffuseColor.rgb, essentialColour, essential * 0.92);
          // On dark skin the essential zone gets a pale rim, so it never stands out by hue alone.
          float zoneEdge = vEssential > 0.0 ? 1.0 - smoothstep(0.0, max(fwidth(vEssential) * 1.5, 1e-4), abs(vEssential - 0.3)) : 0.0;
          diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.98, 0.93, 0.86), zoneEdge * uZoneRim * 0.85);
          // The painted areas: vPainted crosses one half at the brush's rim (see PaintedAreas);
          // a rim about 1.5 px wide there, whatever the zoom.
          float painted = step(0.5, vPainted);
          float rim = vPainted > 0.0 ? 1.0 - smoothstep(0.0, max(fwidth(vPainted) * 1.5, 1e-4), abs(vPainted - 0.5)) : 0.0;
          diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.106, 0.373, 0.659), painted * 0.42);
          diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.05, 0.2, 0.42), rim * 0.9);
        }`,
      );
  };
  return material;
}

/** Draws the skin in `tone` (and rims the essential zones where the tone needs it). */
export function applySkinTone(material: MeshStandardMaterial, tone: SkinToneId): void {
  material.color.set(SKIN_TONES[tone].colour);
  const rim = material.userData.zoneRim as { value: number } | undefined;
  if (rim) rim.value = needsZoneRim(tone) ? 1 : 0;
}
