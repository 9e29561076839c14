/** Sources first cited by the second wave's muscles of one reference file (see ../sources.ts). */
import type { Source } from '../../muscleSchema';

export const SHOULDER_ARM_BACK_SOURCES: readonly Source[] = [
  {
    id: 'ts-1999-zh-shoulder-arm-back',
    citation:
      'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 1, 2nd ed. (1999), Chinese translation (2014, Zhao Chong and Tian Yangchun): the referral-pattern figures of chapters 24 (latissimus dorsi), 25 (teres major), 28 (deltoid), 29 (coracobrachialis), 30 (biceps brachii), 31 (brachialis), 32 (triceps brachii and anconeus), 47 (serratus posterior inferior) and 48 (thoracolumbar paraspinals), as reproduced in the public GitHub repository threecifanggen/medicine-wiki, home/source/physical_therapy/trigger_points/.',
    kind: 'book',
    primary: true,
    unverified:
      'Read from reproductions of the translated figures and their captions, not from the English book; English page numbers were not checked. For coracobrachialis the reproduction draws the whole pattern in one colour.',
  },
  {
    id: 'webmanmed-shoulder-arm',
    citation:
      'American Academy of Manual Medicine. Muscle guide pages summarising Travell & Simons: latissimus dorsi, teres major, coracobrachialis, iliocostalis thoracis, longissimus thoracis. webmanmed.com.',
    kind: 'web',
    primary: false,
    unverified: 'Authors and dates of the pages are not given in the reference.',
  },
  {
    id: 'triggerpointselfhelp-shoulder-arm',
    citation: 'triggerpointselfhelp.com. Pages on the deltoid, teres major, biceps and brachialis trigger points.',
    kind: 'web',
    primary: false,
    unverified: 'Authors and dates not given in the reference.',
  },
  {
    id: 'painalog-shoulder-arm',
    citation: 'painalog.com. Pages on teres major, biceps and triceps trigger points (self-treatment and stretches).',
    kind: 'web',
    primary: false,
    unverified: 'Authors and dates not given in the reference; the exact ball position of the biceps page could not be checked.',
  },
  {
    id: 'pressurepointer-shoulder-arm',
    citation: 'pressurepointer.com. Pages on latissimus dorsi and teres major stretches.',
    kind: 'web',
    primary: false,
    unverified: 'Authors and dates not given in the reference.',
  },
  {
    id: 'westsubpainrelief-arm',
    citation: 'westsubpainrelief.com. Pages on coracobrachialis, biceps and triceps trigger points.',
    kind: 'web',
    primary: false,
    unverified: 'Titles, authors and dates not given in the reference.',
  },
  {
    id: 'shiel-studyres',
    citation: 'Shiel. Notes on palpating and massaging the coracobrachialis (document on studyres).',
    kind: 'web',
    primary: false,
    unverified: 'Full name, title, address and date not given in the reference.',
  },
  {
    id: 'kent-2009',
    citation: 'Kent J. Thumb pain and the brachialis muscle. Massage Today, 2009.',
    kind: 'web',
    primary: false,
    unverified: 'Issue and page not given in the reference; it quotes Travell & Simons on the superficial radial nerve.',
  },
  {
    id: 'learnandfeelbetter-spi',
    citation: 'learnandfeelbetter.com. Page on the serratus posterior inferior and how its ache differs from kidney-stone pain.',
    kind: 'web',
    primary: false,
    unverified: 'Title, author and date not given in the reference.',
  },
  {
    id: 'grieve-2013',
    citation:
      'Grieve R (first author) et al. [Latent trigger points in the middle deltoid of 220 healthy volunteers: none found; proposed as a control site.] Physiotherapy 2013.',
    kind: 'paper',
    primary: true,
    unverified: 'Read through an abstract on physiospot; the first author and the journal are marked unsure in the reference; co-authors, title, volume and pages are not given.',
  },
  {
    id: 'pmc7351965',
    citation:
      '[Myofascial trigger points in the shoulder muscles of wheelchair basketball players with one-sided shoulder pain, n = 18.] Braz J Phys Ther 24(4):333-341 (PubMed Central PMC7351965).',
    kind: 'paper',
    primary: true,
    unverified: 'Authors and title were not verified; the reference gives the year as 2019 with volume 24 (the bracket describes the study).',
  },
  {
    id: 'aggarwal-2020',
    citation:
      'Aggarwal (first author) et al. [Prevalence of trigger points in the arm and forearm muscles in lateral epicondylitis, n = 40.] Indian J Physiother Occup Ther 2020;14(1).',
    kind: 'paper',
    primary: true,
    unverified: 'Read from the abstract only (no percentages given there); co-authors, title and pages are not given in the reference.',
  },
  {
    id: 'ortega-santiago-2019',
    citation:
      'Ortega-Santiago R (first author) et al. [Trigger points in upper thoracic spine pain, 17 patients and 17 controls.] Pain Med 2019;20(7):1379-1386.',
    kind: 'paper',
    primary: true,
    unverified: 'Read from the abstract only; the iliocostalis thoracis figure is not in it. Co-authors and title are not given in the reference.',
  },
];
