import type { MuscleData } from '../../muscleSchema';

/** Upper trapezius: the most common trigger-point muscle in neck pain and a major source of tension-type headache. */
const muscle: MuscleData = {
  id: 'upper-trapezius',
  name: 'Upper trapezius',
  synonyms: ['trapezius, upper fibres', 'descending trapezius', 'upper traps'],
  region: 'neck',
  anatomy: {
    origin:
      'Medial third of the superior nuchal line, external occipital protuberance, ligamentum nuchae (reaching the spinous processes of the upper cervical vertebrae) and the spinous process of C7.',
    insertion:
      'Posterior border of the lateral third of the clavicle (the most vertical, anterior fibres), with some fibres reaching the acromion.',
    innervation:
      'Spinal accessory nerve (cranial nerve XI, motor); ventral rami of C3-C4 (mainly sensory and proprioceptive).',
    actions: [
      'Elevates the scapula and rotates it upward, together with the lower trapezius and serratus anterior.',
      'Acting on one side: extends the head and neck, side-bends them toward the same side and turns the face toward the opposite side.',
      'Acting on both sides: extends the head and neck.',
      'Carries the weight of the arm and shoulder girdle when loads are held in the hands.',
    ],
  },
  sideBehaviour: { referral: 'ipsilateral' },
  triggerPoints: [
    {
      id: 'trp1',
      prevalence: 'common',
      prevalenceNote:
        'The T&S caption calls this pattern a major source of tension-type headache, and trapezius trigger points were found in 93.75% of people with chronic non-specific neck pain (Cerezo-Téllez 2016); pressing upper trapezius trigger points provoked referral on 85% of dominant sides in chronic tension-type headache (Fernández-de-las-Peñas 2007, Eur J Pain).',
      name: 'TrP1',
      // The reference puts TrP1 at about the midpoint of the upper free border, halfway from the base of the neck to the acromion.
      location: { landmark: 'neck_base', toward: 'acromion', t: 0.45 },
      landmarks: ['neck_base', 'acromion'],
      description:
        'In the free upper edge of the muscle, in its most vertical fibres (the ones running to the collarbone), about halfway between the base of the neck and the tip of the shoulder.',
      palpation:
        'Tilt the head slightly toward the same side to slacken the muscle, then pinch the free upper edge between thumb and fingers and roll it; a taut, tender band that reproduces the familiar neck or head pain marks the spot.',
      zones: [
        {
          kind: 'essential',
          description:
            'A vertical strip from the trigger point on top of the shoulder up the back and side of the neck to the bony bump just behind the ear (the mastoid process), on the same side.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'neck_base', toward: 'acromion', t: 0.45 },
                { landmark: 'neck_base', offset: [0, 0.01, -0.01] },
                { landmark: 'mastoid', offset: [0, 0, -0.005] },
              ],
              width: 0.04,
            },
            // The strip starts at the trigger point itself, on top of the shoulder.
            { shape: 'disc', center: { landmark: 'neck_base', toward: 'acromion', t: 0.45 }, radius: 0.025 },
          ],
        },
        {
          kind: 'spillover',
          description:
            'When the trigger point is more irritable, the pain carries on over the side of the head to the temple and behind the eye; the angle of the jaw can also hurt, and occasionally the back of the head.',
          shapes: [
            {
              shape: 'stroke',
              path: ['mastoid', { landmark: 'tragion', offset: [0, 0.05, -0.01] }, 'temple'],
              width: 0.035,
            },
            { shape: 'disc', center: 'temple', radius: 0.03 },
            { shape: 'disc', center: { landmark: 'temple', toward: 'supraorbital', t: 0.65, offset: [0, -0.012, 0] }, radius: 0.018 },
            { shape: 'disc', center: 'gonion', radius: 0.025 },
            { shape: 'disc', center: { landmark: 'mastoid', toward: 'inion', t: 0.45 }, radius: 0.025 },
          ],
          uncertain:
            'It is not confirmed whether T&S draw the temple patch as a main or a wider zone. The atlas puts it in the wider zone because the T&S text describes it as felt when the trigger point is more irritable, and because in chronic tension-type headache it appeared in most patients but in none of the pain-free people (Fernández-de-las-Peñas 2007, Eur J Pain). The T&S figure caption names the temple within the pattern, so temple pain is a usual part of this headache, although the temple is the main zone of temporalis rather than of this muscle. Some summaries add the lower molars or the ear; these are not drawn.',
        },
      ],
    },
    {
      id: 'trp2',
      prevalence: 'common',
      prevalenceNote:
        'Active trigger points in the almost horizontal upper fibres, where TrP2 lies, were found in about 80% of people with chronic non-specific neck pain (Cerezo-Téllez 2016).',
      name: 'TrP2',
      location: { landmark: 'neck_base', toward: 'acromion', t: 0.55, offset: [0, -0.015, -0.015] },
      landmarks: ['neck_base', 'acromion', 'scapula_superior_angle'],
      description:
        'A little lower and further out than TrP1, in the flatter, more horizontal fibres near the middle of the upper edge of the muscle, above the shoulder blade.',
      palpation:
        'Pinch or press the upper edge of the muscle just below and outward from TrP1, above the shoulder blade, looking for a tender band that sends pain up the back of the neck.',
      zones: [
        {
          kind: 'essential',
          description:
            'The upper back of the neck and the back of the head just behind the ear, behind the area that TrP1 refers to.',
          shapes: [
            {
              shape: 'stroke',
              path: [
                { landmark: 'neck_base', toward: 'suboccipital', t: 0.5, offset: [0, 0, -0.015] },
                { landmark: 'suboccipital', toward: 'mastoid', t: 0.6 },
              ],
              width: 0.04,
            },
            { shape: 'disc', center: { landmark: 'mastoid', toward: 'inion', t: 0.3 }, radius: 0.025 },
          ],
          uncertain:
            'The sources consulted give this pattern without separating its essential and spillover parts.',
        },
        {
          kind: 'spillover',
          description:
            'Across the back of the head along the skull ridge, as far as the bump in the middle of the back of the skull (the inion), where the muscle attaches.',
          shapes: [
            {
              shape: 'stroke',
              path: [{ landmark: 'mastoid', toward: 'inion', t: 0.3 }, { landmark: 'mastoid', toward: 'inion', t: 0.65, offset: [0, 0.008, 0] }, 'inion'],
              width: 0.03,
            },
          ],
          uncertain:
            'Not confirmed: the reference gives TrP2 only the back of the head just behind the ear, and mentions the back of the head (occiput) as an occasional spillover of TrP1, without saying how far toward the midline the pain reaches. Carrying TrP2\'s pain on across the back of the head to the inion is the atlas\'s reading, not checked against the T&S figure, so it is drawn only in the wider (spillover) layer. It ends at the midline (the inion belongs to both sides).',
        },
      ],
      uncertain: 'The exact distance between TrP1 and TrP2 is not given in the sources consulted.',
    },
  ],
  activatingFactors: [
    'Holding the shoulders up for long periods: a desk or keyboard that is too high, missing or badly set armrests, the phone clamped between ear and shoulder, hands on top of the steering wheel.',
    'Loads hanging from the shoulders: heavy shoulder bags, tight bra straps, heavy coats, carrying weights in the hands.',
    'Forward head posture.',
    'Whiplash or a sudden overload.',
    'Sleeping face down with the head turned.',
    'Emotional tension, and letting the tired muscle get chilled.',
  ],
  perpetuatingFactors: [
    'Body asymmetry that tilts the shoulder girdle: a shorter leg, a smaller half of the pelvis, or upper arms that are short for the trunk.',
    'Continued desk, phone and bag habits that keep the shoulder hitched up.',
  ],
  selfCare: {
    pressureRelease:
      'Sit with the head tipped slightly toward the sore side and squeeze the thick upper edge of the muscle between thumb and fingers, or lie on your back over a ball placed under the muscle on top of the shoulder blade. Davies prefers short, repeated massage strokes in one direction (a pinch grip or a hooked massage tool) over long, hard pressing. Keep the grip, the ball or the hook on the muscle itself, not in the hollow above the collarbone in front of it.',
    stretch:
      'Hold the seat of the chair with the hand on the sore side to anchor the shoulder, bend the head sideways away from it and turn the face slightly toward the sore side, gently and without forcing the end of the movement; apply heat afterwards. Ease off if tingling runs into the arm or hand.',
    other: [
      'Set armrests at elbow height, use a headset instead of holding the phone with the shoulder, and carry lighter bags.',
      'Have a leg-length or pelvic asymmetry checked and corrected if present.',
      'Clinicians may use trigger point pressure release, spray-and-stretch, injection or dry needling.',
    ],
    cautions: [
      'Over 50 with a new headache at the temple, especially with a tender scalp, pain in the jaw when chewing or any change in vision: see a doctor the same day (temporal arteritis must be ruled out; it can threaten sight). Do not treat it as trigger-point pain.',
      'Neck pain after a fall, a car accident or other trauma needs a medical check before self-treatment.',
      'Numbness, tingling or weakness in the arm or hand, or problems with balance or walking.',
      'A sudden, severe or "worst ever" headache, or headache with fever, a stiff neck, confusion, or changes in vision or speech.',
      'Neck, shoulder or jaw pain together with chest pain, breathlessness or sweating.',
      'Pain that wakes you at night or comes with unexplained weight loss or fever.',
    ],
  },
  techniqueCautions: [
    {
      technique: 'palpation',
      triggerPoints: ['trp1', 'trp2'],
      near: ['brachial plexus', 'subclavian artery'],
      caution:
        'Pinch the muscle\'s upper edge from behind and lift it; do not dig the thumb forward and down into the hollow above the collarbone, where the nerves and the main artery to the arm run. If you feel a pulse, or tingling or electric pain runs into the arm, move back onto the muscle.',
    },
    {
      technique: 'pressure-release',
      near: ['brachial plexus', 'subclavian artery'],
      caution:
        'Keep the pinch, the ball or the hook of a massage tool on top of the shoulder and the shoulder blade. Do not let a hooked tool slip forward over the top of the shoulder into the hollow above the collarbone (nerves and the main artery to the arm); move it if the arm tingles or goes numb.',
    },
    {
      technique: 'stretch',
      near: ['brachial plexus', 'vertebral and carotid arteries'],
      caution:
        'Bending the head away while the hand holds the chair also stretches the nerves to the arm: ease off if tingling or numbness runs into the arm or hand. Hold gently, never at forced end range; stop, sit or lie down and seek medical advice the same day if you feel dizzy, see blurred or double vision, feel sick, your face goes numb, you have difficulty speaking or swallowing, or your legs give way.',
    },
  ],
  mistakenFor: [
    'Tension-type headache',
    'Migraine (temple and eye pain)',
    'Cervicogenic headache',
    'Occipital neuralgia (the greater occipital nerve passes through the muscles near the back of the skull)',
    'Temporomandibular disorder (pain at the angle of the jaw)',
    'Cervical facet or disc disease ("stiff neck")',
    'The fibromyalgia tender point at the same site',
  ],
  sources: [
    'ts-1983',
    'ts-1999',
    'medlink',
    'namtpt',
    'davies-2013',
    'barbero-2013',
    'fernandez-de-las-penas-2007-eur-j-pain',
    'cerezo-tellez-2016',
    'bron-2011',
    'fernandez-de-las-penas-2007-man-ther',
    'fernandez-de-las-penas-2006',
    'wolfe-1990',
    'alonso-blanco-2011',
    'skootsky-1989',
    'fleckenstein-2010',
    'hong-1997',
    'lucas-2009',
    'rathbone-2017',
    'gerwin-1997',
    'bsr-2020-gca',
    'ifompt-2023-cervical',
  ],
  notes: [
    'Travell & Simons present this referral pattern as one of the commonest muscular contributors to tension-type headache, and web summaries name the muscle as the usual culprit in "tension neck ache".',
    'A study of 20 people with chronic tension-type headache and 20 without (Fernández-de-las-Peñas 2007, Eur J Pain) found that pressure on these trigger points sent pain up the back and side of the neck in both groups, whereas pain at the temple appeared in most of the patients and in none of the controls; 45% of the patients knew the provoked pain as their own headache. Referral could be provoked on 85% of dominant and 50% of non-dominant sides in patients, against 55% and 25% in controls. The temple part of the pattern therefore seems to belong to the sensitised state.',
    'Barbero 2013 (24 people with neck pain, 24 without) mapped the muscle\'s innervation zone with surface electrodes: it lay near the midpoint of a line from the C7 spinous process to the acromial angle, and the trigger points found by hand were on average about 1 cm from it (10.4 ± 5.8 mm).',
    'Among 224 people with chronic non-specific neck pain, 93.75% had trapezius trigger points; active ones in the almost horizontal upper fibres were found on the right in 82.1% and on the left in 79%, more often than in any other muscle examined (Cerezo-Téllez 2016).',
    'In 72 people with one painful shoulder, 58% had active upper trapezius trigger points (Bron 2011; this figure has not been checked against the paper).',
    'In mechanical neck pain compared with pain-free controls, upper trapezius was one of four muscles studied, and the referred pain from each of them formed part of the patients\' complaint (Fernández-de-las-Peñas 2007, Man Ther). Counting upper trapezius, SCM and temporalis together, people with chronic tension-type headache averaged 3.9 trigger points (1.9 of them active), while controls had latent ones only (Fernández-de-las-Peñas 2006).',
    'TrP1 lies at the ACR 1990 "trapezius" fibromyalgia tender point (midpoint of the upper border; Wolfe 1990). A tender point is tested for tenderness only, needs no taut band or referred pain, and is not the same thing as a trigger point. In women with fibromyalgia, the combined referral of active trigger points reproduced the whole spontaneous pain area (Alonso-Blanco 2011).',
    'Upper trapezius trigger points can set up satellite trigger points in temporalis, masseter, splenius and levator scapulae.',
    'Myofascial pain accounted for 30% of the pain consultations in one general-medicine clinic, mostly in the upper body (Skootsky 1989); in a German survey, physicians guessed that about 46% of their patients had active trigger points (Fleckenstein 2010).',
    'Referred pain is not always reproducible: in a series of 95 patients it was provoked by both finger pressure and needling at 53.9% of trigger points, and by needling alone at 33.7% (Hong 1997). Different examiners agree only moderately on where trigger points are (pooled kappa 0.45; Rathbone 2017; Lucas 2009), though training together helps (Gerwin 1997). The zones drawn here show where pain is likely, not where it must be.',
    'Patterns and TrP labels follow the 1983 and 1999 editions; they have not been checked against the updated figures of the 2019 3rd edition, which is therefore not cited.',
    'The temporal arteritis warning follows the British Society for Rheumatology guideline (same-day assessment for suspected giant cell arteritis); the stretch stop rule follows the IFOMPT framework for the neck arteries.',
  ],
};

export default muscle;
