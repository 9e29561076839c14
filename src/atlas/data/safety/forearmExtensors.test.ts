/**
 * Safety and accuracy facts of the forearm extensor group (issue 13: brachioradialis, the radial
 * and ulnar wrist extensors, the finger extensors, supinator), as sentences a clinician would
 * sign, read from the muscle data. Reference: reference/more/forearm-hand.md sections 1-6.
 */
import { describe, expect, it } from 'vitest';
import { muscle, nearOf, textOf, tp } from './muscleFacts';

const GROUP = [
  'brachioradialis',
  'extensor-carpi-radialis-longus',
  'extensor-carpi-radialis-brevis',
  'extensor-carpi-ulnaris',
  'extensor-digitorum',
  'extensor-indicis',
  'supinator',
];

describe('forearm extensor self-care', () => {
  it('keeps the supinator thumb on the outer side of the biceps tendon, with a pulse check, away from the brachial artery and median nerve (checked fix)', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('supinator', technique, 'ventral')).toMatch(/brachial artery/);
      expect(nearOf('supinator', technique, 'ventral')).toMatch(/median nerve/);
      expect(nearOf('supinator', technique, 'ventral')).toMatch(/radial nerve/);
      expect(textOf('supinator', technique, 'ventral')).toMatch(/pulse under the thumb/);
      expect(textOf('supinator', technique, 'ventral')).toMatch(/move outward past the (biceps )?tendon/);
      expect(textOf('supinator', technique, 'ventral')).toMatch(/[Tt]ingling/);
    }
    expect(muscle('supinator').selfCare.pressureRelease).toMatch(/outer side of the biceps tendon/);
    expect(muscle('supinator').selfCare.pressureRelease).toMatch(/pulse under the thumb you are too far in/);
    expect(tp('supinator', 'ventral').palpation).toMatch(/if you feel a pulse, you are too far in/);
  });

  it('keeps brachioradialis pressure off the superficial radial nerve near the wrist, the radial pulse and the front of the elbow crease', () => {
    const near = nearOf('brachioradialis', 'pressure-release');
    expect(near).toMatch(/superficial branch of the radial nerve/);
    expect(near).toMatch(/radial artery/);
    expect(near).toMatch(/brachial artery/);
    expect(near).toMatch(/median nerve/);
    const text = textOf('brachioradialis', 'pressure-release');
    expect(text).toMatch(/do not grind there/);
    expect(text).toMatch(/tingling runs onto the back of the thumb/);
    expect(text).toMatch(/pulse at the wrist/);
    expect(text).toMatch(/front of the elbow crease/);
    expect(muscle('brachioradialis').selfCare.pressureRelease).toMatch(/do not grind on the thumb side of the lower forearm/);
  });

  it('warns that the radial nerve divides just below the outer elbow, where the long radial wrist extensor and the finger extensor are pressed', () => {
    for (const id of ['extensor-carpi-radialis-longus', 'extensor-digitorum']) {
      expect(nearOf(id, 'pressure-release')).toMatch(/radial nerve/);
      expect(textOf(id, 'pressure-release')).toMatch(/divides just below the outer elbow/);
      expect(textOf(id, 'pressure-release')).toMatch(/tingling/);
    }
    expect(nearOf('extensor-carpi-radialis-longus', 'palpation', 'central')).toMatch(/brachial artery/);
    expect(textOf('extensor-carpi-radialis-longus', 'palpation', 'central')).toMatch(/front of the elbow crease/);
    expect(nearOf('extensor-carpi-radialis-brevis', 'pressure-release')).toMatch(/deep branch/);
  });

  it('keeps extensor carpi ulnaris pressure out of the ulnar nerve groove behind the inner elbow', () => {
    expect(nearOf('extensor-carpi-ulnaris', 'pressure-release')).toMatch(/ulnar nerve/);
    expect(textOf('extensor-carpi-ulnaris', 'pressure-release')).toMatch(/funny bone/);
    expect(muscle('extensor-carpi-ulnaris').selfCare.pressureRelease).toMatch(/do not press the groove/);
  });

  it('keeps extensor indicis pressure off the superficial radial nerve on the thumb side of the wrist', () => {
    expect(nearOf('extensor-indicis', 'pressure-release')).toMatch(/superficial branch of the radial nerve/);
  });

  it('sends snuffbox tenderness after a fall to a doctor the same day, says a first X-ray can miss the fracture, and forbids massage and stretching until it is checked, for the muscles that ache at the wrist', () => {
    for (const id of ['brachioradialis', 'extensor-carpi-radialis-longus', 'extensor-carpi-radialis-brevis', 'extensor-indicis']) {
      const cautions = muscle(id).selfCare.cautions.join(' ');
      expect(cautions, id).toMatch(/snuffbox\) (or over the wrist bones )?after a fall/);
      expect(cautions, id).toMatch(/scaphoid/);
      expect(cautions, id).toMatch(/first X-ray can miss: see a doctor today, and do not massage or stretch/);
    }
  });

  it('sends growing finger-drop with a supinator ache to a clinician (posterior interosseous nerve)', () => {
    expect(muscle('supinator').selfCare.cautions.join(' ')).toMatch(/finger drop.*deep radial nerve.*see a clinician/);
  });

  it('sends a hot, swollen wrist or finger joints to a doctor the same day', () => {
    for (const id of ['brachioradialis', 'extensor-carpi-radialis-brevis', 'extensor-carpi-ulnaris', 'extensor-digitorum', 'extensor-indicis']) {
      expect(muscle(id).selfCare.cautions.join(' '), id).toMatch(/hot.*swollen|swollen.*hot|hot, red, swollen/i);
    }
  });
});

