/**
 * Safety and accuracy facts of the forearm flexors, pronator teres and the hand muscles (issue 13),
 * as sentences a clinician would sign, read from the muscle data. The [CHECKED] fixes are those of
 * ../shared/reference/more/forearm-hand.md, sections 7-10.
 */
import { describe, expect, it } from 'vitest';
import { muscle, nearOf, textOf, tp } from './muscleFacts';

const FOREARM_FLEXORS = ['flexor-carpi-radialis', 'flexor-carpi-ulnaris', 'flexor-digitorum-superficialis', 'palmaris-longus'] as const;
const ALL = [...FOREARM_FLEXORS, 'pronator-teres', 'adductor-pollicis', 'opponens-pollicis', 'first-dorsal-interosseous', 'abductor-digiti-minimi'];
const cautions = (id: string) => muscle(id).selfCare.cautions.join(' ');

describe('forearm flexor self-care', () => {
  it.each(FOREARM_FLEXORS)(
    'keeps pressure on the upper two-thirds of the forearm, from a hand-width above the wrist crease to below the elbow, never rolling up from the wrist (%s)',
    (id) => {
      const text = muscle(id).selfCare.pressureRelease;
      expect(text).toMatch(/upper two-thirds of the forearm/);
      expect(text).toMatch(/hand-width above the wrist crease/);
      expect(text).toMatch(/below the (elbow crease|inner elbow)/);
      expect(text).not.toMatch(/from the wrist/);
    },
  );

  it('keeps the thumb-side line off the radial pulse at the wrist (flexor carpi radialis, finger flexors, palmaris longus)', () => {
    for (const id of ['flexor-carpi-radialis', 'flexor-digitorum-superficialis', 'palmaris-longus']) {
      expect(nearOf(id, 'pressure-release'), id).toMatch(/radial artery/);
      expect(textOf(id, 'pressure-release'), id).toMatch(/pulse/);
    }
    expect(textOf('flexor-carpi-radialis', 'pressure-release')).toMatch(/move toward the middle of the forearm/);
  });

  it('keeps pressure out of the ulnar groove and off the pisiform (Guyon\'s canal), and says tingling in the ring and little fingers means move off', () => {
    for (const id of ['flexor-carpi-ulnaris', 'flexor-digitorum-superficialis']) {
      expect(nearOf(id, 'pressure-release'), id).toMatch(/ulnar nerve/);
      expect(nearOf(id, 'pressure-release'), id).toMatch(/ulnar artery/);
      expect(textOf(id, 'pressure-release'), id).toMatch(/groove behind the inner elbow bone/);
      expect(textOf(id, 'pressure-release'), id).toMatch(/pisiform/);
    }
    expect(nearOf('flexor-carpi-ulnaris', 'pressure-release')).toMatch(/Guyon's canal/);
    expect(textOf('flexor-carpi-ulnaris', 'pressure-release')).toMatch(/ring and little fingers tingle/);
    expect(nearOf('flexor-carpi-ulnaris', 'palpation', 'central')).toMatch(/ulnar nerve/);
    expect(textOf('flexor-carpi-ulnaris', 'palpation', 'central')).toMatch(/Do not press in the groove/);
    expect(nearOf('flexor-digitorum-superficialis', 'palpation', 'ulnar')).toMatch(/ulnar nerve/);
  });

  it('keeps the forearm-flexor palpation out of the front of the elbow crease (brachial artery, median nerve)', () => {
    for (const [id, tpId] of [['flexor-carpi-radialis', 'central'], ['flexor-digitorum-superficialis', 'radial'], ['palmaris-longus', 'central']] as const) {
      expect(nearOf(id, 'palpation', tpId), id).toMatch(/brachial artery/);
      expect(nearOf(id, 'palpation', tpId), id).toMatch(/median nerve/);
      expect(textOf(id, 'palpation', tpId), id).toMatch(/elbow crease/);
    }
  });

  it.each(FOREARM_FLEXORS)('warns against forcing the stretch on a recently injured, splinted or hypermobile wrist (%s)', (id) => {
    expect(muscle(id).selfCare.stretch).toMatch(/recently injured or splinted, or that is hypermobile/);
  });

  it('sends night numbness of the fingers and a weak pinch to a clinician as possible carpal tunnel syndrome', () => {
    for (const id of ['flexor-carpi-radialis', 'flexor-digitorum-superficialis', 'palmaris-longus', 'opponens-pollicis']) {
      expect(cautions(id), id).toMatch(/carpal tunnel syndrome/);
      expect(cautions(id), id).toMatch(/night/);
    }
  });

  it('carries the added cervical-myelopathy red flag: numb, clumsy hands on both sides with unsteady walking', () => {
    for (const id of FOREARM_FLEXORS) {
      expect(cautions(id), id).toMatch(/both sides/);
      expect(cautions(id), id).toMatch(/unsteady walking/);
      expect(cautions(id), id).toMatch(/urgently/);
    }
  });

  it('calls compartment syndrome and infective flexor tenosynovitis emergencies', () => {
    for (const id of [...FOREARM_FLEXORS, 'pronator-teres']) expect(cautions(id), id).toMatch(/emergency department \(compartment syndrome\)/);
    expect(cautions('flexor-digitorum-superficialis')).toMatch(/cut, a puncture or a bite[\s\S]*emergency department at once/);
  });

  it('sends left-arm pain with chest pressure or breathlessness to emergency services', () => {
    for (const id of ['flexor-carpi-radialis', 'flexor-carpi-ulnaris']) expect(cautions(id), id).toMatch(/chest pressure[\s\S]*call emergency services/);
  });
});

describe('pronator teres self-care', () => {
  it('names the brachial artery and the median nerve, with the pulse check and the nerve\'s course through the muscle, for palpation and pressure', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('pronator-teres', technique, 'central')).toMatch(/brachial artery/);
      expect(nearOf('pronator-teres', technique, 'central')).toMatch(/median nerve/);
      expect(textOf('pronator-teres', technique, 'central')).toMatch(/pulse/);
      expect(textOf('pronator-teres', technique, 'central')).toMatch(/move further toward the inner elbow/);
      expect(textOf('pronator-teres', technique, 'central')).toMatch(/moderate(ly)?, not deep/);
      expect(textOf('pronator-teres', technique, 'central')).toMatch(/thumb, index or middle finger tingle/);
    }
    expect(textOf('pronator-teres', 'palpation', 'central')).toMatch(/between its two heads/);
  });

  it('carries the added red flags: compartment syndrome, a fracture after a fall, worsening median-nerve signs', () => {
    expect(cautions('pronator-teres')).toMatch(/compartment syndrome/);
    expect(cautions('pronator-teres')).toMatch(/fracture/);
    expect(cautions('pronator-teres')).toMatch(/getting worse[\s\S]*weak pinch/);
  });
});

