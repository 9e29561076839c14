/** Sources first cited by the second wave's muscles of one reference file (see ../sources.ts). */
import type { Source } from '../../muscleSchema';

export const FOREARM_FLEXORS_HAND_SOURCES: readonly Source[] = [
  {
    id: 'ts-1999-zh-forearm-flexors-hand',
    citation:
      'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 1, 2nd ed. (1999), Chinese translation (2014): scans of the referral-pattern figures of chapters 34-40 (Figs 38-1, 39-1, 40-1 for the flexors, pronator teres, thumb muscles and interossei), held in the public GitHub wiki threecifanggen/medicine-wiki, physical_therapy/trigger_points.',
    kind: 'book',
    primary: true,
    unverified:
      'Read from scans of the translated figures, not from the English book; the English page numbers (pp. 744, 756-757, 775, 787) come from the book\'s "Pain Patterns" index in a copy on dokumen.tips. The palmaris longus figure (ch. 37) was not seen.',
  },
  {
    id: 'webmanmed-forearm-flexors',
    citation:
      'American Academy of Manual Medicine. Trigger-point pages summarising Travell & Simons (flexor carpi radialis, flexor carpi ulnaris, palmaris longus). webmanmed.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'muscle-joint-pain-hand',
    citation: 'muscle-joint-pain.com. Trigger-point pages: pronator teres; interossei of the hand.',
    kind: 'web',
    primary: false,
    unverified: 'Author and date not given in the reference.',
  },
  {
    id: 'delany-2009',
    citation: 'DeLany J. Spotlight on palmaris longus. Massage Today, 2009.',
    kind: 'web',
    primary: false,
    unverified: 'Issue and page not given in the reference.',
  },
  {
    id: 'thewellnessdigest-finger-flexors',
    citation: 'thewellnessdigest.com. Page on finger-flexor trigger points and trigger finger.',
    kind: 'web',
    primary: false,
    unverified: 'Title, author and date not given in the reference.',
  },
  {
    id: 'qerama-2009',
    citation:
      'Qerama E (first author) et al. [Trigger points in patients referred for suspected carpal tunnel syndrome, n = 335.] Eur J Pain 2009;13(6):588-591.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives the first author, journal, year, volume and pages only; co-authors and title are not given (the bracket describes the study).',
  },
  {
    id: 'azadeh-2010',
    citation:
      'Azadeh H (first author) et al. [Upper-trapezius trigger points in hands referred for suspected carpal tunnel syndrome, 221 hands.] J Res Med Sci (PubMed Central PMC3082821).',
    kind: 'paper',
    primary: true,
    unverified: 'The year (about 2010), volume, pages, co-authors and exact title are not given in the reference.',
  },
  {
    id: 'kumnoonsup-ctsmps',
    citation:
      'Kumnoonsup S (first author). [Myofascial pain in hands referred for suspected carpal tunnel syndrome, 125 hands.] J Dept Med Serv (Thailand).',
    kind: 'paper',
    primary: true,
    unverified: 'Year, volume, pages, co-authors and exact title are not given in the reference.',
  },
  {
    id: 'morningside-acupuncture-pronator',
    citation: 'Morningside Acupuncture. Page on pronator teres trigger points.',
    kind: 'web',
    primary: false,
    unverified: 'Address, author and date not given in the reference.',
  },
  {
    id: 'echiropractor-pronator',
    citation: 'echiropractor.org. Page on pronator teres trigger points.',
    kind: 'web',
    primary: false,
    unverified: 'Title, author and date not given in the reference.',
  },
  {
    id: 'resetwellness-pronator',
    citation: 'resetwellness.ca. "Pronator teres syndrome" (a Massage Today reprint).',
    kind: 'web',
    primary: false,
    unverified: 'Author and date not given in the reference.',
  },
  {
    id: 'westsubpainrelief-thumb',
    citation: 'westsubpainrelief.com. Page on thumb trigger points (adductor and opponens pollicis).',
    kind: 'web',
    primary: false,
    unverified: 'Title, author and date not given in the reference.',
  },
  {
    id: 'painalog-thumb',
    citation: 'painalog.com. Pages on the adductor pollicis and the opponens pollicis (self-treatment and stretches).',
    kind: 'web',
    primary: false,
    unverified: 'Authors and dates not given in the reference.',
  },
  {
    id: 'pedersini-2021',
    citation:
      'Pedersini P (first author) et al. [Trigger points of the hand muscles in thumb carpometacarpal osteoarthritis, 25 patients and 25 controls.] Top Geriatr Rehabil 2021;37(4):214-221.',
    kind: 'paper',
    primary: true,
    unverified: 'Co-authors and title are not given in the reference (the bracket describes the study); the prevalence figures were read from the abstract only.',
  },
  {
    id: 'choi-2015',
    citation:
      'Choi TW, Park HJ, Lee AR, Kang YK. [Referred pain of the 3rd and 4th dorsal interossei after hypertonic saline, 20 healthy adults, ultrasound-guided.] Pain Physician 2015;18(3):299-304.',
    kind: 'paper',
    primary: true,
    unverified: 'The title is not given in the reference (the bracket describes the study); authors, journal, volume and pages are as the reference gives them.',
  },
  {
    id: 'sinewchannels',
    citation: 'sinewchannels blog. Page on the interossei and Heberden\'s nodes (citing Travell & Simons).',
    kind: 'web',
    primary: false,
    unverified: 'Address, author and date not given in the reference.',
  },
];
