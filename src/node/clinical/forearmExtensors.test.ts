/**
 * Clinical examples for the forearm extensor group (brachioradialis, the radial and ulnar wrist
 * extensors, the finger extensors, supinator; issue 13), on both sides, as sentences a clinician
 * would sign. Patterns: Travell & Simons 1999 chs. 34-36, as in reference/more/forearm-hand.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  SIDES,
  expectAbove,
  expectAbsent,
  expectAmongFirst,
  expectFirst,
  lookup,
  on,
  openClinicalAtlas,
  sideOf,
  summary,
  type Place,
  type Suffix,
} from './clinicalHelpers';

beforeAll(async () => {
  await openClinicalAtlas();
}, 60_000);

const between = (from: string, to: string, t: number, s: Suffix): Place => ({ from: on(from, s), to: on(to, s), t });

/**
 * The muscles the sources give for pain at the outer elbow bone (reference cross-muscle notes):
 * this group's four, and triceps with anconeus from the arm's reference file.
 */
const OUTER_ELBOW = ['extensor-carpi-radialis-longus', 'supinator', 'brachioradialis', 'extensor-digitorum', 'triceps-brachii', 'anconeus'];

describe.each(SIDES)('forearm extensors, %s side', (s) => {
  const side = sideOf(s);

  it('answers tennis-elbow pain at the outer elbow bone with the radial wrist extensor, supinator and brachioradialis together, an outer-elbow muscle first', () => {
    const c = lookup([on('lateral_epicondyle', s)]);
    expect(OUTER_ELBOW, summary(c)).toContain(c[0]!.muscle);
    expect(c[0]!.side).toBe(side);
    for (const muscle of ['extensor-carpi-radialis-longus', 'supinator', 'brachioradialis']) expectAmongFirst(c, muscle, side, 5);
  });

  it('ranks the long radial wrist extensor among the first three, above supinator and brachioradialis, for tennis elbow with pain down the back of the forearm', () => {
    // ECRL: the outer elbow plus a band down the back of the forearm; extensor digitorum (ring
    // finger) and triceps draw the same pair, so the three share the top. Supinator and
    // brachioradialis reach only the upper back or the thumb-side edge of the forearm.
    const c = lookup([on('lateral_epicondyle', s), on('forearm_dorsal_mid', s)]);
    expectAmongFirst(c, 'extensor-carpi-radialis-longus', side, 3);
    expectAbove(c, 'extensor-carpi-radialis-longus', 'supinator', side);
    expectAbove(c, 'extensor-carpi-radialis-longus', 'brachioradialis', side);
  });

  it('ranks a wrist or finger extensor first for pain over the back of the wrist and hand: the short radial wrist extensor', () => {
    const c = lookup([on('wrist_dorsal', s), on('hand_dorsum', s)]);
    expectFirst(c, 'extensor-carpi-radialis-brevis', side);
  });

  it('ranks brachioradialis first for pain on the back of the wrist and the base of the thumb', () => {
    const c = lookup([on('radial_styloid', s), on('anatomical_snuffbox', s), on('thumb_web_dorsal', s)]);
    expectFirst(c, 'brachioradialis', side);
  });

  it('ranks extensor carpi ulnaris first for pain on the little-finger side of the back of the wrist', () => {
    const c = lookup([on('ulnar_styloid', s), between('ulnar_styloid', 'hand_dorsum_ulnar', 0.2, s)]);
    expectFirst(c, 'extensor-carpi-ulnaris', side);
  });

  it('ranks extensor digitorum first for pain on the back of the middle finger from the knuckle to its middle joint', () => {
    const c = lookup([on('knuckle_middle', s), between('knuckle_middle', 'dactylion', 0.4, s)]);
    expectFirst(c, 'extensor-digitorum', side);
  });

  it('ranks extensor digitorum first for pain on the back of the ring finger from the knuckle to its middle joint', () => {
    const c = lookup([on('knuckle_ring', s), between('knuckle_ring', 'ring_finger', 0.4, s)]);
    expectFirst(c, 'extensor-digitorum', side);
  });

  it('does not blame extensor digitorum for pain at the middle fingertip: its finger pain stops at about the middle joint', () => {
    expectAbsent(lookup([on('dactylion', s)]), 'extensor-digitorum', side);
  });

  it('ranks supinator first for outer-elbow pain with an ache at the outer front of the elbow and in the back of the thumb web', () => {
    const c = lookup([on('lateral_epicondyle', s), between('cubital_fossa', 'lateral_epicondyle', 0.5, s), on('thumb_web_dorsal', s)]);
    expectFirst(c, 'supinator', side);
  });

  it('ranks extensor indicis and the short radial wrist extensor as the first two where the back of the wrist meets the back of the hand on the thumb side', () => {
    // Both draw a main zone here (extensor indicis a little toward the thumb); the sources do not
    // tell them apart by place alone.
    const c = lookup([between('wrist_dorsal', 'anatomical_snuffbox', 0.2, s), between('wrist_dorsal', 'knuckle_index', 0.25, s)]);
    expectAmongFirst(c, 'extensor-indicis', side, 2);
    expectAmongFirst(c, 'extensor-carpi-radialis-brevis', side, 2);
  });
});
