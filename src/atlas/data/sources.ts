import type { Source } from '../muscleSchema';
import { HEAD_NECK_SOURCES } from './moreSources/headNeck';
import { TRUNK_FRONT_SOURCES } from './moreSources/trunkFront';
import { SHOULDER_ARM_BACK_SOURCES } from './moreSources/shoulderArmBack';
import { FOREARM_HAND_SOURCES } from './moreSources/forearmHand';
import { FOREARM_FLEXORS_HAND_SOURCES } from './moreSources/forearmFlexorsHand';
import { HIP_THIGH_SOURCES } from './moreSources/hipThigh';
import { LEG_FOOT_SOURCES } from './moreSources/legFoot';

/** Every bibliographic source the muscle data cites, by id; manuals and papers are primary. */
export const SOURCES: readonly Source[] = [
  // Travell & Simons manuals and the self-treatment workbook.
  {
    id: 'ts-1983',
    citation:
      'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 1, 1st ed. Baltimore: Williams & Wilkins, 1983.',
    kind: 'book',
    primary: true,
  },
  {
    id: 'ts-1992',
    citation:
      'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 2: The Lower Extremities. Baltimore: Williams & Wilkins, 1992.',
    kind: 'book',
    primary: true,
  },
  {
    id: 'ts-1999',
    citation:
      'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 1: Upper Half of Body, 2nd ed. Baltimore: Williams & Wilkins, 1999.',
    kind: 'book',
    primary: true,
  },

  {
    id: 'davies-2013',
    citation:
      'Davies C, Davies A. The Trigger Point Therapy Workbook: Your Self-Treatment Guide for Pain Relief, 3rd ed. Oakland: New Harbinger, 2013 (1st ed. 2001, 2nd ed. 2004, by C. Davies).',
    kind: 'book',
    primary: true,
  },
  // Web summaries of the manuals (secondary).
  {
    id: 'medlink',
    citation:
      'MedLink Neurology. Media pages "Myofascial pain patterns of the ... muscle" (figure captions credited to Travell & Simons 1983). medlink.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'namtpt',
    citation:
      'National Association of Myofascial Trigger Point Therapists (NAMTPT). Symptom Checker pages. check.myofascialtherapy.org.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'niel-asher',
    citation:
      'Niel-Asher S. Trigger-point blog pages (summaries in the style of The Concise Book of Trigger Points). nielasher.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'studyres-ts-table',
    citation:
      'A tabulated summary of the Travell & Simons muscles (trigger points, referral zones), hosted on studyres.com; author not given.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'aberdeen-chiropractic',
    citation: 'Aberdeen Chiropractic blog. Trigger point pages summarising Travell & Simons. aberdeenchiropracticblog.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'fpnotebook',
    citation: 'Moses S. Family Practice Notebook: myofascial trigger point pages. fpnotebook.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'painwhisperer',
    citation: 'The Pain Whisperer. Trigger point pages. painwhisperer.com.',
    kind: 'web',
    primary: false,
  },
  {
    id: 'innerouterhealth',
    citation: 'Inner Outer Health. Trigger point pages. innerouterhealth.com.',
    kind: 'web',
    primary: false,
  },
  // Clinical guidance behind the red flags (src/atlas/data/redFlags.ts).
  {
    id: 'nice-cg150-headache',
    citation: 'National Institute for Health and Care Excellence. Headaches in over 12s: diagnosis and management. Clinical guideline CG150. London: NICE, 2012 (updated).',
    kind: 'web',
    primary: true,
    unverified: 'Read through public summaries of the guideline; the current version was not checked line by line.',
  },
  {
    id: 'bsr-2020-gca',
    citation: 'Mackie SL, Dejaco C, Appenzeller S, et al. British Society for Rheumatology guideline on diagnosis and treatment of giant cell arteritis. Rheumatology 2020;59(3):e1-e23.',
    kind: 'paper',
    primary: true,
    unverified: 'Volume and pages were not checked against the journal; the same-day referral advice was read in a public summary of the guideline.',
  },
  {
    id: 'ifompt-2023-cervical',
    citation: 'Rushton A, Carlesso LC, Flynn T, et al. International framework for examination of the cervical region for potential of vascular pathologies of the neck prior to musculoskeletal intervention: International IFOMPT Cervical Framework. J Orthop Sports Phys Ther 2023;53(1):7-22.',
    kind: 'paper',
    primary: true,
    unverified: 'Author list, volume and pages were not checked against the journal.',
  },
  {
    id: 'nice-cg95-chest-pain',
    citation: 'National Institute for Health and Care Excellence. Recent-onset chest pain of suspected cardiac origin: assessment and diagnosis. Clinical guideline CG95. London: NICE, 2010 (updated 2016).',
    kind: 'web',
    primary: true,
    unverified: 'Read through public summaries of the guideline.',
  },
  {
    id: 'nice-ng156-aaa',
    citation: 'National Institute for Health and Care Excellence. Abdominal aortic aneurysm: diagnosis and management. NICE guideline NG156. London: NICE, 2020.',
    kind: 'web',
    primary: true,
    unverified: 'Read through public summaries of the guideline.',
  },
  {
    id: 'verhagen-2016',
    citation: 'Verhagen AP, Downie A, Popal N, Maher C, Koes BW. Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25(9):2788-2802.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'ahcpr-1994-low-back',
    citation: 'Bigos S, Bowyer O, Braen G, et al. Acute Low Back Problems in Adults. Clinical Practice Guideline No. 14 (AHCPR Publication 95-0642). Rockville, MD: Agency for Health Care Policy and Research, 1994; table of red flags for potentially serious conditions.',
    kind: 'book',
    primary: true,
    unverified: 'The author list was not checked; the red-flag table was read as reproduced on the NCBI Bookshelf.',
  },
  {
    id: 'nice-ng158-vte',
    citation: 'National Institute for Health and Care Excellence. Venous thromboembolic diseases: diagnosis, management and thrombophilia testing. NICE guideline NG158. London: NICE, 2020.',
    kind: 'web',
    primary: true,
    unverified: 'Read through public summaries of the guideline.',
  },
  {
    id: 'nice-cg147-pad',
    citation: 'National Institute for Health and Care Excellence. Peripheral arterial disease: diagnosis and management. Clinical guideline CG147, 2012 (updated 2020).',
    kind: 'web',
    primary: true,
  },
  {
    id: 'nice-ng38-fractures',
    citation: 'National Institute for Health and Care Excellence. Fractures (non-complex): assessment and management. NICE guideline NG38, 2016 (section on suspected scaphoid fractures).',
    kind: 'web',
    primary: true,
  },
  {
    id: 'nice-ng19-diabetic-foot',
    citation: 'National Institute for Health and Care Excellence. Diabetic foot problems: prevention and management. NICE guideline NG19, 2015 (updated 2019).',
    kind: 'web',
    primary: true,
  },
  {
    id: 'nice-ng12-cancer',
    citation: 'National Institute for Health and Care Excellence. Suspected cancer: recognition and referral. NICE guideline NG12. London: NICE, 2015 (updated).',
    kind: 'web',
    primary: true,
    unverified:
      'Read through public summaries of the guideline (laryngeal, oesophageal and colorectal recommendations: two-week referral); since 2023 the guideline routes most bowel symptoms through a stool test (FIT) first, and the current version was not checked line by line.',
  },
  {
    id: 'aao-2020-angle-closure',
    citation:
      'Gedde SJ, Chen PP, Muir KW, Vinod K, Lind JT, Wright MM, Li T, Mansberger SL; American Academy of Ophthalmology Preferred Practice Pattern Glaucoma Panel. Primary Angle-Closure Disease Preferred Practice Pattern. Ophthalmology 2021;128(1):P30-P70 (approved 2020). doi:10.1016/j.ophtha.2020.10.021.',
    kind: 'paper',
    primary: true,
    unverified: 'Authors, volume and pages were read from the publisher\'s and the Academy\'s listings; the symptoms of acute angle closure were read in public summaries, not in the full text.',
  },
  {
    id: 'atlas-safety-review',
    citation: "The atlas's clinical reference notes and their clinical safety review (shared/reference, sections marked [CHECKED]): general medical red flags added where the trigger-point literature gives none.",
    kind: 'web',
    primary: false,
  },
  // Research papers.
  {
    id: 'alonso-blanco-2011',
    citation:
      'Alonso-Blanco C, Fernández-de-las-Peñas C, Morales-Cabezas M, Zarco-Moreno P, Ge HY, Florez-García M. Multiple active myofascial trigger points reproduce the overall spontaneous pain pattern in women with fibromyalgia and are related to widespread mechanical hypersensitivity. Clin J Pain 2011;27(5):405-413.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'alonso-blanco-2012',
    citation:
      'Alonso-Blanco C, et al. Characteristics of referred muscle pain to the head from active trigger points in women with myofascial temporomandibular pain and fibromyalgia syndrome. J Headache Pain 2012. doi:10.1007/s10194-012-0477-y.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'barbero-2013',
    citation:
      'Barbero M, Cescon C, Tettamanti A, et al. Myofascial trigger points and innervation zone locations in upper trapezius muscles. BMC Musculoskelet Disord 2013;14:179.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'bron-2007',
    citation:
      'Bron C, Franssen J, Wensing M, Oostendorp RAB. Interrater reliability of palpation of myofascial trigger points in three shoulder muscles. J Man Manip Ther 2007;15(4):203-215.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'bron-2011',
    citation:
      'Bron C, Dommerholt J, Stegenga B, Wensing M, Oostendorp RAB. High prevalence of shoulder girdle muscles with myofascial trigger points in patients with shoulder pain. BMC Musculoskelet Disord 2011;12:139.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'cerezo-tellez-2016',
    citation:
      'Cerezo-Téllez E, Torres-Lacomba M, Mayoral-del Moral O, Sánchez-Sánchez B, Dommerholt J, Gutiérrez-Ortega C. Prevalence of myofascial pain syndrome in chronic non-specific neck pain: a population-based cross-sectional descriptive study. Pain Med 2016;17(12):2369-2377.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'ezzati-2021',
    citation:
      'Ezzati K, Ravarian B, Saberi A, et al. Prevalence of cervical myofascial pain syndrome and its correlation with the severity of pain and disability in patients with chronic non-specific neck pain. Arch Bone Jt Surg 2021.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'fernandez-de-las-penas-2006',
    citation:
      'Fernández-de-las-Peñas C, Alonso-Blanco C, Cuadrado ML, Gerwin RD, Pareja JA. Myofascial trigger points and their relationship to headache clinical parameters in chronic tension-type headache. Headache 2006;46:1264-1272 (author list unverified).',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'fernandez-de-las-penas-2007-man-ther',
    citation:
      'Fernández-de-las-Peñas C, Alonso-Blanco C, Miangolarra JC. Myofascial trigger points in subjects presenting with mechanical neck pain: a blinded, controlled study. Man Ther 2007;12:29-33.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'fernandez-de-las-penas-2007-eur-j-pain',
    citation:
      'Fernández-de-las-Peñas C, Ge HY, Arendt-Nielsen L, Cuadrado ML, Pareja JA. Referred pain from trapezius muscle trigger points shares similar characteristics with chronic tension type headache. Eur J Pain 2007;11:475-482.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'fernandez-de-las-penas-2007-clin-j-pain',
    citation:
      'Fernández-de-las-Peñas C, Ge HY, Arendt-Nielsen L, Cuadrado ML, Pareja JA. The local and referred pain from myofascial trigger points in the temporalis muscle contributes to pain profile in chronic tension-type headache. Clin J Pain 2007;23(9):786-792.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'fernandez-de-las-penas-2010-jbmt',
    citation:
      'Fernández-de-las-Peñas C, Ge HY, Alonso-Blanco C, González-Iglesias J, Arendt-Nielsen L. Referred pain areas of active myofascial trigger points in head, neck, and shoulder muscles, in chronic tension type headache. J Bodyw Mov Ther 2010;14(4):391-396.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'fernandez-de-las-penas-2010-j-pain',
    citation:
      'Fernández-de-las-Peñas C, Galán-del-Río F, Alonso-Blanco C, Jiménez-García R, Arendt-Nielsen L, Svensson P. Referred pain from muscle trigger points in the masticatory and neck-shoulder musculature in women with temporomandibular disorders. J Pain 2010;11(12):1295-1304 (page range unverified).',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'fernandez-de-las-penas-2011-j-headache-pain',
    citation:
      'Fernández-de-las-Peñas C, Fernández-Mayoralas DM, Ortega-Santiago R, Ambite-Quesada S, Palacios-Ceña D, Pareja JA. Referred pain from myofascial trigger points in head and neck-shoulder muscles reproduces head pain features in children with chronic tension type headache. J Headache Pain 2011;12(1):35-43.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'fleckenstein-2010',
    citation:
      'Fleckenstein J, Zaps D, Rüger LJ, et al. Discrepancy between prevalence and perceived effectiveness of treatment methods in myofascial pain syndrome: results of a cross-sectional, nationwide survey. BMC Musculoskelet Disord 2010;11:32 (volume and article number unverified).',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'ge-2008',
    citation:
      'Ge HY, Fernández-de-las-Peñas C, Madeleine P, Arendt-Nielsen L. Topographical mapping and mechanical pain sensitivity of myofascial trigger points in the infraspinatus muscle. Eur J Pain 2008;12(7):859-865.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'ge-2011',
    citation:
      'Ge HY, Wang Y, Fernández-de-las-Peñas C, Graven-Nielsen T, Danneskiold-Samsøe B, Arendt-Nielsen L. Reproduction of overall spontaneous pain pattern by manual stimulation of active myofascial trigger points in fibromyalgia patients. Arthritis Res Ther 2011;13:R48.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'gerwin-1997',
    citation:
      'Gerwin RD, Shannon S, Hong CZ, Hubbard D, Gevirtz R. Interrater reliability in myofascial trigger point examination. Pain 1997;69:65-73.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'hidalgo-lozano-2010',
    citation:
      'Hidalgo-Lozano A, Fernández-de-las-Peñas C, Alonso-Blanco C, Ge HY, Arendt-Nielsen L, Arroyo-Morales M. Muscle trigger points and pressure pain hyperalgesia in the shoulder muscles in patients with unilateral shoulder impingement: a blinded, controlled study. Exp Brain Res 2010.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'hong-1997',
    citation:
      'Hong CZ, Kuan TS, Chen JT, Chen SM. Referred pain elicited by palpation and by needling of myofascial trigger points: a comparison. Arch Phys Med Rehabil 1997;78(9):957-960.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'iglesias-gonzalez-2013',
    citation:
      'Iglesias-González JJ, Muñoz-García MT, Rodrigues-de-Souza DP, Alburquerque-Sendín F, Fernández-de-las-Peñas C. Myofascial trigger points, pain, disability, and sleep quality in patients with chronic nonspecific low back pain. Pain Med 2013;14(12):1964-1970.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'kwon-2017',
    citation:
      'Kwon (first author), Kim, Chang, Park, Lee SC. Characteristics of myofascial pain syndrome of the infraspinatus muscle. Ann Rehabil Med 2017;41(4):573-581.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'lucas-2009',
    citation:
      'Lucas N, Macaskill P, Irwig L, Moran R, Bogduk N. Reliability of physical examination for diagnosis of myofascial trigger points: a systematic review of the literature. Clin J Pain 2009;25(1):80-89.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'monclus-diez-2025',
    citation:
      'Monclús-Díez G, Díaz-Arribas MJ, Fernández-de-las-Peñas C, et al. Prevalence of myofascial trigger points in patients with radiating and non-radiating low back pain: a systematic review. Biomedicines 2025;13(6):1453.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'pain-med-2011-ctth',
    citation:
      'Prevalence and anatomical localization of muscle referred pain from active trigger points in head and neck musculature in adults and children with chronic tension-type headache. Pain Med 2011 (PMID 21812909).',
    kind: 'paper',
    primary: true,
    unverified: 'The first author and the author list could not be checked against the paper (possibly Alonso-Blanco C and colleagues); the title, journal, year and PMID are as the reference gives them.',
  },
  {
    id: 'quintner-1994',
    citation:
      'Quintner JL, Cohen ML. Referred pain of peripheral nerve origin: an alternative to the "myofascial pain" construct. Clin J Pain 1994 (reprinted at pain-education.com).',
    kind: 'paper',
    primary: true,
    unverified: 'Volume, issue and pages were not checked against the journal; the authors, title and year are as the reference gives them.',
  },
  {
    id: 'rathbone-2017',
    citation:
      'Rathbone ATL, Grosman-Rimon L, Kumbhare DA. Interrater agreement of manual palpation for identification of myofascial trigger points: a systematic review and meta-analysis. Clin J Pain 2017;33(8):715-729.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'skootsky-1989',
    citation:
      'Skootsky SA, Jaeger B, Oye RK. Prevalence of myofascial pain in general internal medicine practice. West J Med 1989;151(2):157-160.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'wolfe-1990',
    citation:
      'Wolfe F, Smythe HA, Yunus MB, et al. The American College of Rheumatology 1990 criteria for the classification of fibromyalgia. Arthritis Rheum 1990;33:160-172.',
    kind: 'paper',
    primary: true,
  },
  {
    id: 'wolfe-2016',
    citation:
      'Wolfe F, Clauw DJ, Fitzcharles MA, et al. 2016 Revisions to the 2010/2011 fibromyalgia diagnostic criteria. Semin Arthritis Rheum 2016;46(3):319-329.',
    kind: 'paper',
    primary: true,
    unverified: 'Cited for the Widespread Pain Index areas and the five-region generalised-pain rule as the contract states them; not among the reference files, which cite the 1990 criteria.',
  },
  {
    id: 'wright-2000',
    citation:
      'Wright EF. Referred craniofacial pain patterns in patients with temporomandibular disorder. J Am Dent Assoc 2000;131(9):1307-1315.',
    kind: 'paper',
    primary: true,
  },
  // Sources first cited by the second wave's muscles, one list per reference file.
  ...HEAD_NECK_SOURCES,
  ...TRUNK_FRONT_SOURCES,
  ...SHOULDER_ARM_BACK_SOURCES,
  ...FOREARM_HAND_SOURCES,
  ...FOREARM_FLEXORS_HAND_SOURCES,
  ...HIP_THIGH_SOURCES,
  ...LEG_FOOT_SOURCES,
];
