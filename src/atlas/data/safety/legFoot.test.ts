/**
 * Safety and accuracy facts of the leg and foot muscles (reference more/leg-foot.md, its [CHECKED]
 * fixes), as sentences a clinician would sign, read from the muscle data.
 */
import { describe, expect, it } from 'vitest';
import { muscle, tp, nearOf, textOf } from './muscleFacts';

const LEG_FOOT = [
  'popliteus', 'plantaris', 'peroneus-longus', 'peroneus-tertius', 'tibialis-posterior', 'extensor-digitorum-longus',
  'extensor-hallucis-longus', 'flexor-digitorum-longus', 'flexor-hallucis-longus', 'extensor-digitorum-brevis', 'abductor-hallucis',
  'flexor-digitorum-brevis', 'abductor-digiti-minimi-pedis', 'quadratus-plantae',
];
const FOOT = ['abductor-hallucis', 'flexor-digitorum-brevis', 'abductor-digiti-minimi-pedis', 'quadratus-plantae', 'extensor-digitorum-brevis'];

describe('the common fibular nerve at the fibular head', () => {
  it('keeps peroneus longus pressure and rolling off the neck of the fibula, starting a hand\'s breadth below the fibular head', () => {
    expect(nearOf('peroneus-longus', 'palpation', 'longus')).toMatch(/common fibular nerve/);
    expect(textOf('peroneus-longus', 'palpation', 'longus')).toMatch(/do not press or roll hard just under the knob/);
    expect(nearOf('peroneus-longus', 'pressure-release')).toMatch(/common fibular nerve/);
    expect(muscle('peroneus-longus').selfCare.pressureRelease).toMatch(/hand's breadth below the bony knob/);
    expect(textOf('peroneus-longus', 'pressure-release')).toMatch(/never just under it/);
  });

  it('rests the ankle on the other knee rather than crossing knee over knee, which presses the nerve', () => {
    expect(muscle('peroneus-longus').selfCare.pressureRelease).toMatch(/ankle resting on the other knee \(not knee over knee\)/);
    expect(muscle('peroneus-longus').selfCare.other.join(' ')).toMatch(/avoid .*crossing the knees/);
  });

  it.each(['extensor-digitorum-longus', 'extensor-hallucis-longus'])('keeps the %s pressure a hand\'s breadth below the fibular head', (id) => {
    expect(muscle(id).selfCare.pressureRelease).toMatch(/hand's breadth below the bony knob of the fibula, not just under it/);
    for (const technique of ['palpation', 'pressure-release'] as const) expect(nearOf(id, technique)).toMatch(/common fibular nerve/);
  });

  it('sends new foot drop or numbness on the top of the foot to a clinician', () => {
    for (const id of ['peroneus-longus', 'extensor-digitorum-longus', 'extensor-hallucis-longus']) expect(muscle(id).selfCare.cautions.join(' '), id).toMatch(/foot drop/);
  });
});

describe('the popliteal fossa (artery, vein, tibial nerve)', () => {
  it('never sends pressure into the middle of the hollow behind the knee for popliteus, naming the vessels and nerves', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      for (const structure of [/popliteal artery/, /popliteal vein/, /tibial nerve/, /common fibular nerve/]) expect(nearOf('popliteus', technique)).toMatch(structure);
    }
    expect(textOf('popliteus', 'palpation', 'medial')).toMatch(/Never press into the middle of the hollow behind the knee/);
    expect(muscle('popliteus').selfCare.pressureRelease).toMatch(/never into the middle of the hollow behind the knee/);
    expect(muscle('popliteus').selfCare.pressureRelease).toMatch(/no balls or other pressure tools|Do not use balls or other pressure tools/i);
    expect(tp('popliteus', 'lateral').clinicianOnly).toMatch(/common fibular nerve/);
  });

  it('asks for the surgeon\'s agreement after knee surgery and rules out blood thinners and a past clot for popliteus', () => {
    const text = textOf('popliteus', 'pressure-release');
    expect(text).toMatch(/knee replacement without the surgeon's agreement/);
    expect(text).toMatch(/blood thinners/);
    expect(text).toMatch(/clot in the leg/);
  });

  it('leaves plantaris to a clinician: no self-pressure between the tibial and common fibular nerves', () => {
    const t = tp('plantaris', 'central');
    expect(t.clinicianOnly).toMatch(/Do not press in the hollow behind the knee yourself/);
    expect(t.clinicianOnly).toMatch(/tibial nerve/);
    expect(t.clinicianOnly).toMatch(/common fibular nerve/);
    expect(t.palpation).toMatch(/^Clinician's examination/);
    expect(muscle('plantaris').selfCare.pressureRelease).toMatch(/^No self-pressure in the hollow behind the knee/);
    expect(nearOf('plantaris', 'pressure-release')).toMatch(/popliteal artery/);
  });

  it('treats a pulsing lump behind the knee as a reason to see a doctor', () => {
    for (const id of ['popliteus', 'plantaris']) expect(muscle(id).selfCare.cautions.join(' ')).toMatch(/pulses/);
  });
});

describe('the tarsal tunnel behind the inner ankle bone (tibial nerve, posterior tibial artery)', () => {
  it.each(['tibialis-posterior', 'flexor-digitorum-longus', 'flexor-hallucis-longus', 'abductor-hallucis'])('keeps %s pressure out of the tarsal tunnel', (id) => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf(id, technique)).toMatch(/tibial nerve/);
      expect(nearOf(id, technique)).toMatch(/posterior tibial artery/);
      expect(textOf(id, technique)).toMatch(/behind (and below )?the inner ankle bone/);
    }
  });
});