describe('forearm extensor patterns and sources', () => {
  it('draws every trigger point of the group on its own side, in both layers', () => {
    for (const id of GROUP) {
      expect(muscle(id).sideBehaviour.referral, id).toBe('ipsilateral');
      for (const t of muscle(id).triggerPoints) {
        expect(t.zones.map((z) => z.kind), `${id} ${t.id}`).toEqual(expect.arrayContaining(['essential', 'spillover']));
        for (const z of t.zones) expect(z.crossesMidline, `${id} ${t.id}`).toBeUndefined();
      }
    }
  });

  it('keeps the long radial wrist extensor\'s hand patch as spillover, as the Travell & Simons figure shows it, and marks the disagreement with NAMTPT', () => {
    const central = tp('extensor-carpi-radialis-longus', 'central');
    const essential = central.zones.filter((z) => z.kind === 'essential');
    expect(JSON.stringify(essential)).not.toMatch(/thumb_web_dorsal|anatomical_snuffbox/);
    const hand = central.zones.find((z) => z.kind === 'spillover' && /back of the hand/.test(z.description))!;
    expect(hand.uncertain).toMatch(/NAMTPT/);
    expect(hand.uncertain).toMatch(/stippled/);
  });

  it('stops the finger extensor\'s finger pain at about the middle joint', () => {
    for (const id of ['middle-finger', 'ring-finger']) {
      const essential = tp('extensor-digitorum', id).zones.find((z) => z.kind === 'essential')!;
      expect(essential.description).toMatch(/middle finger joint/);
      expect(JSON.stringify(essential.shapes)).not.toMatch(/"center":"(dactylion|ring_finger)"/);
    }
  });

  it('counts the extensor carpi ulnaris trigger point, which a source calls uncommon, as occasional', () => {
    const central = tp('extensor-carpi-ulnaris', 'central');
    expect(central.prevalence).toBe('occasional');
    expect(central.prevalenceNote).toMatch(/uncommon/);
  });

  it('cites the Travell & Simons figures for every muscle of the group and marks unverified research details', () => {
    for (const id of GROUP) {
      expect(muscle(id).sources[0], id).toBe('ts-1999');
      expect(muscle(id).sources, id).toContain('ts-1999-zh-forearm-extensors');
    }
    expect(muscle('extensor-carpi-radialis-brevis').notes.join(' ')).toMatch(/not relied on/);
  });
});
