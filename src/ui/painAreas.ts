/**
 * Pain areas to pick from a list, for people who cannot or prefer not to tap the 3D body
 * (keyboard, screen reader, no WebGL): the contract's landmarks grouped by body region, in plain
 * words. Picking an area adds that landmark to the pain drawing, exactly as a tap would.
 */
import type { MidlineLandmark, SidedLandmarkBase } from '../atlas/landmarkNames';
import { MIDLINE_WORDS, SIDED_WORDS } from '../atlas/lookup';

/** One pickable area: a midline landmark, or a sided one offered for left and right. */
export type PainArea = { kind: 'midline'; id: MidlineLandmark; label: string } | { kind: 'sided'; base: SidedLandmarkBase; label: string };

const sided = (base: SidedLandmarkBase): PainArea => ({ kind: 'sided', base, label: capitalise(SIDED_WORDS[base]) });
const midline = (id: MidlineLandmark): PainArea => ({
  kind: 'midline',
  id,
  label: capitalise(MIDLINE_WORDS[id].replace(/^(the |your )/, '').replace(/\byour\b/g, 'the')),
});

/** Areas by region, head to foot. */
export const PAIN_AREA_GROUPS: readonly { region: string; areas: readonly PainArea[] }[] = [
  { region: 'Head and face', areas: [midline('vertex'), sided('forehead'), sided('temple'), sided('supraorbital'), midline('glabella'), sided('zygion'), sided('tragion'), sided('tmj'), sided('upper_molars'), sided('lower_molars'), sided('gonion'), midline('menton'), midline('inion')] },
  { region: 'Neck and shoulders', areas: [sided('suboccipital'), sided('mastoid'), midline('cervicale'), sided('neck_base'), sided('acromion'), sided('clavicle_mid'), sided('shoulder_front'), sided('shoulder_back'), midline('suprasternale')] },
  { region: 'Upper back', areas: [sided('scapula_superior_angle'), sided('scapula_spine_root'), sided('infraspinous_fossa'), sided('scapula_inferior_angle'), midline('t12')] },
  { region: 'Arms and hands', areas: [sided('deltoid'), sided('lateral_epicondyle'), sided('medial_epicondyle'), sided('olecranon'), sided('radial_styloid'), sided('thenar'), sided('thumb'), sided('dactylion'), sided('little_finger')] },
  { region: 'Chest and belly', areas: [sided('chest'), sided('thelion'), midline('xiphoid'), midline('omphalion'), sided('lower_abdomen'), sided('groin')] },
  { region: 'Lower back and hips', areas: [midline('l3'), midline('l5'), sided('iliocristale'), sided('iliac_crest_posterior'), sided('asis'), sided('psis'), midline('sacrum'), midline('coccyx'), sided('trochanterion'), sided('buttock'), sided('ischial_tuberosity')] },
  { region: 'Legs and feet', areas: [sided('thigh_anterior'), sided('thigh_lateral'), sided('thigh_posterior'), sided('patella'), sided('popliteal'), sided('fibular_head'), sided('shin'), sided('calf'), sided('achilles'), sided('lateral_malleolus'), sided('medial_malleolus'), sided('heel'), sided('instep'), sided('foot_dorsum'), sided('hallux')] },
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
