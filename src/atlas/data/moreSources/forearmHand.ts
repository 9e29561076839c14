/** Sources first cited by the second wave's muscles of one reference file (see ../sources.ts). */
import type { Source } from '../../muscleSchema';

/** Web pages and abstracts known to the reference only by name or by partial details. */
const ONLY_NAMED = 'The reference names the site and the page topic only; address, title, author and date were not checked.';

export const FOREARM_HAND_SOURCES: readonly Source[] = [
  {
    id: 'ts-1999-zh-forearm-extensors',
    citation:
      'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 1, 2nd ed. (1999), Chinese translation (2014): scans of the referral-pattern figures of chapters 34-36 (Fig 34-1 hand extensors, Fig 34-2 brachioradialis, Fig 35-1 finger extensors, Fig 36-1 supinator), held in the public GitHub wiki threecifanggen/medicine-wiki, physical_therapy/trigger_points.',
    kind: 'book',
    primary: true,
    unverified:
      'Read from scans of the translated figures, not from the English book, whose text was not seen; the English page numbers (pp. 692-693, 715, 729) come from the book\'s "Pain Patterns" index in a copy on dokumen.tips.',
  },
  {
    id: 'fernandez-carnero-2007',
    citation:
      'Fernández-Carnero J (first author) et al. [Referred pain from trigger points of four forearm muscles in 20 patients with lateral epicondylalgia and 20 controls.] Clin J Pain 2007;23(4):353-360.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives the first author, journal, year, volume and pages; the co-authors and title are not given (the bracket describes the study).',
  },
  {
    id: 'fernandez-carnero-2008',
    citation:
      'Fernández-Carnero J (first author) et al. [Active and latent trigger points of forearm muscles in 25 patients with one-sided lateral epicondylalgia and 20 controls.] Clin J Pain 2008;24(9):802-807.',
    kind: 'paper',
    primary: true,
    unverified:
      'The reference gives the first author, journal, year, volume and pages; the co-authors and title are not given (the bracket describes the study), and the figures come from the abstract (one odds ratio lies outside its own confidence interval).',
  },
  {
    id: 'mora-relucio-2016',
    citation:
      'Mora-Relucio R (first author) et al. [Agreement between examiners on the classification and location of forearm trigger points in 52 pianists, and their link with lateral epicondylalgia.] Evid Based Complement Alternat Med 2016;2016:6059719.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives the first author, journal, year and article number; the co-authors and title are not given (the bracket describes the study).',
  },
  {
    id: 'shmushkevich-2013',
    citation:
      '[Review of myofascial trigger points in lateral epicondylalgia.] J Bodyw Mov Ther 2013. doi:10.1016/j.jbmt.2013.02.003. Probably Shmushkevich Y, Kalichman L.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives the journal, year and DOI only; the authors (probably Shmushkevich and Kalichman) and the title were not checked.',
  },
  {
    id: 'ijpot-lateral-epicondylalgia-trps',
    citation:
      '[Trigger points in five arm muscles (brachioradialis, biceps, triceps, extensor carpi radialis brevis, supinator) in 40 patients with lateral epicondylalgia.] Indian Journal of Physiotherapy and Occupational Therapy; abstract on i-scholar.in.',
    kind: 'paper',
    primary: true,
    unverified: 'Known from an abstract only: authors, year, title and pages were not seen; a small study.',
  },
  {
    id: 'cael-2015-supinator',
    citation: 'Cael C. [Functional anatomy: supinator.] Massage & Bodywork, May/June 2015.',
    kind: 'web',
    primary: false,
    unverified: 'The reference gives the author, magazine and issue; the title and page were not checked.',
  },
  {
    id: 'open-orthop-j-2023-ecu',
    citation:
      '[Series of 103 painful dorsal-ulnar wrists, 26 with constrained extensor carpi ulnaris tendinopathy.] Open Orthop J 2023;17. doi:10.2174/18743250-v17-230810-2023-6.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives the journal, year and DOI only; authors and title were not checked.',
  },
  {
    id: 'westsubpainrelief-forearm',
    citation: 'westsubpainrelief.com. Pages on forearm trigger points (brachioradialis, wrist and finger extensors, supinator).',
    kind: 'web',
    primary: false,
    unverified: ONLY_NAMED,
  },
  {
    id: 'aneskey-forearm-syndromes',
    citation: 'aneskey.com. Textbook chapters "Brachioradialis syndrome" and "Supinator syndrome" (reproduced from a myofascial-pain textbook).',
    kind: 'web',
    primary: false,
    unverified: 'The reference names the site and the chapter titles only; the textbook, its authors and date were not identified.',
  },
  {
    id: 'triggerpointselfhelp-extensor-digitorum',
    citation: 'triggerpointselfhelp.com. Page on extensor digitorum trigger points.',
    kind: 'web',
    primary: false,
    unverified: ONLY_NAMED,
  },
  {
    id: 'handwiki-tennis-elbow',
    citation: 'HandWiki. "Tennis elbow" (encyclopaedia article). handwiki.org.',
    kind: 'web',
    primary: false,
    unverified: ONLY_NAMED,
  },
  {
    id: 'clinicalpub-ecu-injection',
    citation: 'clinicalpub.com. "Injection technique for extensor carpi ulnaris syndrome" (textbook chapter).',
    kind: 'web',
    primary: false,
    unverified: 'The reference names the site and the chapter title only; the textbook and its authors were not identified.',
  },
  {
    id: 'morningside-acupuncture-forearm',
    citation: 'Morningside Acupuncture NYC. Forearm trigger-point pages (brachioradialis; extensor carpi ulnaris). morningsideacupuncturenyc.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_NAMED,
  },
  {
    id: 'nhs-gloucestershire-hand-red-flags',
    citation: 'NHS Gloucestershire, G-care. "Red flags for elbows, wrists & hands" (clinical guidance page for primary care).',
    kind: 'web',
    primary: false,
    unverified: 'The reference names the page only; address and date were not checked.',
  },
];
