/**
 * Clinical examples of the shoulder, arm and mid-back muscles of the second wave (issue 13), on
 * both sides, as sentences a clinician would sign. Patterns: Travell & Simons 1999 (chs. 24, 25,
 * 28-32, 47, 48) as read in ../shared/reference/more/shoulder-arm-back.md.
 */
import { beforeAll, describe, it } from 'vitest';
import {
  expectAbove, expectAbsent, expectAmongFirst, expectFirst, lookup, on, openClinicalAtlas, sideOf, SIDES, type Place, type Suffix,
} from './clinicalHelpers';

beforeAll(async () => {
  await openClinicalAtlas();
}, 60_000);

const between = (from: string, to: string, s: Suffix, t: number): Place => ({ from: on(from, s), to: on(to, s), t });

describe('deltoid: pain that stays in the shoulder itself', () => {
  it.each(SIDES)('ranks the deltoid first for front-of-shoulder pain spreading onto the outer shoulder (_%s)', (s) => {
    expectFirst(lookup([on('shoulder_front', s), between('acromion', 'deltoid', s, 0.35)]), 'deltoid', sideOf(s));
  });

  it.each(SIDES)('ranks the deltoid among the first two over the middle of the outer shoulder, where supraspinatus refers too (_%s)', (s) => {
    expectAmongFirst(lookup([between('acromion', 'deltoid', s, 0.5)]), 'deltoid', sideOf(s), 2);
  });

  it.each(SIDES)('ranks the deltoid among the first five at the back of the shoulder, shared with teres major, triceps, subscapularis and teres minor (_%s)', (s) => {
    expectAmongFirst(lookup([on('shoulder_back', s)]), 'deltoid', sideOf(s), 5);
  });

  it.each(SIDES)('keeps infraspinatus above the deltoid for front-of-shoulder pain with pain over the deltoid insertion (_%s)', (s) => {
    expectAbove(lookup([on('shoulder_front', s), on('deltoid', s)]), 'infraspinatus', 'deltoid', sideOf(s));
  });

  it.each(SIDES)('offers neither the deltoid nor serratus posterior inferior for pain in the hand or the buttock (_%s)', (s) => {
    for (const place of [on('hand_dorsum', s), on('little_finger', s), on('thumb_cmc', s), on('buttock', s), on('gluteal_fold', s)]) {
      const c = lookup([place]);
      expectAbsent(c, 'deltoid', sideOf(s));
      expectAbsent(c, 'serratus-posterior-inferior', sideOf(s));
    }
  });
});

describe('latissimus dorsi and teres major', () => {
  it.each(SIDES)('ranks latissimus first for an ache at the lower tip of the shoulder blade (_%s)', (s) => {
    expectFirst(lookup([on('scapula_inferior_angle', s)]), 'latissimus-dorsi', sideOf(s));
  });

  it.each(SIDES)('ranks latissimus first for the lower tip of the shoulder blade with pain down the inner arm to the little-finger side (_%s)', (s) => {
    const c = lookup([on('scapula_inferior_angle', s), on('arm_medial', s), on('medial_epicondyle', s), on('ulnar_styloid', s), on('little_finger', s)]);
    expectFirst(c, 'latissimus-dorsi', sideOf(s));
  });

  it.each(SIDES)('ranks teres major among the first two for the back of the shoulder and the upper back of the arm, a pattern triceps TrP1 shares (_%s)', (s) => {
    expectAmongFirst(lookup([on('shoulder_back', s), on('arm_posterior', s)]), 'teres-major', sideOf(s), 2);
    expectAmongFirst(lookup([on('shoulder_back', s), on('arm_posterior', s), on('forearm_dorsal_mid', s)]), 'teres-major', sideOf(s), 2);
  });
});

