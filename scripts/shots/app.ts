/** Screenshots of the app's views, landmarks and first-wave muscles. */
import { desktop, face, phone, tablet, type Shot } from './shot';

export const APP_SHOTS: Shot[] = [
  { name: 'body-front', query: '?view=front', ...desktop },
  { name: 'body-back', query: '?view=back', ...desktop },
  { name: 'body-side', query: '?view=right', ...desktop },
  { name: 'body-phone', query: '?view=front', ...phone },
  { name: 'face-closeup', query: '?view=front', ...desktop, camera: { position: [-0.25, 1.63, 0.55], target: [0, 1.6, 0.05] } },
  { name: 'landmarks-front', query: '?view=front&landmarks=labels', ...desktop, camera: { position: [0, 1.0, 2.9], target: [0, 0.92, 0] } },
  { name: 'landmarks-back', query: '?view=back&landmarks=labels', ...desktop, camera: { position: [0, 1.0, -2.9], target: [0, 0.92, 0] } },
  { name: 'landmarks-right', query: '?view=right&landmarks=labels', ...desktop, camera: { position: [-2.9, 1.0, 0.1], target: [0, 0.92, 0] } },
  { name: 'landmarks-head-right', query: '?landmarks=labels', ...desktop, camera: face('r') },
  { name: 'landmarks-head-front', query: '?landmarks=labels', ...desktop, camera: { position: [0, 1.62, 0.75], target: [0, 1.6, 0.05] } },
  { name: 'landmarks-head-back', query: '?landmarks=labels', ...desktop, camera: { position: [-0.15, 1.55, -0.7], target: [0, 1.55, 0] } },
  { name: 'landmarks-shoulder-back', query: '?landmarks=labels', ...desktop, camera: { position: [-0.35, 1.4, -0.9], target: [-0.12, 1.33, 0] } },
  { name: 'landmarks-trunk-front', query: '?landmarks=labels', ...desktop, camera: { position: [-0.25, 1.2, 1.2], target: [-0.05, 1.15, 0] } },
  { name: 'landmarks-pelvis-back', query: '?landmarks=labels', ...desktop, camera: { position: [-0.3, 0.95, -1.0], target: [-0.05, 0.95, 0] } },
  { name: 'landmarks-hand', query: '?landmarks=labels', ...desktop, camera: { position: [-0.75, 1.15, 0.75], target: [-0.47, 1.03, 0.25] } },
  { name: 'landmarks-arm-right', query: '?landmarks=labels', ...desktop, camera: { position: [-1.2, 1.3, 0.5], target: [-0.3, 1.2, 0.05] } },
  { name: 'landmarks-foot', query: '?landmarks=labels', ...desktop, camera: { position: [-0.8, 0.35, 0.6], target: [-0.18, 0.08, 0.07] } },
  { name: 'muscle-upper-trapezius', query: '?muscle=upper-trapezius', ...desktop },
  { name: 'muscle-levator-scapulae', query: '?muscle=levator-scapulae', ...desktop },
  { name: 'muscle-temporalis', query: '?muscle=temporalis', ...desktop },
  { name: 'muscle-quadratus-lumborum', query: '?muscle=quadratus-lumborum', ...desktop },
  { name: 'muscle-quadratus-lumborum-left', query: '?muscle=quadratus-lumborum&side=left', ...desktop },
  { name: 'lookup-desktop', query: '?pain=temple_r;neck_base_r&muscle=upper-trapezius', ...desktop },
  { name: 'muscle-phone', query: '?muscle=temporalis', ...phone },
  { name: 'finder-desktop', query: '', ...desktop },
  { name: 'lookup-phone', query: '?pain=trochanterion_l;buttock_l', ...phone },
  { name: 'no-webgl-desktop', query: '?pain=temple_r;neck_base_r&muscle=upper-trapezius', ...desktop, noWebgl: true },
  { name: 'no-webgl-phone', query: '?pain=temple_r', ...phone, noWebgl: true },
  { name: 'safety-iliopsoas-palpation', query: '?muscle=iliopsoas', ...desktop, scrollTo: '[data-trigger-point="femoral-triangle"]' },
  { name: 'safety-iliopsoas-self-care', query: '?muscle=iliopsoas', ...desktop, scrollTo: '.mp-technique-cautions' },
  { name: 'safety-gastrocnemius-phone', query: '?muscle=gastrocnemius&view=back', ...phone, scrollTo: '[data-trigger-point="trp3"]' },
  { name: 'red-flags-low-back', query: '?pain=l5;groin_r', ...desktop, scrollTo: '[data-testid="red-flags"]' },
  { name: 'red-flags-temple-phone', query: '?pain=temple_r', ...phone, scrollTo: '[data-testid="red-flags"]' },
  { name: 'lookup-tablet', query: '?pain=psis_r;buttock_r', ...tablet },
  { name: 'muscle-gastrocnemius-back', query: '?muscle=gastrocnemius&view=back', ...desktop },
  { name: 'muscle-sternocleidomastoid', query: '?muscle=sternocleidomastoid', ...desktop },
  { name: 'muscle-lumbar-paraspinals', query: '?muscle=lumbar-paraspinals', ...desktop },
  { name: 'muscle-serratus-posterior-superior', query: '?muscle=serratus-posterior-superior', ...desktop },
  { name: 'muscle-gluteus-medius-tablet', query: '?muscle=gluteus-medius', ...tablet },
  // The second wave's regions as a patient meets them: a lookup and a panel per region.
  { name: 'lookup-tennis-elbow', query: '?pain=lateral_epicondyle_r;forearm_dorsal_proximal_r', ...desktop },
  { name: 'lookup-heel-phone', query: '?pain=heel_plantar_l', ...phone },
  { name: 'lookup-chest-side-tablet', query: '?pain=midaxillary_r', ...tablet },
  { name: 'muscle-latissimus-alias-back', query: '?muscle=latissimus&view=back', ...desktop },
  { name: 'muscle-pelvic-floor', query: '?muscle=pelvic-floor', ...desktop, scrollTo: '[data-trigger-point]' },
  // The atlas asks back (issue 15): checks and questions under the candidates, the spread note.
  { name: 'askback-checks-desktop', query: '?pain=temple_r;neck_base_r', ...desktop, scrollTo: '[data-testid="check"]' },
  { name: 'askback-questions-desktop', query: '?pain=temple_r;neck_base_r', ...desktop, scrollTo: '[data-testid="question"]' },
  { name: 'askback-checks-phone', query: '?pain=temple_r;neck_base_r', ...phone, scrollTo: '[data-testid="check"]' },
  { name: 'askback-answered-tablet', query: '?pain=temple_r;neck_base_r&found=levator-scapulae:right:reproduces&answer=upper-teeth-sensitive:no', ...tablet },
  { name: 'askback-widespread-desktop', query: '?pain=shoulder_back_r;shoulder_back_l;thigh_anterior_r;l3', ...desktop, scrollTo: '[data-testid="spread"]' },
  { name: 'askback-unexplained-phone', query: '?pain=temple_r;metatarsale_tibiale_r', ...phone, scrollTo: '[data-testid="unexplained-spots"]' },
  // Phones: the pain panel as a bottom sheet with the body above it; the muscle sheet in its place.
  { name: 'sheet-phone-temple', query: '?pain=temple_r;neck_base_r', ...phone },
  { name: 'sheet-phone-landscape', query: '?pain=temple_r;neck_base_r', width: 844, height: 390 },
  { name: 'sheet-phone-small', query: '?pain=trochanterion_l;buttock_l', width: 360, height: 640 },
  { name: 'sheet-phone-muscle', query: '?pain=temple_r;neck_base_r&muscle=levator-scapulae', ...phone },
  { name: 'sides-front-desktop', query: '', ...desktop },
  { name: 'hint-first-use-phone', query: '', ...phone },
  { name: 'hint-first-use-desktop', query: '', ...desktop },
  { name: 'sheet-tablet-portrait', query: '?pain=temple_r;neck_base_r', width: 768, height: 1024 },
  { name: 'sides-back-phone', query: '?view=back', ...phone },
  { name: 'sides-tablet-portrait', query: '?pain=temple_r', width: 768, height: 1024 },
  // Zones redrawn for the coverage review (issue 14): chin, collarbone, front-outer thigh, low back.
  { name: 'zones-scm-chin', query: '?muscle=sternocleidomastoid', ...desktop, camera: face('r') },
  { name: 'zones-pectoralis-major-clavicle', query: '?muscle=pectoralis-major', ...desktop, camera: { position: [-0.35, 1.45, 0.75], target: [-0.08, 1.38, 0.05] } },
  { name: 'zones-tfl-thigh', query: '?muscle=tensor-fasciae-latae', ...desktop, camera: { position: [-0.9, 0.85, 0.9], target: [-0.12, 0.75, 0.0] } },
  { name: 'zones-iliocostalis-back', query: '?muscle=lumbar-paraspinals&view=back', ...desktop, camera: { position: [-0.35, 1.05, -1.15], target: [-0.06, 1.0, -0.05] } },
  { name: 'zones-scalenes-hand', query: '?muscle=scalenes', ...desktop, camera: { position: [-0.78, 1.2, 0.72], target: [-0.51, 1.02, 0.29] } },
  { name: 'landmarks-knee', query: '?landmarks=labels', ...desktop, camera: { position: [-0.9, 0.6, 0.7], target: [-0.16, 0.5, 0.0] } },
];

