/**
 * Clinical examples of the leg and foot muscles (reference more/leg-foot.md), as sentences a
 * clinician would sign, on both sides, on zones baked live from the data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectAbove, expectAbsent, expectAmongFirst, expectFirst, lookup, on, openClinicalAtlas, rank, sideOf, SIDES, summary, type Place, type Suffix,
} from './clinicalHelpers';

beforeAll(async () => {
  await openClinicalAtlas();
}, 60_000);

const between = (a: string, b: string, s: Suffix, t: number): Place => ({ from: on(a, s), to: on(b, s), t });

describe('the outer ankle and leg', () => {
  it.each(SIDES)('ranks the peroneus longus and brevis first for pain around the outer ankle bone running a short way along the outer edge of the foot (_%s)', (s) => {
    const c = lookup([
      on('lateral_malleolus', s),
      between('lateral_malleolus', 'achilles', s, 0.3),
      between('lateral_malleolus', 'heel_lateral', s, 0.4),
      between('lateral_malleolus', 'foot_lateral', s, 0.5),
    ]);
    expectFirst(c, 'peroneus-longus', sideOf(s));
  });

  it.each(SIDES)('ranks the peroneus longus above the gluteus minimus for the outer ankle with the middle of the outer leg (_%s)', (s) => {
    const c = lookup([on('lateral_malleolus', s), on('leg_lateral', s)]);
    expectFirst(c, 'peroneus-longus', sideOf(s));
    expectAbove(c, 'peroneus-longus', 'gluteus-minimus', sideOf(s));
  });

  it.each(SIDES)('ranks the peroneus tertius first for the front-outer ankle with the outer heel, above the peroneus longus (_%s)', (s) => {
    const c = lookup([between('lateral_malleolus', 'ankle_anterior', s, 0.5), on('heel_lateral', s)]);
    expectFirst(c, 'peroneus-tertius', sideOf(s));
    expectAbove(c, 'peroneus-tertius', 'peroneus-longus', sideOf(s));
  });
});

describe('the Achilles tendon and the sole', () => {
  it.each(SIDES)('ranks tibialis posterior first for the Achilles tendon above the heel with the heel pad and the whole sole to the toes (_%s)', (s) => {
    const c = lookup([on('achilles', s), on('heel_plantar', s), on('instep', s), on('ball_of_foot', s), on('toe3', s)]);
    expectFirst(c, 'tibialis-posterior', sideOf(s));
    expectAbove(c, 'tibialis-posterior', 'soleus', sideOf(s));
  });

  // Soleus TrP1 shares the lower Achilles in its main zone, so the two tie for the tendon alone.
  it.each(SIDES)('names tibialis posterior among the first two for pain over the Achilles tendon alone, beside soleus (_%s)', (s) => {
    const c = lookup([on('achilles', s)]);
    expectAmongFirst(c, 'tibialis-posterior', sideOf(s), 2);
    expectAmongFirst(c, 'soleus', sideOf(s), 2);
  });
});

describe('the top of the foot', () => {
  it.each(SIDES)('ranks the long toe extensor first for pain over the top of the foot running toward the middle toes, with the front of the ankle (_%s)', (s) => {
    const c = lookup([on('foot_dorsum', s), between('foot_dorsum', 'toe3', s, 0.6), on('ankle_anterior', s)]);
    expectFirst(c, 'extensor-digitorum-longus', sideOf(s));
  });

  it.each(SIDES)('ranks the short toe extensors first for a local ache on the outer top of the midfoot in front of the outer ankle bone (_%s)', (s) => {
    const c = lookup([between('sinus_tarsi', 'foot_dorsum', s, 0.3)]);
    expectFirst(c, 'extensor-digitorum-brevis', sideOf(s));
    expectAbove(c, 'extensor-digitorum-brevis', 'extensor-digitorum-longus', sideOf(s));
  });
});

describe('the back of the knee', () => {
  // Gastrocnemius TrP3/TrP4 and the popliteus both refer to the back of the knee; gastrocnemius
  // trigger points were the more frequent in painful knees (Sánchez Romero 2020), and the small,
  // sometimes missing plantaris comes after both.
  it.each(SIDES)('names popliteus second only to gastrocnemius for pain behind the knee, above plantaris (_%s)', (s) => {
    const c = lookup([on('popliteal', s)]);
    expectFirst(c, 'gastrocnemius', sideOf(s));
    expectAmongFirst(c, 'popliteus', sideOf(s), 2);
    expectAbove(c, 'popliteus', 'plantaris', sideOf(s));
  });

  // The gastrocnemius (TrP3/TrP4 with TrP1 spillover) and the hamstrings (biceps femoris) refer
  // there too; the plantaris, small and sometimes missing, is the occasional one of the group.
  it.each(SIDES)('names popliteus among the first two, and plantaris among the first four, for the back of the knee spreading onto the upper calf (_%s)', (s) => {
    const c = lookup([on('popliteal', s), between('popliteal', 'calf', s, 0.25)]);
    expectAmongFirst(c, 'popliteus', sideOf(s), 2);
    expectAmongFirst(c, 'plantaris', sideOf(s), 4);
    expectAbove(c, 'plantaris', 'soleus', sideOf(s));
  });

  it.each(SIDES)('keeps gastrocnemius first in the middle of the calf, where popliteus and plantaris pain does not reach (_%s)', (s) => {
    const c = lookup([on('calf', s)]);
    expectFirst(c, 'gastrocnemius', sideOf(s));
    expect(rank(c, 'popliteus', sideOf(s)), summary(c)).toBe(-1);
    expect(rank(c, 'plantaris', sideOf(s)), summary(c)).toBe(-1);
  });
});

describe('the heel and the sole of the foot', () => {
  it.each(SIDES)('ranks the long toe flexor first for the sole of the forefoot just behind the small toes with the undersides of the small toes (_%s)', (s) => {
    const c = lookup([between('ball_of_foot', 'toe3', s, 0.35), between('ball_of_foot', 'toe3', s, 0.75)]);
    expectFirst(c, 'flexor-digitorum-longus', sideOf(s));
    expectAbove(c, 'flexor-digitorum-longus', 'flexor-digitorum-brevis', sideOf(s));
  });

  it.each(SIDES)('ranks the short toe flexor first for pain under the ball of the foot (_%s)', (s) => {
    const c = lookup([on('ball_of_foot', s)]);
    expectFirst(c, 'flexor-digitorum-brevis', sideOf(s));
    expectAbove(c, 'flexor-digitorum-brevis', 'flexor-digitorum-longus', sideOf(s));
  });

  it.each(SIDES)('ranks abductor hallucis first for pain on the inner side of the heel (_%s)', (s) => {
    expectFirst(lookup([on('heel_medial', s)]), 'abductor-hallucis', sideOf(s));
  });

  it.each(SIDES)('ranks abductor hallucis first for the inner heel running forward along the inner border of the foot (_%s)', (s) => {
    const c = lookup([on('heel_medial', s), between('heel_medial', 'metatarsale_tibiale', s, 0.4)]);
    expectFirst(c, 'abductor-hallucis', sideOf(s));
  });

  // Soleus TrP1 refers to the underside of the heel too: the two share the heel pad itself.
  it.each(SIDES)('names quadratus plantae among the first two for pain in the heel pad, beside soleus (_%s)', (s) => {
    const c = lookup([on('heel_plantar', s)]);
    expectAmongFirst(c, 'quadratus-plantae', sideOf(s), 2);
    expectAmongFirst(c, 'soleus', sideOf(s), 2);
  });

  it.each(SIDES)('ranks quadratus plantae first for the heel pad with its front edge, where the sole begins, above soleus (_%s)', (s) => {
    const c = lookup([on('heel_plantar', s), between('heel_plantar', 'instep', s, 0.4)]);
    expectFirst(c, 'quadratus-plantae', sideOf(s));
    expectAbove(c, 'quadratus-plantae', 'soleus', sideOf(s));
  });
});

// Dorsal against plantar separates the big-toe muscles (reference, cross-muscle notes): the long
// extensor and tibialis anterior refer to the top of the big toe, the long flexor under it only.
describe('the big toe: its top and its underside', () => {
  const dorsalFirstMtp = (s: Suffix): Place[] => [between('metatarsale_tibiale', 'ankle_anterior', s, 0.2), between('metatarsale_tibiale', 'foot_dorsum', s, 0.3)];
  const plantarBigToe = (s: Suffix): Place[] => [between('hallux', 'ball_of_foot', s, 0.2), between('hallux', 'ball_of_foot', s, 0.35)];

  it.each(SIDES)('ranks the long extensor of the big toe first for pain over the top of the big-toe joint and the first metatarsal head, above tibialis anterior (_%s)', (s) => {
    const c = lookup(dorsalFirstMtp(s));
    expectFirst(c, 'extensor-hallucis-longus', sideOf(s));
    expectAbove(c, 'extensor-hallucis-longus', 'tibialis-anterior', sideOf(s));
    expectAbsent(c, 'flexor-hallucis-longus', sideOf(s));
  });

  it.each(SIDES)('ranks the long extensor of the big toe first for the top of the big-toe joint spreading up the top of the foot to the front of the ankle (_%s)', (s) => {
    const c = lookup([between('metatarsale_tibiale', 'ankle_anterior', s, 0.2), between('metatarsale_tibiale', 'ankle_anterior', s, 0.5), on('ankle_anterior', s)]);
    expectFirst(c, 'extensor-hallucis-longus', sideOf(s));
    expectAbove(c, 'extensor-hallucis-longus', 'extensor-digitorum-longus', sideOf(s));
    expectAbove(c, 'extensor-hallucis-longus', 'peroneus-tertius', sideOf(s));
  });

  // Tibialis anterior's main zone is the whole big toe with the front-inner ankle; the long
  // extensor's reaches the toe itself only as spillover.
  it.each(SIDES)('keeps tibialis anterior first for the whole top of the big toe with the front-inner ankle, above the long extensor (_%s)', (s) => {
    const c = lookup([on('hallux', s), between('hallux', 'foot_dorsum', s, 0.3), between('medial_malleolus', 'foot_dorsum', s, 0.4)]);
    expectFirst(c, 'tibialis-anterior', sideOf(s));
    expectAbove(c, 'tibialis-anterior', 'extensor-hallucis-longus', sideOf(s));
  });

  it.each(SIDES)('ranks the long flexor of the big toe first for pain under the big toe, and never the long extensor (_%s)', (s) => {
    const c = lookup(plantarBigToe(s));
    expectFirst(c, 'flexor-hallucis-longus', sideOf(s));
    expectAbsent(c, 'extensor-hallucis-longus', sideOf(s));
  });

  it.each(SIDES)('ranks the long flexor of the big toe first for the underside of the big toe with the first metatarsal head, above the short toe flexor and tibialis posterior (_%s)', (s) => {
    const c = lookup([between('hallux', 'ball_of_foot', s, 0.2), between('metatarsale_tibiale', 'ball_of_foot', s, 0.45)]);
    expectFirst(c, 'flexor-hallucis-longus', sideOf(s));
    expectAbove(c, 'flexor-hallucis-longus', 'flexor-digitorum-brevis', sideOf(s));
    expectAbove(c, 'flexor-hallucis-longus', 'tibialis-posterior', sideOf(s));
    expectAbsent(c, 'extensor-hallucis-longus', sideOf(s));
  });
});

describe('the outer forefoot', () => {
  // The short toe flexor reaches the 5th metatarsal head only occasionally, as spillover.
  it.each(SIDES)('ranks the abductor digiti minimi of the foot first for pain under the head of the 5th metatarsal, above the short toe flexor (_%s)', (s) => {
    const c = lookup([between('metatarsale_fibulare', 'ball_of_foot', s, 0.25)]);
    expectFirst(c, 'abductor-digiti-minimi-pedis', sideOf(s));
    expectAbove(c, 'abductor-digiti-minimi-pedis', 'flexor-digitorum-brevis', sideOf(s));
  });

  it.each(SIDES)('does not offer the abductor digiti minimi of the foot for the outer heel and outer ankle, a claim of weak lay pages only (_%s)', (s) => {
    const c = lookup([on('heel_lateral', s), on('lateral_malleolus', s)]);
    expectAbsent(c, 'abductor-digiti-minimi-pedis', sideOf(s));
    expectAbsent(c, 'abductor-digiti-minimi', sideOf(s));
  });
});
