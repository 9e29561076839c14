/** Sources first cited by the second wave's muscles of one reference file (see ../sources.ts). */
import type { Source } from '../../muscleSchema';

// Ids of web pages name the page (site-topic) so that they cannot collide with another file's
// id for a different page of the same site.
export const TRUNK_FRONT_SOURCES: readonly Source[] = [
  // Papers.
  {
    id: 'sanders-2017',
    citation: 'Sanders RJ, Annest SJ. Pectoralis minor syndrome: subclavicular brachial plexus compression. Diagnostics 2017;7(3):46.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives authors, journal, volume and article number (7:46); the title and issue were not checked.',
  },
  {
    id: 'sanders-2014',
    citation: 'Review "Thoracic outlet and pectoralis minor syndromes". Semin Vasc Surg 2014;27(2):86-.',
    kind: 'paper',
    primary: true,
    unverified: 'First author (Sanders) given from memory in the reference; the authors, issue and pages were not checked.',
  },
  {
    id: 'torres-lacomba-2010',
    citation: 'Torres Lacomba M, et al. Incidence of myofascial pain syndrome in breast cancer surgery: a prospective study. Clin J Pain 2010;26(4):320-.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives first author, journal, volume and first page (26:320); co-authors, title wording and issue were not checked.',
  },
  {
    id: 'fitzgerald-2012',
    citation: 'Fitzgerald et al. Case report: pectoralis minor thoracic outlet syndrome mimicking cardiac symptoms on running. J Can Chiropr Assoc (JCCA) 2012.',
    kind: 'paper',
    primary: true,
    unverified: 'Only the first author, journal, year and subject are given in the reference; title, volume and pages were not checked.',
  },
  {
    id: 'asghar-2021',
    citation: 'Asghar A, et al. Prevalence of the sternalis muscle: a systematic review and meta-analysis (98 studies, 27,470 adults). Anat Sci Int 2021.',
    kind: 'paper',
    primary: true,
    unverified: 'Co-authors, exact title, volume and pages were not checked.',
  },
  {
    id: 'jordan-ct-sternalis',
    citation: 'CT study of the sternalis muscle in 1,709 patients in Jordan, with a survey of surgery and radiology residents\' recognition of it.',
    kind: 'paper',
    primary: true,
    unverified: 'The first author, year and journal were not captured by the reference.',
  },
  {
    id: 'molina-2017',
    citation: 'Molina et al. Prevalence of the sternalis muscle on 2,288 chest CT scans in Chile, 2017.',
    kind: 'paper',
    primary: true,
    unverified: 'Only the first author, year, country and sample are given in the reference; title and journal were not checked.',
  },
  {
    id: 'hung-lucaciu-utmj',
    citation: 'Hung, Lucaciu. The sternalis muscle: two types of different origin. University of Toronto Medical Journal (UTMJ).',
    kind: 'paper',
    primary: true,
    unverified: 'Initials, title, year, volume and pages were not given in the reference.',
  },
  {
    id: 'j-clin-gastroenterol-2016-cawp',
    citation: 'Review "Chronic abdominal wall pain: an under-recognized diagnosis leading to unnecessary testing". J Clin Gastroenterol 2016.',
    kind: 'paper',
    primary: true,
    unverified: 'The authors, volume and pages were not given in the reference.',
  },
  {
    id: 'am-j-surg-2009-cawp',
    citation: 'Review of chronic abdominal wall pain and Carnett\'s test. Am J Surg 2009.',
    kind: 'paper',
    primary: true,
    unverified: 'The first author was not verified; title, volume and pages were not given in the reference.',
  },
  {
    id: 'nazareno-2005',
    citation: 'Nazareno J, et al. Long-term follow-up of trigger point injections for abdominal wall pain. Can J Gastroenterol 2005.',
    kind: 'paper',
    primary: true,
    unverified: 'Co-authors, exact title, volume and pages were not checked.',
  },
  {
    id: 'serrano-imedio-2022',
    citation: 'Serrano-Imedio et al. Myofascial trigger points in women with primary dysmenorrhoea: a case-control study (84 women), 2022.',
    kind: 'paper',
    primary: true,
    unverified: 'Co-authors, title, journal, volume and pages were not given in the reference.',
  },
  // Web pages (secondary summaries of Travell & Simons and Davies).
  {
    id: 'triggerpointbook-serratus-anterior',
    citation: 'Davies C, Davies A. The Trigger Point Therapy Workbook website, serratus anterior page. triggerpointbook.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'triggerpointbook-abdominals',
    citation: 'Davies C, Davies A. The Trigger Point Therapy Workbook website, abdominal muscles page. triggerpointbook.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'pressurepointer-serratus-anterior',
    citation: 'Pressure Pointer. Serratus anterior trigger point page (citing a case report of a trigger point mimicking a heart attack). pressurepointer.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'bodyacheescape-serratus-anterior',
    citation: 'Body Ache Escape. Serratus anterior trigger point self-help page. bodyacheescape.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'coreconcepts-serratus-anterior',
    citation: 'Core Concepts. Serratus anterior trigger point page. coreconcepts.com.sg.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'flashking-pectoralis-minor',
    citation: 'Flashking. Trigger point summary cards, pectoralis minor (pattern compared with pectoralis major).',
    kind: 'web',
    primary: false,
    unverified: 'The reference names the summary only as "flashking"; site address and page title were not given.',
  },
  {
    id: 'muscle-joint-pain-sternalis',
    citation: 'muscle-joint-pain.com. Sternalis trigger point page (after Davies and Travell & Simons).',
    kind: 'web',
    primary: false,
  },
  {
    id: 'painotopia-sternalis',
    citation: 'Painotopia. Sternalis trigger point page (after Davies and Travell & Simons).',
    kind: 'web',
    primary: false,
  },
  {
    id: 'seekhealthz-sternalis',
    citation: 'SeekHealthZ. "Sternalis syndrome" page, apparently after Waldman, Atlas of Uncommon Pain Syndromes.',
    kind: 'web',
    primary: false,
    unverified: 'Its dependence on Waldman\'s atlas was not verified.',
  },
  {
    id: 'morningside-obliques',
    citation: 'Morningside Acupuncture NYC. Abdominal obliques trigger point page. morningsideacupuncturenyc.com.',
    kind: 'web',
    primary: false,
  },
];
