/**
 * The body regions' order and names, apart from the region table (`bodyRegions.ts`), so the
 * finder can group its muscles without loading the whole table in the first view.
 */

/** Body regions, head to foot: the order of every list grouped by region. */
export const BODY_REGIONS = [
  'head', 'neck', 'shoulder', 'upper-back', 'chest', 'arm', 'forearm', 'hand', 'abdomen', 'lower-back',
  'hip', 'pelvis', 'thigh', 'knee', 'leg', 'foot',
] as const;
/** A body region. */
export type BodyRegion = (typeof BODY_REGIONS)[number];

/** How each region is named in lists and headings. */
export const REGION_LABELS: Readonly<Record<BodyRegion, string>> = {
  head: 'Head and face', neck: 'Neck', shoulder: 'Shoulder', 'upper-back': 'Upper back', chest: 'Chest',
  arm: 'Upper arm and elbow', forearm: 'Forearm', hand: 'Wrist and hand', abdomen: 'Belly',
  'lower-back': 'Lower back', hip: 'Hip and buttock', pelvis: 'Groin and pelvis', thigh: 'Thigh',
  knee: 'Knee', leg: 'Lower leg', foot: 'Ankle and foot',
};