describe('hand self-care', () => {
  it('keeps pressure in the thumb web short and firm, because the radial artery runs through it', () => {
    for (const [id, tpId] of [['adductor-pollicis', 'web'], ['first-dorsal-interosseous', 'web']] as const) {
      for (const technique of ['palpation', 'pressure-release'] as const) {
        expect(nearOf(id, technique, tpId), `${id} ${technique}`).toMatch(/radial artery/);
        expect(textOf(id, technique, tpId), `${id} ${technique}`).toMatch(/[Ss]hort[\s\S]*firm/);
        expect(textOf(id, technique, tpId), `${id} ${technique}`).toMatch(/long, deep,? (and )?hard/);
      }
    }
  });

  it('keeps the opponens pressure on the thumb pad, off the radial pulse and the carpal tunnel', () => {
    expect(nearOf('opponens-pollicis', 'palpation', 'thenar')).toMatch(/radial artery/);
    expect(nearOf('opponens-pollicis', 'pressure-release')).toMatch(/radial artery/);
    expect(nearOf('opponens-pollicis', 'pressure-release')).toMatch(/median nerve/);
  });

  it('does not stretch a thumb that is unstable after a fall, and sends snuffbox tenderness after a fall to a doctor today', () => {
    for (const id of ['adductor-pollicis', 'opponens-pollicis']) {
      expect(muscle(id).selfCare.stretch, id).toMatch(/unstable after a fall/);
      expect(cautions(id), id).toMatch(/after a fall: see a doctor today \(possible scaphoid fracture\)/);
      expect(cautions(id), id).toMatch(/torn ligament/);
      expect(cautions(id), id).toMatch(/hot, swollen joint/);
    }
  });

  it('applies the [CHECKED] fix: the first dorsal interosseous and abductor digiti minimi are stretched against their action, never by spreading the fingers', () => {
    expect(muscle('first-dorsal-interosseous').selfCare.stretch).toMatch(/index finger toward the middle finger/);
    expect(muscle('first-dorsal-interosseous').selfCare.stretch).toMatch(/Do not spread the fingers wide/);
    expect(muscle('abductor-digiti-minimi').selfCare.stretch).toMatch(/little finger toward the ring finger/);
    expect(muscle('abductor-digiti-minimi').selfCare.stretch).toMatch(/does not stretch it/);
    for (const id of ['first-dorsal-interosseous', 'abductor-digiti-minimi']) expect(muscle(id).selfCare.stretch).not.toMatch(/then spread/);
  });

  it('keeps abductor digiti minimi pressure off the pisiform, where the ulnar artery and nerve pass', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('abductor-digiti-minimi', technique, 'border')).toMatch(/ulnar artery/);
      expect(nearOf('abductor-digiti-minimi', technique, 'border')).toMatch(/ulnar nerve/);
      expect(textOf('abductor-digiti-minimi', technique, 'border')).toMatch(/pisiform/);
    }
  });

  it('sends hot swollen finger joints, a cold white finger and wasting with ulnar numbness to a doctor', () => {
    for (const id of ['first-dorsal-interosseous', 'abductor-digiti-minimi']) {
      expect(cautions(id), id).toMatch(/Hot, swollen finger joints/);
      expect(cautions(id), id).toMatch(/cold, white or blue/);
      expect(cautions(id), id).toMatch(/numbness of the ring and little fingers/);
    }
  });
});

