/**
 * Clinical examples for the forearm flexors, pronator teres and the hand muscles (issue 13), as
 * sentences a clinician would sign, on both sides of the body. Patterns: Travell & Simons 1999
 * Figs 38-1, 39-1 and 40-1 as the reference reads them (../shared/reference/more/forearm-hand.md).
 */
import { beforeAll, describe, it } from 'vitest';
import {
  expectAbove, expectAmongFirst, expectFirst, lookup, on, openClinicalAtlas, position, sideOf, SIDES, type Place, type Suffix,
} from './clinicalHelpers';

beforeAll(async () => {
  await openClinicalAtlas();
}, 60_000);

const between = (from: string, to: string, t: number, s: Suffix): Place => ({ from: on(from, s), to: on(to, s), t });

/**
 * A point on one side of a finger: a place on the line from its knuckle to its tip, moved by
 * [lateral, up, forward] metres. In the atlas's pose the hand hangs with the palm toward the thigh:
 * the back of the hand faces out (lateral), the thumb side forward, the little-finger side back.
 */
function fingerSide(from: string, to: string, t: number, s: Suffix, [lateral, up, forward]: readonly [number, number, number]): Place {
  const p = position(between(from, to, t, s));
  const out = s === 'r' ? -1 : 1; // the subject's right is -X
  return { at: [p[0] + out * lateral, p[1] + up, p[2] + forward], label: `${from}-${to} ${t} ${s}` };
}

describe('the front of the wrist', () => {
  it.each(SIDES)('ranks flexor carpi radialis first for pain across the thumb-side half of the front wrist crease (_%s)', (s) => {
    const c = lookup([on('wrist_volar_radial', s), between('wrist_volar_radial', 'wrist_volar', 0.5, s), on('wrist_volar', s)]);
    expectFirst(c, 'flexor-carpi-radialis', sideOf(s));
  });

  // T&S draw three essential zones over this one spot: flexor carpi radialis, opponens pollicis, and
  // pronator teres just above it.
  it.each(SIDES)('offers flexor carpi radialis, opponens pollicis and pronator teres as the first three at the thumb end of the front wrist crease (_%s)', (s) => {
    const c = lookup([on('wrist_volar_radial', s)]);
    for (const m of ['flexor-carpi-radialis', 'opponens-pollicis', 'pronator-teres']) expectAmongFirst(c, m, sideOf(s), 3);
  });

  it.each(SIDES)('ranks flexor carpi ulnaris first for pain over the pisiform, on the little-finger side of the front of the wrist (_%s)', (s) => {
    expectFirst(lookup([on('pisiform', s)]), 'flexor-carpi-ulnaris', sideOf(s));
  });

  it.each(SIDES)(
    'ranks pronator teres first, above flexor carpi radialis, for a deep ache just above the wrist crease on the thumb side of the front of the forearm (_%s)',
    (s) => {
      const c = lookup([on('forearm_volar_radial_distal', s), between('forearm_volar_radial_distal', 'wrist_volar_radial', 0.5, s)]);
      expectFirst(c, 'pronator-teres', sideOf(s));
      expectAbove(c, 'pronator-teres', 'flexor-carpi-radialis', sideOf(s));
    },
  );
});

describe('the palm and the palm side of the fingers', () => {
  it.each(SIDES)('ranks palmaris longus first for prickling pain in the centre of the palm (_%s)', (s) => {
    expectFirst(lookup([on('palm', s)]), 'palmaris-longus', sideOf(s));
  });

  it.each(SIDES)('ranks the finger flexors first for pain along the palm side of the whole middle finger to its tip (_%s)', (s) => {
    const c = lookup([between('palm', 'dactylion', 0.55, s), between('palm', 'dactylion', 0.8, s), on('dactylion', s)]);
    expectFirst(c, 'flexor-digitorum-superficialis', sideOf(s));
  });

  // Serratus posterior superior and pectoralis major also reach the little finger (reference cross-notes),
  // but the palm side of both the ring and the little finger to their tips is the finger flexors' own pattern.
  it.each(SIDES)('ranks the finger flexors first for pain along the palm side of the ring and little fingers to their tips (_%s)', (s) => {
    const c = lookup([between('palm', 'ring_finger', 0.7, s), on('ring_finger', s), between('hypothenar', 'little_finger', 0.7, s), on('little_finger', s)]);
    expectFirst(c, 'flexor-digitorum-superficialis', sideOf(s));
  });
});

describe('the thumb', () => {
  it.each(SIDES)('ranks opponens pollicis first for pain on the palm side of the thumb with a spot at the thumb side of the front of the wrist (_%s)', (s) => {
    expectFirst(lookup([on('thumb_volar', s), on('wrist_volar_radial', s)]), 'opponens-pollicis', sideOf(s));
  });

  it.each(SIDES)('ranks adductor pollicis first for pain at the outer base of the thumb spreading along the thumb and into the palm side of the web (_%s)', (s) => {
    const c = lookup([on('thumb_cmc', s), between('thumb_cmc', 'thumb', 0.2, s), between('thumb_cmc', 'thumb', 0.6, s), on('thumb_web_palmar', s)]);
    expectFirst(c, 'adductor-pollicis', sideOf(s));
  });

  // The supinator and brachioradialis also send pain to the base of the thumb on the back (reference cross-notes).
  it.each(SIDES)('keeps adductor pollicis among the first three for pain at the outer base of the thumb alone (_%s)', (s) => {
    expectAmongFirst(lookup([on('thumb_cmc', s)]), 'adductor-pollicis', sideOf(s), 3);
  });
});

describe('the back of the hand and the index and little fingers', () => {
  // The thumb side of the index finger, toward its back (the back-and-side strip T&S draw).
  const radialIndex = (s: Suffix, t: number): Place => fingerSide('knuckle_index', 'index_finger', t, s, [0.006, 0, 0.009]);
  // The outer (little-finger) side of the little finger.
  const ulnarLittle = (s: Suffix, t: number): Place => fingerSide('knuckle_little', 'little_finger', t, s, [0, 0, -0.011]);

  it.each(SIDES)('ranks the first dorsal interosseous first for pain along the thumb side of the index finger (_%s)', (s) => {
    expectFirst(lookup([radialIndex(s, 0.3), radialIndex(s, 0.6), radialIndex(s, 0.8)]), 'first-dorsal-interosseous', sideOf(s));
  });

  it.each(SIDES)('ranks the first dorsal interosseous first for pain in the web on the back of the hand with pain along the index finger (_%s)', (s) => {
    expectFirst(lookup([on('thumb_web_dorsal', s), radialIndex(s, 0.4), radialIndex(s, 0.7)]), 'first-dorsal-interosseous', sideOf(s));
  });

  it.each(SIDES)('ranks abductor digiti minimi first for pain along the outer side of the little finger (_%s)', (s) => {
    expectFirst(lookup([ulnarLittle(s, 0.3), ulnarLittle(s, 0.6), ulnarLittle(s, 0.85)]), 'abductor-digiti-minimi', sideOf(s));
  });
});