describe('a swollen, hot calf (clot) and varicose veins', () => {
  it.each(['tibialis-posterior', 'flexor-digitorum-longus', 'flexor-hallucis-longus'])('tells the patient not to press a swollen, warm, red or tender calf for %s, and names the contraindications', (id) => {
    const text = textOf(id, 'pressure-release');
    expect(text).toMatch(/swollen, warm, red or tender/);
    for (const word of [/blood thinners/, /clot in the leg/, /pregnancy/, /surgery/, /varicose veins/]) expect(text).toMatch(word);
    expect(nearOf(id, 'pressure-release')).toMatch(/deep calf veins/);
    expect(muscle(id).selfCare.cautions.join(' ')).toMatch(/deep-vein thrombosis/);
  });

  it('warns that calf pain with sudden chest pain or breathlessness is an emergency (tibialis posterior)', () => {
    expect(muscle('tibialis-posterior').selfCare.cautions.join(' ')).toMatch(/chest pain or breathlessness is an emergency/);
  });

  it('keeps ball and roller work off varicose veins on the leg', () => {
    for (const id of ['peroneus-longus', 'tibialis-posterior', 'extensor-digitorum-longus', 'extensor-hallucis-longus', 'flexor-digitorum-longus', 'flexor-hallucis-longus']) {
      expect(textOf(id, 'pressure-release'), id).toMatch(/varicose veins/);
    }
  });

  it('asks for a clot or a burst Baker\'s cyst to be ruled out when the calf is swollen (popliteus, plantaris)', () => {
    for (const id of ['popliteus', 'plantaris']) expect(muscle(id).selfCare.cautions.join(' ')).toMatch(/Baker's cyst/);
  });
});

describe('neuropathy and the diabetic foot', () => {
  it.each(['abductor-hallucis', 'flexor-digitorum-brevis', 'abductor-digiti-minimi-pedis'])('forbids rolling on a ball or firm pressure on a numb foot for %s without the foot team', (id) => {
    expect(textOf(id, 'pressure-release')).toMatch(/do not roll the foot on a ball or roller and use no firm pressure unless the diabetes foot team or podiatrist agrees/);
    expect(muscle(id).selfCare.pressureRelease).toMatch(/Not with diabetic nerve damage/);
  });

  it('does not let a patient with diabetic neuropathy stand on the ball for quadratus plantae', () => {
    expect(muscle('quadratus-plantae').selfCare.pressureRelease).toMatch(/Do not stand on the ball if your feet are numb/);
    expect(textOf('quadratus-plantae', 'pressure-release')).toMatch(/do not stand or roll on the ball/);
  });

  it('names the same-day signs of a diabetic foot infection and a plantar fascia rupture for the sole muscles', () => {
    for (const id of ['abductor-hallucis', 'quadratus-plantae']) {
      const cautions = muscle(id).selfCare.cautions.join(' ');
      expect(cautions).toMatch(/same-day care \(possible diabetic foot infection\)/);
      expect(cautions).toMatch(/torn plantar fascia/);
    }
  });

  it('limits pressure on every foot muscle with diabetic nerve damage', () => {
    for (const id of FOOT) expect(textOf(id, 'pressure-release'), id).toMatch(/diabet/i);
    for (const id of ['peroneus-longus', 'extensor-digitorum-longus', 'extensor-hallucis-longus', 'tibialis-posterior']) expect(textOf(id, 'pressure-release'), id).toMatch(/diabetic nerve damage/);
    expect(textOf('flexor-hallucis-longus', 'pressure-release')).toMatch(/With diabetes or nerve damage in the feet, no vigorous calf or sole work without advice/);
  });
});

describe('the other checked fixes', () => {
  it('keeps the weight-bearing inversion stretch of the peroneals away from an unstable or recently sprained ankle', () => {
    expect(muscle('peroneus-longus').selfCare.stretch).toMatch(/Leave the standing version out after a recent sprain or if the ankle gives way/);
    expect(textOf('peroneus-longus', 'stretch')).toMatch(/sprain/);
  });

  it.each(['extensor-digitorum-longus', 'extensor-hallucis-longus'])('offers a seated version of the kneeling stretch of %s for sore knees, a knee replacement or poor balance', (id) => {
    expect(muscle(id).selfCare.stretch).toMatch(/If kneeling hurts your knees, after a knee replacement, or with poor balance, do it sitting/);
    expect(nearOf(id, 'stretch')).toMatch(/knee joint/);
  });

  it('leaves out the adduction of the big toe in the abductor hallucis stretch with a bunion', () => {
    expect(muscle('abductor-hallucis').selfCare.stretch).toMatch(/With a bunion, leave out/);
  });

  it('keeps pressure off the foot pulse and the deep fibular nerve on the top of the foot', () => {
    for (const id of ['extensor-digitorum-longus', 'extensor-hallucis-longus', 'extensor-digitorum-brevis']) {
      expect(nearOf(id, 'pressure-release')).toMatch(/dorsalis pedis artery/);
      expect(nearOf(id, 'pressure-release')).toMatch(/deep fibular nerve/);
    }
  });

  it('treats a tense, very painful leg compartment as an emergency', () => {
    for (const id of ['peroneus-longus', 'peroneus-tertius', 'extensor-digitorum-longus', 'extensor-hallucis-longus', 'tibialis-posterior', 'flexor-digitorum-longus', 'flexor-hallucis-longus']) {
      expect(muscle(id).selfCare.cautions.join(' '), id).toMatch(/compartment syndrome: an emergency/);
    }
  });

  it('asks for a fracture to be ruled out before pressure on an injured outer ankle (peroneus tertius)', () => {
    expect(textOf('peroneus-tertius', 'pressure-release')).toMatch(/until a fracture has been ruled out/);
    expect(nearOf('peroneus-tertius', 'palpation')).toMatch(/superficial fibular nerve/);
  });
});

describe('leg and foot patterns and sources', () => {
  it('refers every pattern to its own side only', () => {
    for (const id of LEG_FOOT) {
      expect(muscle(id).sideBehaviour.referral).toBe('ipsilateral');
      for (const t of muscle(id).triggerPoints) for (const z of t.zones) expect(z.crossesMidline, `${id} ${t.id}`).toBeUndefined();
    }
  });

  it('gives the same main zone around the outer ankle bone to peroneus longus and brevis, and the leg spillover to the longus only', () => {
    const longus = tp('peroneus-longus', 'longus');
    const brevis = tp('peroneus-longus', 'brevis');
    expect(brevis.zones).toEqual([longus.zones[0]]);
    expect(longus.zones.map((z) => z.kind)).toEqual(['essential', 'spillover']);
    expect(muscle('peroneus-longus').aliases).toContain('fibularis-longus');
    expect(muscle('peroneus-tertius').aliases).toContain('fibularis-tertius');
  });

  it('stores the tibialis posterior Achilles zone as essential and the sole as spillover, marking the disagreement', () => {
    const [essential, spill] = tp('tibialis-posterior', 'central').zones;
    expect(essential!.description).toMatch(/Achilles/);
    expect(spill!.kind).toBe('spillover');
    expect(spill!.description).toMatch(/whole sole/);
    expect(spill!.uncertain).toMatch(/NAMTPT/);
  });

  it('draws no big-toe extension for plantaris, whose big-toe claim the sources dispute', () => {
    const t = tp('plantaris', 'central');
    expect(JSON.stringify(t.zones)).not.toMatch(/hallux/);
    expect(t.uncertain).toMatch(/big toe/);
    expect(t.prevalence).toBe('occasional');
  });

  it('keeps the flexor digitorum brevis zone on the ball of the foot, not on the toes', () => {
    const essential = tp('flexor-digitorum-brevis', 'central').zones[0]!;
    expect(essential.description).toMatch(/does not run back into the middle of the sole or forward onto the toes/);
    expect(JSON.stringify(essential.shapes)).not.toMatch(/toe3|hallux/);
  });

  it('cites no unchecked 2019 edition and cites the 1992 volume for every leg and foot muscle', () => {
    for (const id of LEG_FOOT) {
      expect(muscle(id).sources).not.toContain('ts-2019');
      expect(muscle(id).sources).toContain('ts-1992');
    }
  });
});

describe('the long big-toe muscles (extensor and flexor hallucis longus)', () => {
  it('stops the ball under the calf for the long flexor when tingling runs into the outer foot (sural nerve) and keeps it off varicose veins', () => {
    expect(muscle('flexor-hallucis-longus').selfCare.pressureRelease).toMatch(/Stop if tingling runs into the outer side of the foot/);
    expect(muscle('flexor-hallucis-longus').selfCare.pressureRelease).toMatch(/keep the ball off veins that stand out on the back of the calf/);
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('flexor-hallucis-longus', technique)).toMatch(/sural nerve/);
      expect(nearOf('flexor-hallucis-longus', technique)).toMatch(/small saphenous vein/);
      expect(textOf('flexor-hallucis-longus', technique)).toMatch(/tingling runs into the outer (side of the )?foot/);
    }
    expect(textOf('flexor-hallucis-longus', 'pressure-release')).toMatch(/small saphenous vein runs up the middle of the back of the calf/);
  });

  it('lets the patient press the long flexor with a ball, after ruling out a clot, rather than leaving it to a clinician', () => {
    expect(tp('flexor-hallucis-longus', 'central').clinicianOnly).toBeUndefined();
    expect(textOf('flexor-hallucis-longus', 'palpation')).toMatch(/^Rule out a clot first/);
  });

  it('names the deep posterior compartment, an Achilles rupture and a sesamoid stress fracture among the long flexor\'s red flags', () => {
    const cautions = muscle('flexor-hallucis-longus').selfCare.cautions.join(' ');
    expect(cautions).toMatch(/compartment syndrome: an emergency/);
    expect(cautions).toMatch(/Achilles rupture/);
    expect(cautions).toMatch(/sesamoid/);
    expect(cautions).toMatch(/tarsal tunnel syndrome/);
    expect(cautions).toMatch(/weak foot pulses/);
  });

  it('sends a hot, red, swollen big-toe joint and a focal bony tender spot on the top of the foot to a doctor (long extensor)', () => {
    const cautions = muscle('extensor-hallucis-longus').selfCare.cautions.join(' ');
    expect(cautions).toMatch(/hot, red, swollen big-toe joint \(gout or infection\)/);
    expect(cautions).toMatch(/stress fracture/);
    expect(textOf('extensor-hallucis-longus', 'pressure-release')).toMatch(/blood thinners/);
  });

  it('draws the long extensor on the top of the foot only and the long flexor under the big toe only', () => {
    const extensor = JSON.stringify(tp('extensor-hallucis-longus', 'central').zones);
    const flexor = JSON.stringify(tp('flexor-hallucis-longus', 'central').zones);
    for (const plantar of ['ball_of_foot', 'heel_plantar', 'instep']) expect(extensor).not.toContain(plantar);
    for (const dorsal of ['foot_dorsum', 'ankle_anterior', 'toe3']) expect(flexor).not.toContain(dorsal);
    expect(tp('flexor-hallucis-longus', 'central').zones.every((z) => z.kind === 'essential')).toBe(true);
  });

  it('keeps the unsure parts marked: the extensor\'s toe-tip spillover and lower level, the flexor\'s first metatarsal head', () => {
    const extensor = tp('extensor-hallucis-longus', 'central');
    expect(extensor.zones.find((z) => z.kind === 'spillover')!.uncertain).toMatch(/tip of the big toe/);
    expect(extensor.uncertain).toMatch(/three or four finger-widths above the ankle/);
    const head = tp('flexor-hallucis-longus', 'central').zones.find((z) => /first metatarsal/.test(z.description))!;
    expect(head.uncertain).toMatch(/only the underside of the big toe/);
    expect(muscle('extensor-hallucis-longus').aliases).toContain('ehl');
    expect(muscle('flexor-hallucis-longus').aliases).toContain('fhl');
  });
});