/** Labelled renders of the second wave's landmarks, region by region, each beside a few first-wave neighbours. */
const set = (names: string) => `?landmarks=labels&landmarkSet=${names.replace(/\s+/g, '')}`;
const HAND = 'palm,hypothenar,thenar,thumb_cmc,thumb_web_palmar,thumb_web_dorsal,thumb_volar,thumb,pisiform,wrist_volar,wrist_volar_radial,hand_dorsum,hand_dorsum_ulnar,knuckle_index,knuckle_middle,knuckle_ring,knuckle_little,index_finger,ring_finger,dactylion,little_finger,wrist_dorsal,ulnar_styloid,anatomical_snuffbox,radial_styloid';
const FOREARM = 'lateral_epicondyle,medial_epicondyle,olecranon,radial_head,ulnar_groove,cubital_fossa,forearm_radial_proximal,forearm_dorsal_proximal,forearm_dorsal_ulnar,forearm_dorsal_mid,forearm_volar_proximal,forearm_volar_ulnar,forearm_volar_mid,forearm_volar_radial_distal,wrist_dorsal,wrist_volar,radial_styloid,ulnar_styloid';
const ARM = 'acromion,deltoid,arm_anterior,arm_posterior,arm_medial,posterior_axillary_fold,coracoid,supraspinous_fossa,shoulder_front,shoulder_back,cubital_fossa,lateral_epicondyle,medial_epicondyle,olecranon';
const TRUNK = 'clavicle_mid,coracoid,chest,thelion,mesosternale,xiphoid,costal_margin,epigastrium,omphalion,lower_abdomen,suprapubic,pubic_tubercle,groin,asis,midaxillary,flank_lateral';
const BACK = 'cervicale,posterior_neck,supraspinous_fossa,scapula_superior_angle,scapula_spine_root,infraspinous_fossa,scapula_inferior_angle,paraspinal_t6,lower_ribs_posterior,t12,l3,iliac_crest_posterior,posterior_axillary_fold';
const BUTTOCK = 'psis,sacrum,coccyx,buttock,gluteal_fold,ischial_tuberosity,trochanterion,perineum,thigh_posterior,thigh_medial';
const KNEE = 'patella,popliteal,fibular_head,knee_medial,knee_lateral,thigh_medial,calf_medial,leg_lateral,shin,calf';
const FOOT = 'lateral_malleolus,medial_malleolus,ankle_anterior,sinus_tarsi,foot_lateral,foot_dorsum,heel,heel_plantar,heel_medial,heel_lateral,instep,ball_of_foot,metatarsale_tibiale,metatarsale_fibulare,hallux,toe3,achilles';
const FACE = 'orbit,parietal,occiput,retromandibular,submandibular,upper_incisors,lower_incisors,hyoid,posterior_neck,tragion,mastoid,gonion,menton,temple,inion,suboccipital';
const cam = (position: [number, number, number], target: [number, number, number]) => ({ camera: { position, target } });