describe('forearm and hand patterns and sources', () => {
  it.each(ALL)('refers to its own side only, and keeps essential and spillover layers apart where the reference has both (%s)', (id) => {
    const m = muscle(id);
    expect(m.sideBehaviour.referral).toBe('ipsilateral');
    for (const t of m.triggerPoints) {
      for (const z of t.zones) expect(z.crossesMidline, `${id} ${t.id}`).toBeUndefined();
      const kinds = t.zones.map((z) => z.kind);
      expect(kinds, `${id} ${t.id}`).toContain('essential');
      // The reference gives abductor digiti minimi one area only.
      if (id !== 'abductor-digiti-minimi') expect(kinds, `${id} ${t.id}`).toContain('spillover');
    }
  });

  it('marks the palmaris longus layers as unsure, because the T&S figure was not seen', () => {
    for (const z of tp('palmaris-longus', 'central').zones) expect(z.uncertain).toMatch(/figure was not seen/);
  });

  it('says the finger-flexor pain shoots out beyond the fingertips, which the atlas can only draw at the tip', () => {
    for (const tpId of ['radial', 'ulnar']) {
      const spill = tp('flexor-digitorum-superficialis', tpId).zones.find((z) => z.kind === 'spillover')!;
      expect(spill.description).toMatch(/beyond the tips?/);
      expect(spill.uncertain).toMatch(/off the body/);
    }
  });

  it('marks the small-scan parts of the first dorsal interosseous spillover as unsure', () => {
    const spill = tp('first-dorsal-interosseous', 'web').zones.find((z) => z.kind === 'spillover')!;
    expect(spill.uncertain).toMatch(/small figure scan/);
  });

  it('grounds every pattern in Travell & Simons 1999', () => {
    for (const id of ALL) expect(muscle(id).sources, id).toContain('ts-1999');
  });
});
