/** Sources first cited by the second wave's muscles of one reference file (see ../sources.ts). */
import type { Source } from '../../muscleSchema';

export const HEAD_NECK_SOURCES: readonly Source[] = [
  // The referral figures themselves, read from the translated edition.
  {
    id: 'ts-1999-zh-head-neck',
    citation:
      'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 1, 2nd ed. (1999), Chinese translation by Zhao Chong and Tian Yangchun (Beijing: People\'s Military Medical Press, 2014): photographs of the figures of chapters 10 (medial pterygoid, Figs 10-1, 10-3), 12 (digastric, Figs 12-1, 12-5), 14 (occipitofrontalis, Fig. 14-1), 15 (splenius, Figs 15-1, 15-4) and 16 (posterior cervical muscles, Fig. 16-1), held in the public GitHub repository threecifanggen/medicine-wiki (home/source/physical_therapy/trigger_points/).',
    kind: 'book',
    primary: true,
    unverified:
      'Read from repaired photographs of the translated figures and their Chinese notes, not from the English book; English page numbers were not visible.',
  },
  // Secondary web summaries and workbooks.
  {
    id: 'finando-pterygoid',
    citation: 'Finando D, Finando S. Description of intra-oral palpation of the medial pterygoid (as cited in the atlas reference).',
    kind: 'book',
    primary: false,
    unverified: 'The reference names only "Finando" for the intra-oral palpation; title, edition, year and page were not given or checked.',
  },
  {
    id: 'painalog-jaw',
    citation: 'Painalog. Self-treatment page for the medial pterygoid (pressure from outside at the inner side of the angle of the jaw). painalog.com.',
    kind: 'web',
    primary: false,
    unverified: 'Page title, author and date not given in the reference.',
  },
  {
    id: 'muscle-joint-pain-jaw',
    citation: 'muscle-joint-pain.com. Trigger-point page on the medial pterygoid (ear stuffiness and the Eustachian tube).',
    kind: 'web',
    primary: false,
    unverified: 'Page title, author and date not given in the reference.',
  },
  {
    id: 'webmanmed-head-neck',
    citation: 'American Academy of Manual Medicine. Trigger-point pages summarising Travell & Simons (digastric). webmanmed.com.',
    kind: 'web',
    primary: false,
    unverified: 'Page title and date not given in the reference.',
  },
  {
    id: 'triggerpointselfhelp-digastric',
    citation: 'triggerpointselfhelp.com. Digastric trigger-point page (causes and satellite trigger points, after Davies).',
    kind: 'web',
    primary: false,
    unverified: 'Author and date not given in the reference.',
  },
  {
    id: 'tuneupfitness-digastric',
    citation: 'Tune Up Fitness. Page on the digastric muscle. tuneupfitness.com.',
    kind: 'web',
    primary: false,
    unverified: 'Title, author and date not given in the reference.',
  },
  {
    id: 'integrativeworks-eye-headache',
    citation: 'Integrative Works. "Headache with eye pain" (occipitofrontalis trigger points). integrativeworks.com.',
    kind: 'web',
    primary: false,
    unverified: 'Author and date not given in the reference.',
  },
  {
    id: 'kent-2011-frontal-headache',
    citation: 'Kent D. Article on the muscles behind frontal headache (frontalis, semispinalis capitis and others). Massage Today, 2011.',
    kind: 'web',
    primary: false,
    unverified: 'Title, issue and page not given in the reference.',
  },
  {
    id: 'naokootanilmt-neck',
    citation: 'naokootanilmt: a massage-therapist blog, pages on the posterior neck muscles and splenius cervicis.',
    kind: 'web',
    primary: false,
    unverified: 'Page titles and dates not given in the reference.',
  },
  {
    id: 'musclehealers-posterior-cervical',
    citation: 'musclehealers.com. Page on the posterior cervical muscles (activating factors after Travell & Simons).',
    kind: 'web',
    primary: false,
    unverified: 'Title, author and date not given in the reference.',
  },
  {
    id: 'eastcoasttherapeutics-splenius',
    citation: 'East Coast Therapeutics. Page on splenius trigger points. eastcoasttherapeutics.',
    kind: 'web',
    primary: false,
    unverified: 'Title, author and date not given in the reference.',
  },
  // Research on the greater occipital nerve and semispinalis capitis.
  {
    id: 'bovim-1991',
    citation: 'Bovim G, et al. Autopsy study (20 cases) of the course of the greater occipital nerve through semispinalis capitis, trapezius and inferior oblique. Spine 1991.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives the first author and the journal from memory; title, co-authors, volume and pages were not checked.',
  },
  {
    id: 'janis-2010',
    citation: 'Janis JE, et al. Cadaver study (25 heads) of the compression points of the greater occipital nerve. Plast Reconstr Surg 2010;126:1563-1572.',
    kind: 'paper',
    primary: true,
    unverified: 'First author, journal, volume and pages as the reference gives them; title and co-authors were not checked.',
  },
  {
    id: 'kim-2018-occipital-nerve',
    citation: 'Kim HS, et al. Cadaver study (60 sides) of where the greater occipital nerve pierces semispinalis capitis, measured from the external occipital protuberance. Sci Rep 2018.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives only "Kim 2018 (Sci Rep)" and the measurements; authors, title, volume and article number were not checked.',
  },
];
