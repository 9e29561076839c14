/** Sources first cited by the second wave's muscles of one reference file (see ../sources.ts). */
import type { Source } from '../../muscleSchema';

const ONLY_REFERENCE = 'Known only through the leg and foot reference notes (shared/reference/more/leg-foot.md); the original was not read.';

export const LEG_FOOT_SOURCES: readonly Source[] = [
  // Papers (the reference read their abstracts).
  {
    id: 'park-2022',
    citation:
      'Park L, Akamatsu F, Hojaij F, Andrade M, Jacomo A. Anatomical study of the innervation of the fibularis longus muscle and its correlation with myofascial trigger points: preliminary results. FASEB J 2022;36(S1) (conference abstract).',
    kind: 'paper',
    primary: true,
    unverified: 'A conference abstract, read through an IASP summary; no page or abstract number was checked.',
  },
  {
    id: 'salom-moreno-2015',
    citation:
      'Salom-Moreno J, Ayuso-Casado B, Tamaral-Costa B, Sánchez-Milá Z, Fernández-de-las-Peñas C, Alburquerque-Sendín F. Trigger point dry needling and proprioceptive exercises for the management of chronic ankle instability: a randomized clinical trial. Evid Based Complement Alternat Med 2015;2015:790209.',
    kind: 'paper',
    primary: true,
    unverified: 'Figures taken from the abstract as given in the reference notes.',
  },
  {
    id: 'thummar-2020',
    citation:
      'Thummar RC, Rajaseker S, Anumasa R. Association between trigger points in hamstring, posterior leg, foot muscles and plantar fasciopathy: a cross-sectional study. J Bodyw Mov Ther 2020;24(4):373-378.',
    kind: 'paper',
    primary: true,
    unverified: 'Figures taken from the abstract as given in the reference notes.',
  },
  {
    id: 'zuil-escobar-2015',
    citation:
      'Zuil-Escobar JC, Martínez-Cepa CB, Martín-Urrialde JA, Gómez-Conesa A. Prevalence of myofascial trigger points and diagnostic criteria of different muscles in function of the medial longitudinal arch. Arch Phys Med Rehabil 2015 (PMID 25748145).',
    kind: 'paper',
    primary: true,
    unverified: 'Volume and pages not given in the reference notes; figures from the abstract.',
  },
  {
    id: 'zuil-escobar-2024',
    citation:
      'Zuil-Escobar JC, Martín-Urrialde JA, Gómez-Conesa A, Martínez-Cepa CB. High medial longitudinal arch of the foot and latent trigger points in lower limb muscles. J Clin Med 2024;13(14):4049.',
    kind: 'paper',
    primary: true,
    unverified: 'Figures taken from the abstract as given in the reference notes.',
  },
  // Sánchez Romero 2020 (knee osteoarthritis) is listed once, as 'sanchez-romero-2020' in ./hipThigh.ts.
  {
    id: 'wada-2020',
    citation:
      'Wada JT, Akamatsu F, Hojaij F, et al. An anatomical basis for the myofascial trigger points of the abductor hallucis muscle. Biomed Res Int 2020;2020:9240581.',
    kind: 'paper',
    primary: true,
    unverified: 'Read through its abstract as given in the reference notes.',
  },
  {
    id: 'choi-2024',
    citation:
      'Choi YJ, Filler TJ, Wolf-Vollenbröker M, Lee JH, Lee HJ. Territories of nerve endings of the medial plantar nerve within the abductor hallucis muscle: clinical implications for potential pain management. Diagnostics 2024;14(16):1716.',
    kind: 'paper',
    primary: true,
    unverified: 'Read through its abstract as given in the reference notes.',
  },
  {
    id: 'cotchett-2014',
    citation:
      'Cotchett MP, Munteanu SE, Landorf KB. Effectiveness of trigger point dry needling for plantar heel pain: a randomized controlled trial. Phys Ther 2014;94(8):1083-1094.',
    kind: 'paper',
    primary: true,
    unverified: 'Figures taken from the abstract as given in the reference notes.',
  },
  {
    id: 'he-2017',
    citation:
      'He C, Ma H. Effectiveness of trigger point dry needling for plantar heel pain: a meta-analysis of seven randomized controlled trials. J Pain Res 2017;10:1933-1942.',
    kind: 'paper',
    primary: true,
    unverified: 'Read through its abstract as given in the reference notes.',
  },
  {
    id: 'ortega-santiago-2020',
    citation:
      'Ortega-Santiago R, Ríos-León M, Martín-Casas P, Fernández-de-las-Peñas C, Plaza-Manzano G. Active muscle trigger points are associated with pain and related disability in patients with plantar heel pain: a case-control study. Pain Med 2020;21(5):1032-1038.',
    kind: 'paper',
    primary: true,
    unverified: 'Figures taken from the abstract as given in the reference notes.',
  },
  {
    id: 'cael-2015',
    citation: 'Cael C. Functional anatomy: popliteus. Massage & Bodywork, September/October 2015:46.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'kent-2010',
    citation: 'Kent D. Trigger points in the fibularis tertius muscle. Massage Today, 16 February 2010.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  // Web summaries of T&S Vol. 2 (secondary).
  {
    id: 'bodyacheescape',
    citation: 'Body Ache Escape. Summary pages of Travell & Simons Vol. 2 (peroneal muscles). bodyacheescape.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'brainscape-trp-cards',
    citation: 'Trigger-point referral flash cards based on Travell & Simons (author not given). brainscape.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'webmanmed',
    citation: 'webmanmed.com. "Travell and Simons Trigger Point Pain Referral" pages (peroneus tertius).',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'integrativeworks',
    citation: 'Integrative Works. "Pain in the heel when walking" (quadratus plantae trigger points). integrativeworks.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'muscle-joint-pain',
    citation: 'muscle-joint-pain.com. Trigger point pages (peroneal muscles, plantaris).',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'thewellnessdigest',
    citation: 'The Wellness Digest. Trigger point pages (peroneals, tibialis posterior, extensor and flexor hallucis longus, plantaris). thewellnessdigest.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'triggerpoints3d',
    citation: 'Niel-Asher S. "Trigger point of the week: plantaris". triggerpoints3d.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'morningside-acupuncture',
    citation: 'Morningside Acupuncture NYC. Extensor digitorum longus and extensor hallucis longus trigger point pages. morningsideacupuncturenyc.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'perry-2010',
    citation: 'Perry J. Peroneus trigger point page. triggerpointtherapist.com, 2010.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'kneepainout',
    citation: 'kneepainout. Trigger point pages (flexor digitorum longus, flexor hallucis longus).',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'phoenix-acupuncture',
    citation: 'Phoenix Acupuncture Community Medicine. Tibialis posterior trigger point page. phoenixacupuncturecommunitymedicine.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'physiopedia-tarsal-tunnel',
    citation: 'Physiopedia. Tarsal tunnel syndrome. physio-pedia.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'filmov-fdb',
    citation: 'A massage video description paraphrasing Travell & Simons on flexor digitorum brevis (filmov.tv; author not given).',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'westsubpainrelief-foot',
    citation: 'westsubpainrelief.com. Hammer-toe trigger point page (long toe extensors).',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'painalog-leg',
    citation: 'painalog.com. Lower-leg trigger point pages (levels of the long toe extensor and flexor trigger points).',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'academy-clinical-massage',
    citation: 'Academy of Clinical Massage. Flexor hallucis longus page (anatomy). academyofclinicalmassage.com.',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE,
  },
  {
    id: 'foot-pain-relief-treatment',
    citation: 'foot-pain-relief-treatment.com. Abductor digiti minimi (foot) trigger point page (gives the outer heel and ankle pattern).',
    kind: 'web',
    primary: false,
    unverified: ONLY_REFERENCE + ' A weak lay source; its pattern disagrees with the Travell & Simons summaries.',
  },
];