describe('the abductor digiti minimi of the foot', () => {
  it('is never confused with the hand muscle of the same name', () => {
    const foot = muscle('abductor-digiti-minimi-pedis');
    const hand = muscle('abductor-digiti-minimi');
    expect(foot.name).toMatch(/\(foot\)/);
    expect(foot.region).toBe('foot');
    expect(foot.aliases).toContain('abductor-digiti-minimi-foot');
    for (const word of [...(hand.aliases ?? []), ...hand.synonyms]) {
      expect(foot.synonyms.map((x) => x.toLowerCase())).not.toContain(word.toLowerCase());
      expect(foot.aliases ?? []).not.toContain(word);
    }
    expect(foot.notes.join(' ')).toMatch(/abductor digiti minimi of the hand/);
  });

  it('draws the 5th metatarsal head, and keeps the outer heel and ankle claim of lay pages as an undrawn note', () => {
    const t = tp('abductor-digiti-minimi-pedis', 'central');
    const zones = JSON.stringify(t.zones);
    expect(zones).toContain('metatarsale_fibulare');
    for (const place of ['heel_lateral', 'lateral_malleolus', 'heel', 'heel_plantar']) expect(zones).not.toContain(`"${place}"`);
    expect(t.zones.find((z) => z.kind === 'spillover')!.uncertain).toMatch(/not confirmed/);
    expect(muscle('abductor-digiti-minimi-pedis').notes.join(' ')).toMatch(/outer heel and the outside of the ankle .*not confirmed and is not drawn/);
  });

  it('names the stress fracture, Morton\'s neuroma and the diabetic foot among its cautions', () => {
    const cautions = muscle('abductor-digiti-minimi-pedis').selfCare.cautions.join(' ');
    expect(cautions).toMatch(/stress fracture/);
    expect(cautions).toMatch(/Morton's neuroma/);
    expect(cautions).toMatch(/same-day care \(possible diabetic foot infection\)/);
    expect(textOf('abductor-digiti-minimi-pedis', 'palpation')).toMatch(/numb foot/);
  });
});