describe('coracobrachialis, biceps and brachialis', () => {
  it.each(SIDES)('ranks coracobrachialis first for the front of the shoulder with pain down the back of the arm (_%s)', (s) => {
    expectFirst(lookup([on('shoulder_front', s), on('arm_posterior', s)]), 'coracobrachialis', sideOf(s));
  });

  it.each(SIDES)('ranks coracobrachialis first for its whole pattern: front of the shoulder, back of the arm, forearm and hand to the middle finger (_%s)', (s) => {
    const c = lookup([on('shoulder_front', s), on('arm_posterior', s), on('forearm_dorsal_mid', s), on('hand_dorsum', s), on('dactylion', s)]);
    expectFirst(c, 'coracobrachialis', sideOf(s));
  });

  it.each(SIDES)('ranks biceps first for the front of the shoulder with the front of the elbow (_%s)', (s) => {
    expectFirst(lookup([on('shoulder_front', s), on('cubital_fossa', s)]), 'biceps-brachii', sideOf(s));
    expectFirst(lookup([on('shoulder_front', s), on('arm_anterior', s), on('cubital_fossa', s)]), 'biceps-brachii', sideOf(s));
  });

  it.each(SIDES)('ranks the deltoid, biceps and coracobrachialis among the first six for front-of-shoulder pain alone, which many muscles share (_%s)', (s) => {
    const c = lookup([on('shoulder_front', s)]);
    for (const m of ['deltoid', 'biceps-brachii', 'coracobrachialis']) expectAmongFirst(c, m, sideOf(s), 6);
  });

  it.each(SIDES)('ranks brachialis first for pain at the base of the thumb with the front of the arm and elbow (_%s)', (s) => {
    expectFirst(lookup([on('thumb_cmc', s), on('arm_anterior', s)]), 'brachialis', sideOf(s));
    expectFirst(lookup([on('thumb_cmc', s), on('cubital_fossa', s), on('arm_anterior', s)]), 'brachialis', sideOf(s));
  });

  it.each(SIDES)('counts brachialis at the back of the base of the thumb above infraspinatus, whose spread to the hand is spillover (_%s)', (s) => {
    expectAbove(lookup([on('thumb_web_dorsal', s)]), 'brachialis', 'infraspinatus', sideOf(s));
    expectAmongFirst(lookup([on('thumb_cmc', s)]), 'brachialis', sideOf(s), 4);
  });
});

describe('triceps brachii with anconeus', () => {
  it.each(SIDES)('ranks triceps first for the back of the arm with the outer elbow (tennis elbow area) (_%s)', (s) => {
    expectFirst(lookup([on('arm_posterior', s), on('lateral_epicondyle', s)]), 'triceps-brachii', sideOf(s));
  });

  it.each(SIDES)('ranks triceps first for pain at the point of the elbow (_%s)', (s) => {
    expectFirst(lookup([on('olecranon', s)]), 'triceps-brachii', sideOf(s));
  });

  it.each(SIDES)('ranks triceps among the first five at the outer elbow alone, shared with the forearm extensors and supinator (_%s)', (s) => {
    expectAmongFirst(lookup([on('lateral_epicondyle', s)]), 'triceps-brachii', sideOf(s), 5);
  });

  it.each(SIDES)('ranks triceps among the first two for the inner elbow down the ulnar forearm to the little finger, a pattern pectoralis major shares (_%s)', (s) => {
    expectAmongFirst(lookup([on('medial_epicondyle', s), on('forearm_volar_ulnar', s), on('little_finger', s)]), 'triceps-brachii', sideOf(s), 2);
  });

  it.each(SIDES)('keeps serratus posterior superior first for its whole pattern, above the triceps trigger points that share parts of it (_%s)', (s) => {
    const c = lookup([on('scapula_superior_angle', s), on('shoulder_back', s), on('olecranon', s), on('little_finger', s)]);
    expectFirst(c, 'serratus-posterior-superior', sideOf(s));
  });
});

describe('serratus posterior inferior and the thoracic paraspinals', () => {
  it.each(SIDES)('ranks serratus posterior inferior among the first four over the lowest ribs beside the spine, shared with iliocostalis and rectus abdominis (_%s)', (s) => {
    expectAmongFirst(lookup([on('lower_ribs_posterior', s)]), 'serratus-posterior-inferior', sideOf(s), 4);
  });

  it.each(SIDES)('ranks the thoracic paraspinals first for an ache inside the lower shoulder blade reaching the front of the chest (_%s)', (s) => {
    const patch: Place = { from: on('paraspinal_t6', s), to: on('scapula_inferior_angle', s), t: 0.15 };
    const front: Place = { from: 'xiphoid', to: on('thelion', s), t: 0.5 };
    expectFirst(lookup([patch, front]), 'thoracic-paraspinals', sideOf(s));
    expectFirst(lookup([patch, on('scapula_spine_root', s), front]), 'thoracic-paraspinals', sideOf(s));
  });

  it.each(SIDES)('counts the T10-T11 longissimus above the lumbar paraspinals for pain deep in the lower buttock (_%s)', (s) => {
    const c = lookup([between('buttock', 'gluteal_fold', s, 0.55)]);
    expectAmongFirst(c, 'thoracic-paraspinals', sideOf(s), 6);
    expectAbove(c, 'thoracic-paraspinals', 'lumbar-paraspinals', sideOf(s));
  });
});
