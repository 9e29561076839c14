/**
 * How the muscles look: one shared material per look (red-brown like fresh muscle, with faint
 * striations; the selected one bright) and the see-through outline of the selected muscle.
 */
import { MeshBasicMaterial, MeshStandardMaterial } from 'three';
import type { Side } from '../atlas/types';
import type { AtlasState } from '../state/store';

/** How a muscle is drawn right now ('dimmed': another muscle is selected). */
export type MuscleLook = 'hidden' | 'normal' | 'dimmed' | 'hovered' | 'selected';

// One material per look, shared by every muscle (red-brown like fresh muscle; the selected one bright).
export const LOOK_MATERIALS = {
  normal: withStriations(new MeshStandardMaterial({ name: 'muscle-normal', color: '#a0463a', roughness: 0.55 })),
  dimmed: withStriations(new MeshStandardMaterial({ name: 'muscle-dimmed', color: '#a88a84', roughness: 0.7 })),
  hovered: withStriations(new MeshStandardMaterial({ name: 'muscle-hovered', color: '#e0957d', roughness: 0.5, emissive: '#3b1209' })),
  selected: withStriations(new MeshStandardMaterial({ name: 'muscle-selected', color: '#f05a30', roughness: 0.45, emissive: '#6b1a08' })),
} as const;
// The selected muscle seen through what covers it: faint through the skin, bright through muscles.
export const OUTLINE_MATERIALS = {
  skin: createOutlineMaterial('#7d1f12', 0.75, 0.12),
  xray: createOutlineMaterial('#ff6a3d', 0.95, 0.55),
} as const;

/**
 * The look a muscle side gets in a store state. `nearSide` is the body's side the camera looks
 * at in a side view (null from the front or the back): in x-ray the far side's muscles would show
 * through the head and the trunk (the other temporalis through the face), so only the selected
 * muscle is drawn there.
 */
export function muscleLook(id: string, side: Side, s: Pick<AtlasState, 'xray' | 'selectedMuscle' | 'selectedSide' | 'hoveredMuscle'>, nearSide: Side | null = null): MuscleLook {
  if (!s.xray) return 'hidden';
  if (s.selectedMuscle === id && s.selectedSide === side) return 'selected';
  if (nearSide !== null && side !== nearSide) return 'hidden';
  if (s.hoveredMuscle === id) return 'hovered';
  return s.selectedMuscle ? 'dimmed' : 'normal';
}

/**
 * Fine grooves along the fibres (from the generator's `fibre` coordinate), so a muscle shows which
 * way it pulls; they fade out where they would be finer than a pixel.
 */
function withStriations(material: MeshStandardMaterial): MeshStandardMaterial {
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float fibre;\nvarying float vFibre;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvFibre = fibre;');
    shader.fragmentShader = shader.fragmentShader.replace('#include <common>', '#include <common>\nvarying float vFibre;').replace(
      '#include <color_fragment>',
      `#include <color_fragment>
      {
        float edge = abs(fract(vFibre) - 0.5) * 2.0;
        float groove = smoothstep(0.5, 1.0, edge) * (1.0 - clamp(fwidth(vFibre) * 1.5, 0.0, 1.0));
        diffuseColor.rgb *= 1.0 - 0.25 * groove;
      }`,
    );
  };
  return material;
}

/**
 * The selected muscle seen through whatever covers it: drawn over everything, strongest at its
 * silhouette (`fill` inside it, 0-1), and only where the skin above it faces the camera (so a
 * muscle on the far side never shows through the body).
 */
function createOutlineMaterial(colour: string, opacity: number, fill: number): MeshBasicMaterial {
  const material = new MeshBasicMaterial({ name: 'muscle-outline', color: colour, transparent: true, opacity, depthTest: false, depthWrite: false });
  // The shader text differs by `fill`, which three's default cache key (the hook's source) misses.
  material.customProgramCacheKey = () => `muscle-outline-${fill}`;
  material.onBeforeCompile = (shader) => {
    const varyings = 'varying vec3 vGhostNormal;\nvarying vec3 vGhostOutward;\nvarying vec3 vGhostView;';
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\nattribute vec3 outward;\n${varyings}`)
      .replace(
        '#include <defaultnormal_vertex>',
        '#include <defaultnormal_vertex>\nvGhostNormal = transformedNormal;\nvGhostOutward = normalMatrix * (skinMatrix * vec4(outward, 0.0)).xyz;',
      )
      .replace('#include <project_vertex>', '#include <project_vertex>\nvGhostView = -mvPosition.xyz;');
    shader.fragmentShader = shader.fragmentShader.replace('#include <common>', `#include <common>\n${varyings}`).replace(
      '#include <opaque_fragment>',
      `{
        vec3 view = normalize(vGhostView);
        float facing = smoothstep(0.05, 0.45, dot(normalize(vGhostOutward), view));
        float rim = pow(1.0 - abs(dot(normalize(vGhostNormal), view)), 2.0);
        diffuseColor.a *= facing * mix(${fill.toFixed(2)}, 1.0, rim);
      }
      #include <opaque_fragment>`,
    );
  };
  return material;
}

/**
 * How far round to the side (the sine of the view's angle from the front or back) a view must
 * turn to count as a side view (about 49 degrees), and back to count as one no more (about 40):
 * in a three-quarter view the far side's muscles are still in plain sight, and the gap between
 * the two keeps them from flickering while the body turns near the threshold.
 */
const SIDE_VIEW_ENTER = 0.75;
const SIDE_VIEW_LEAVE = 0.65;
/** Below this share of the view's direction in the horizontal, the camera looks from above or below. */
const LEVEL_ENOUGH = 0.3;

/**
 * The side of the body a camera looking along the unit direction (dx, dy, dz) (from the camera to
 * what it looks at) sees in a side view, or null from the front, the back, above or below.
 * `current` is the answer for the last frame (for the hysteresis). The subject's right is -x.
 */
export function nearSideOf(dx: number, dy: number, dz: number, current: Side | null = null): Side | null {
  const level = Math.hypot(dx, dz);
  if (level < LEVEL_ENOUGH * Math.hypot(dx, dy, dz)) return null;
  const sideways = Math.abs(dx) / level;
  // Looking towards +x, the camera stands on the -x side: the subject's right.
  const side = dx > 0 ? 'right' : 'left';
  return sideways >= (current === side ? SIDE_VIEW_LEAVE : SIDE_VIEW_ENTER) ? side : null;
}
