/** Sources first cited by the second wave's muscles of one reference file (see ../sources.ts). */
import type { Source } from '../../muscleSchema';

export const HIP_THIGH_SOURCES: readonly Source[] = [
  // Books and web summaries of Travell & Simons Vol. 2 (secondary).
  {
    id: 'finando-2005',
    citation: 'Finando D, Finando S. Trigger Point Therapy for Myofascial Pain: The Practice of Informed Touch. Rochester, VT: Healing Arts Press, 2005.',
    kind: 'book',
    primary: false,
    unverified: 'Read through online excerpts of the tensor fasciae latae and quadriceps entries; the co-author and publisher were not checked against the book.',
  },
  {
    id: 'brainscape-ts-cards',
    citation: 'Brainscape. Flash cards summarising Travell & Simons Vol. 2 ("TrP Location", "TrP Referral"). brainscape.com.',
    kind: 'web',
    primary: false,
    unverified: 'The deck\'s author and title were not recorded.',
  },
  {
    id: 'webmanmed-lower-limb',
    citation:
      'American Academy of Manual Medicine. Muscle pages with "Travell and Simons Trigger Point Pain Referral" sections: adductor brevis, sartorius, coccygeus, obturator internus. webmanmed.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'coccyx-org',
    citation: 'Coccyx.org (coccyx pain information site). Pages on muscle causes of coccyx pain and "gluteus maximus syndrome". coccyx.org.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'mortonsfoot',
    citation: 'Mortonsfoot.com. Gluteus maximus self-care page (heat, compression, stretching). mortonsfoot.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'kent-2012',
    citation: 'Kent D. Hip and Thigh Pain: The Tensor Fascia Latae Connection. Massage Today, 2012. massagetoday.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'roberts-massage-today',
    citation: 'Roberts D. The 4-Faced Troublemaker (parts 1 and 2: the quadriceps; "The Frustrater"). Massage Today. massagetoday.com.',
    kind: 'web',
    primary: false,
    unverified: 'The year of publication was not given in the reference.',
  },
  {
    id: 'cheatography-upper-leg',
    citation: 'Cheatography. "Upper leg muscles" cheat sheet (notes based on Travell & Simons). cheatography.com.',
    kind: 'web',
    primary: false,
    unverified: 'Author not recorded.',
  },
  {
    id: 'huhn-triggerpoint-ca',
    citation: 'Huhn A. Adductor magnus page with excerpts from Travell & Simons (intrapelvic pain). triggerpoint.ca.',
    kind: 'web',
    primary: false,
    unverified: 'The author\'s initial and the page title were not checked.',
  },
  {
    id: 'mally-massagelibrary',
    citation: 'Mally. Hamstring trigger-point article (trigger-point sites and referral). massagelibrary.com.',
    kind: 'web',
    primary: false,
    unverified: 'The author\'s full name, the title and the year were not given in the reference.',
  },
  {
    id: 'simplehealthideas-hamstrings',
    citation: 'Simple Health Ideas blog. Hamstring trigger points (based on Travell & Simons; chair-edge and children\'s seating). simplehealthideas.blogspot.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'abbottcenter-groin',
    citation: 'Abbott Center. Groin pain series (trigger points of the groin and front of the thigh). abbottcenter.com.',
    kind: 'web',
    primary: false,
  },
  // Research papers.
  {
    id: 'akamatsu-2017',
    citation:
      'Akamatsu FE, et al. Cadaver study of 20 muscles (10 cadavers) comparing the intramuscular entry points of nerve branches with clinically described trigger-point sites. BioMed Res Int 2017;2017:4821968.',
    kind: 'paper',
    primary: true,
    unverified: 'Only the first author, journal, year and article number were given; the title and co-authors were not checked.',
  },
  {
    id: 'adelmanesh-2015',
    citation:
      'Adelmanesh F, et al. Gluteal myofascial trigger points in patients with lumbosacral radiculopathy (271 patients, 152 controls). Am J Phys Med Rehabil 2015;94(10):784-791.',
    kind: 'paper',
    primary: true,
    unverified: 'The title and co-authors were not checked; the description is from the reference.',
  },
  {
    id: 'adelmanesh-2016',
    citation:
      'Adelmanesh F, et al. Sensitivity and specificity of a gluteal trigger point for radicular low back pain (n = 325). Clin J Pain 2016;32(8):666-672.',
    kind: 'paper',
    primary: true,
    unverified: 'The title and co-authors were not checked; the description is from the reference.',
  },
  {
    id: 'sanchez-romero-2020',
    citation:
      'Sánchez Romero EA, et al. Myofascial trigger points of the lower limb muscles in patients with mild to moderate painful knee osteoarthritis (n = 114). J Clin Med 2020;9(8):2561.',
    kind: 'paper',
    primary: true,
    unverified: 'The title and co-authors were not checked; the description is from the reference.',
  },
  {
    id: 'rozenfeld-2020',
    citation:
      'Rozenfeld E, et al. Myofascial trigger points in soldiers with anterior knee pain compared with controls (33 cases, 32 controls). J Bodyw Mov Ther 2020;24(1):31-38.',
    kind: 'paper',
    primary: true,
    unverified: 'The title and co-authors were not checked; the description is from the reference.',
  },
  {
    id: 'olson-1995',
    citation: 'Olson & Holt, 1995: anatomical measurement of the adductor hiatus, 8-13.5 cm above the adductor tubercle.',
    kind: 'paper',
    primary: true,
    unverified: 'The reference gives only the authors\' names, the year and the measurement; the journal, title and initials were not found.',
  },
  {
    id: 'pastore-2012',
    citation: 'Pastore EA, Katzman WB. Recognizing myofascial pelvic pain in the female patient with chronic pelvic pain. J Obstet Gynecol Neonatal Nurs 2012;41(5):680-691.',
    kind: 'paper',
    primary: true,
    unverified: 'The title was not checked against the journal; the volume and pages are from the reference.',
  },
  {
    id: 'anderson-2009',
    citation:
      'Anderson RU, et al. Painful myofascial trigger points and pain sites in men with chronic prostatitis / chronic pelvic pain syndrome (72 men). J Urol 2009;182(6):2753-2758.',
    kind: 'paper',
    primary: true,
    unverified: 'The title and co-authors were not checked; the description is from the reference.',
  },
  {
    id: 'anderson-2005',
    citation:
      'Anderson RU, et al. Myofascial trigger point release and paradoxical relaxation training for refractory chronic prostatitis / chronic pelvic pain syndrome in men (138 men). J Urol 2005;174(1):155-160.',
    kind: 'paper',
    primary: true,
    unverified: 'The title and co-authors were not checked; the description is from the reference.',
  },
  {
    id: 'chiarioni-2011',
    citation: 'Chiarioni G, et al. Chronic proctalgia and chronic pelvic pain syndromes: a review. World J Gastroenterol 2011;17(40):4447-4455.',
    kind: 'paper',
    primary: true,
    unverified: 'The title and co-authors were not checked; the journal, volume and pages are from the reference.',
  },
  {
    id: 'knowles-2022',
    citation: 'Knowles CH, Cohen RC. Chronic anal pain: a review. Cleve Clin J Med 2022.',
    kind: 'paper',
    primary: true,
    unverified: 'The exact title, volume and pages were not given in the reference.',
  },
];
