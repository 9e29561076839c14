import type { MuscleData } from '../../muscleSchema';

const NO_FIGURE =
  'No figure for active trigger points in this part was found, so it is counted as common. Deltoid trigger points are often satellites of trigger points in muscles that refer pain into the deltoid (infraspinatus, supraspinatus, pectoralis major, scalenes).';

/** Deltoid: its trigger points hurt close to home, in the front, side or back of the shoulder itself. */
const muscle: MuscleData = {
  id: 'deltoid',
  name: 'Deltoid',
  synonyms: ['deltoid muscle', 'deltoideus', 'front deltoid', 'side deltoid', 'rear deltoid', 'shoulder cap muscle'],
  region: 'shoulder',
  anatomy: {
    origin:
      'Front part: front edge and top of the outer third of the collarbone. Middle part: outer edge and top of the acromion. Back part: lower lip of the spine of the shoulder blade.',
    insertion: 'Deltoid tuberosity, halfway down the outer side of the upper arm bone (humerus).',
    innervation: 'Axillary nerve (C5-C6).',
    actions: [
      'Front part: raises the arm forward, turns it inward and brings it across the body.',
      'Middle part: lifts the arm out to the side (with supraspinatus).',
      'Back part: takes the arm backward, turns it outward and opens it out to the side at shoulder height.',
      'Only the middle part is multipennate, so its motor endplates, and its trigger points, are scattered.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'anterior',
      prevalence: 'common',
      prevalenceNote:
        'Common: latent trigger points in the front deltoid were found in 38% of 72 people with chronic one-sided shoulder pain (Bron 2011; figure recalled from the abstract, not re-read). No figure for active ones was found.',
      name: 'Anterior (front) deltoid TrP',
      location: { landmark: 'shoulder_front', toward: 'deltoid', t: 0.25 },
      landmarks: ['shoulder_front', 'acromion', 'deltoid'],
      description:
        'In the upper half of the front part of the deltoid, near its front edge (the groove between the deltoid and the chest muscle), about a third of the way from the front of the shoulder tip down toward the middle of the outer arm.',
      palpation:
        'Sit with the arm resting on a support a little away from the body so the muscle is slack. Press the front of the shoulder flat against the bone, or pinch the front edge of the muscle between thumb and fingers; look for a tender band running up and down.',
      uncertain: 'The exact distance below the shoulder tip is not given by the sources.',
      zones: [
        {
          kind: 'essential',
          description: 'The front of the shoulder over the front of the deltoid, spreading onto the side of the shoulder.',
          shapes: [
            { shape: 'disc', center: 'shoulder_front', radius: 0.045 },
            { shape: 'stroke', path: ['shoulder_front', { landmark: 'acromion', toward: 'deltoid', t: 0.35 }], width: 0.04 },
          ],
        },
        {
          kind: 'spillover',
          description: 'The upper outer arm, from the shoulder tip down to about the middle of the outer upper arm.',
          shapes: [{ shape: 'stroke', path: ['acromion', { landmark: 'acromion', toward: 'deltoid', t: 0.8 }], width: 0.06 }],
        },
      ],
    },
    {
      id: 'middle',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Middle deltoid TrPs',
      location: { landmark: 'acromion', toward: 'deltoid', t: 0.5 },
      landmarks: ['acromion', 'deltoid'],
      description:
        'Often several, in the centre of the side of the shoulder, about halfway between the shoulder tip (acromion) and the point where the deltoid attaches to the arm.',
      palpation:
        'With the arm supported a little away from the body, press flat against the bone over the side of the shoulder; the tense bands run straight up and down here, and a twitch is often visible because the muscle lies just under the skin.',
      uncertain:
        'In 220 healthy volunteers no latent trigger points at all were found in the middle deltoid (Grieve 2013; first author and journal unsure); that says little about people in pain.',
      zones: [
        {
          kind: 'essential',
          description: 'Around the trigger points over the side of the shoulder, between the shoulder tip and the middle of the outer upper arm.',
          shapes: [{ shape: 'stroke', path: [{ landmark: 'acromion', toward: 'deltoid', t: 0.2 }, { landmark: 'acromion', toward: 'deltoid', t: 0.75 }], width: 0.04 }],
        },
        {
          kind: 'spillover',
          description: 'A halo around that area, reaching the upper outer arm.',
          shapes: [{ shape: 'stroke', path: [{ landmark: 'acromion', toward: 'deltoid', t: 0.05 }, { landmark: 'acromion', toward: 'deltoid', t: 0.85 }], width: 0.065 }],
        },
      ],
    },
    {
      id: 'posterior',
      prevalence: 'common',
      prevalenceNote: NO_FIGURE,
      name: 'Posterior (back) deltoid TrP',
      location: { landmark: 'shoulder_back', toward: 'deltoid', t: 0.5 },
      landmarks: ['shoulder_back', 'deltoid'],
      description:
        'In the lower middle part of the back of the deltoid, near its back edge, about halfway between the back of the shoulder and the middle of the outer upper arm.',
      palpation:
        'With the arm supported a little away from the body, press the back of the shoulder flat against the bone, or pinch the back edge of the muscle; stay on the muscle and do not work up into the back of the armpit.',
      zones: [
        {
          kind: 'essential',
          description: 'The back of the shoulder.',
          shapes: [{ shape: 'disc', center: 'shoulder_back', radius: 0.045 }],
        },
        {
          kind: 'spillover',
          description: 'The back and outer side of the upper arm, down toward the middle of the outer arm.',
          shapes: [{ shape: 'stroke', path: ['shoulder_back', { landmark: 'shoulder_back', toward: 'deltoid', t: 0.8 }], width: 0.06 }],
        },
      ],
    },
  ],
  activatingFactors: [
    'A blow to the shoulder (a ball, a fall onto the shoulder).',
    'Repeated recoil of a gun.',
    'Grabbing a railing to stop a fall on the stairs.',
    'Holding a power tool at shoulder height; deep-sea fishing; poling when skiing.',
    'Injections into the deltoid (vaccines, vitamins, irritant solutions).',
    'Heavy shoulder training.',
  ],
  perpetuatingFactors: [
    'A keyboard or work surface at the wrong height.',
    'Driving with the hands on top of the steering wheel (front part).',
    'Trigger points in muscles that refer pain into the deltoid (infraspinatus, supraspinatus, pectoralis major, scalenes), which keep satellite trigger points going here.',
  ],
  selfCare: {
    pressureRelease:
      'Press the tender band with the thumb, or lean the shoulder against a ball on a wall or door frame, on the front, side or back of the shoulder; short stroking massage along the fibres also helps. Keep to the rounded muscle of the shoulder, not deep in the armpit.',
    stretch:
      'Front part: take the straight arm behind you, hand on a door frame, and turn the chest away. Back part: pull the arm across the chest at shoulder height. Middle part: bring the hand behind the back toward the opposite hip.',
    other: [
      'Use armrests and keep the keyboard at elbow height; use a recoil pad when shooting.',
      'Ask for injections to be given elsewhere than into a muscle with trigger points.',
      'Look for and treat the muscles that send pain into the deltoid (such as infraspinatus), since the deltoid trigger points are often secondary to them.',
    ],
    cautions: [
      'Shoulder or arm pain on effort, with chest pressure, breathlessness or sweating, above all on the left: call emergency services (possible heart attack or angina).',
      'A shoulder that looks deformed or cannot be moved after a fall: possible fracture or dislocation, get it checked at once.',
      'A hot, swollen shoulder with fever: possible joint infection, see a doctor the same day.',
      'Weakness that keeps getting worse, with numbness over the outer upper arm (the "badge" patch): possible axillary nerve injury or a trapped C5 nerve root, see a clinician.',
      'Pain at the tip of the shoulder that does not change when you move the arm, above all with belly pain, pain after fatty meals, pain on breathing in deeply, fever, or after a blow to the belly: it can come from the diaphragm (gallbladder or liver on the right, spleen on the left, an ectopic pregnancy, lung disease). See a doctor urgently.',
      'Aching and morning stiffness in both shoulders (and hips) if you are over 50: possible polymyalgia rheumatica; with headache, scalp tenderness or jaw pain on chewing, see a doctor the same day (temporal arteritis).',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['posterior'],
      near: ['axillary nerve', 'axillary vessels'],
      caution:
        'The axillary nerve and vessels pass just under the back edge of the deltoid: pinch the muscle only, do not dig up into the back of the armpit, and stop if tingling runs down the arm.',
    },
    {
      technique: 'pressure-release',
      near: ['axillary nerve', 'axillary vessels'],
      caution:
        'Keep the thumb or ball on the rounded muscle of the shoulder, not deep in the armpit or at the back edge of the muscle where the axillary nerve and vessels run; stop if tingling or numbness runs down the arm.',
    },
  ],
  mistakenFor: [
    'Rotator cuff tear',
    'Bicipital tendinitis',
    'Subdeltoid bursitis',
    'Glenohumeral arthritis',
    'Impingement syndrome',
    'C5 radiculopathy',
    'Acromioclavicular joint disorders',
  ],
  sources: [
    'ts-1999',
    'ts-1999-zh-shoulder-arm-back',
    'namtpt',
    'aberdeen-chiropractic',
    'triggerpointselfhelp-shoulder-arm',
    'bron-2011',
    'grieve-2013',
    'pmc7351965',
  ],
  notes: [
    'Deltoid pain stays close to home: it is felt in the shoulder itself, with little spread beyond the upper arm. It hurts mainly on movement, less at rest, and the arm can feel very weak without visible wasting; with all three parts involved the arm may not lift to shoulder height.',
    'Travell & Simons (1999, Fig. 28-1, read in a translated copy) show many possible trigger-point sites, the front and back ones placed differently from the scattered middle ones; the atlas draws one site for each part.',
    'Research figures: latent front-deltoid trigger points in 38% of 72 people with chronic one-sided shoulder pain (Bron 2011; recalled, not re-read); no latent middle-deltoid trigger points in 220 healthy volunteers (Grieve 2013; author and journal unsure); no active or latent deltoid trigger points in 18 wheelchair basketball players with shoulder pain (PMC7351965; authors not verified).',
    'Patterns follow the 1999 edition of Travell & Simons (figures read in a translated copy) and secondary summaries; they have not been checked against the 2019 3rd edition.',
  ],
};

export default muscle;