export const LANDMARK_SHOTS: Shot[] = [
  // The right hand's palm faces (0.79, -0.60, -0.12) and its radial side (0.49, 0.51, 0.70): the cameras look along those.
  { name: 'landmarks2-hand-palm', query: set(HAND), ...desktop, ...cam([-0.22, 0.8, 0.22], [-0.5, 1.02, 0.26]) },
  { name: 'landmarks2-hand-back', query: set(HAND), ...desktop, ...cam([-0.76, 1.22, 0.29], [-0.5, 1.02, 0.25]) },
  { name: 'landmarks2-hand-radial', query: set(HAND), ...desktop, ...cam([-0.36, 1.18, 0.46], [-0.49, 1.05, 0.24]) },
  { name: 'landmarks2-forearm-volar', query: set(FOREARM), ...desktop, ...cam([-0.05, 0.95, 0.35], [-0.42, 1.13, 0.12]) },
  { name: 'landmarks2-forearm-dorsal', query: set(FOREARM), ...desktop, ...cam([-0.8, 1.35, 0.0], [-0.42, 1.13, 0.1]) },
  { name: 'landmarks2-elbow-back', query: set(FOREARM), ...desktop, ...cam([-0.45, 1.25, -0.45], [-0.35, 1.18, 0.0]) },
  { name: 'landmarks2-arm-front', query: set(ARM), ...desktop, ...cam([-0.55, 1.3, 0.9], [-0.25, 1.28, 0.03]) },
  { name: 'landmarks2-arm-back', query: set(ARM), ...desktop, ...cam([-0.55, 1.3, -0.9], [-0.25, 1.28, 0.0]) },
  { name: 'landmarks2-trunk-front', query: set(TRUNK), ...desktop, ...cam([-0.15, 1.12, 1.25], [-0.03, 1.1, 0.05]) },
  { name: 'landmarks2-trunk-side', query: set(TRUNK), ...desktop, ...cam([-1.1, 1.18, 0.35], [-0.1, 1.15, 0.02]) },
  { name: 'landmarks2-back', query: set(BACK), ...desktop, ...cam([-0.25, 1.3, -1.1], [-0.05, 1.3, -0.05]) },
  { name: 'landmarks2-buttock', query: set(BUTTOCK), ...desktop, ...cam([-0.35, 0.85, -1.0], [-0.05, 0.85, -0.03]) },
  { name: 'landmarks2-perineum', query: set(BUTTOCK), ...desktop, ...cam([-0.2, 0.35, -0.25], [0, 0.82, 0.0]) },
  { name: 'landmarks2-knee-front', query: set(KNEE), ...desktop, ...cam([-0.2, 0.5, 0.8], [-0.15, 0.45, 0.02]) },
  { name: 'landmarks2-knee-back', query: set(KNEE), ...desktop, ...cam([-0.2, 0.5, -0.8], [-0.15, 0.45, 0.0]) },
  { name: 'landmarks2-knee-lateral', query: set(KNEE), ...desktop, ...cam([-0.95, 0.5, 0.05], [-0.15, 0.45, 0.0]) },
  { name: 'landmarks2-knee-medial', query: set(KNEE), ...desktop, ...cam([0.45, 0.5, 0.45], [-0.15, 0.45, 0.0]) },
  { name: 'landmarks2-foot-above', query: set(FOOT), ...desktop, ...cam([-0.22, 0.6, 0.25], [-0.2, 0.03, 0.07]) },
  { name: 'landmarks2-foot-below', query: set(FOOT), ...desktop, ...cam([-0.25, -0.45, 0.15], [-0.2, 0.03, 0.07]) },
  { name: 'landmarks2-foot-lateral', query: set(FOOT), ...desktop, ...cam([-0.75, 0.1, 0.1], [-0.2, 0.04, 0.07]) },
  { name: 'landmarks2-foot-medial', query: set(FOOT), ...desktop, ...cam([0.35, 0.1, 0.2], [-0.18, 0.04, 0.07]) },
  { name: 'landmarks2-face-front', query: set(FACE), ...desktop, ...cam([-0.1, 1.58, 0.6], [0, 1.57, 0.06]) },
  { name: 'landmarks2-face-side', query: set(FACE), ...desktop, ...cam([-0.6, 1.58, 0.12], [0, 1.57, 0.03]) },
  { name: 'landmarks2-head-back', query: set(FACE), ...desktop, ...cam([-0.2, 1.6, -0.6], [0, 1.57, 0.0]) },
  // Bodies (issue 16): the woman and the builds, front and back, with zones and a drawing on them.
  { name: 'bodies-female-front', query: '?body=female', ...desktop },
  { name: 'bodies-female-back', query: '?body=female&view=back', ...desktop },
  { name: 'bodies-female-side', query: '?body=female&view=right', ...desktop },
  { name: 'bodies-female-trapezius', query: '?body=female&muscle=upper-trapezius', ...desktop },
  { name: 'bodies-female-lookup-phone', query: '?body=female&pain=temple_r;neck_base_r', ...phone },
  { name: 'bodies-female-slim', query: '?body=female&build=slim', ...desktop },
  { name: 'bodies-female-heavy', query: '?body=female&build=heavy', ...desktop },
  { name: 'bodies-female-muscular', query: '?body=female&build=muscular', ...desktop },
  { name: 'bodies-male-slim', query: '?build=slim', ...desktop },
  { name: 'bodies-male-heavy', query: '?build=heavy', ...desktop },
  { name: 'bodies-male-muscular', query: '?build=muscular', ...desktop },
  { name: 'bodies-male-heavy-side', query: '?build=heavy&view=right', ...desktop },
  { name: 'bodies-picker-desktop', query: '?body=female&muscle=upper-trapezius', ...desktop, clicks: ['[data-testid="body-picker"]'] },
  { name: 'bodies-picker-phone', query: '?body=female&build=heavy', ...phone, clicks: ['[data-testid="body-picker"]'] },
  { name: 'bodies-picker-tablet', query: '?body=female&build=muscular&pain=temple_r;neck_base_r', ...tablet, clicks: ['[data-testid="body-picker"]'] },
  { name: 'bodies-female-back-tablet', query: '?body=female&muscle=quadratus-lumborum&view=back', ...tablet },
  { name: 'brush-tools-tablet', query: '?pain=area50~0.03,1.03,0.134~0.046,1.0,0.131~0.058,0.97,0.125', ...tablet, clicks: ['[data-testid="pain-mode"]', '[data-testid="pain-brush"]'] },
  { name: 'bodies-tone-deep-zones', query: '?body=female&muscle=gluteus-medius&view=back', ...desktop, clicks: ['[data-testid="body-picker"]', '[data-tone="deep"]', '[data-testid="body-picker"]'] },
  { name: 'bodies-female-face', query: '?body=female&muscle=temporalis', ...desktop, camera: face('r') },
];
