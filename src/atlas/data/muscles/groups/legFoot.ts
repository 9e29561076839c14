/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';
import popliteus from '../popliteus';
import plantaris from '../plantaris';
import peroneusLongus from '../peroneus-longus';
import peroneusTertius from '../peroneus-tertius';
import tibialisPosterior from '../tibialis-posterior';
import extensorDigitorumLongus from '../extensor-digitorum-longus';
import extensorHallucisLongus from '../extensor-hallucis-longus';
import flexorDigitorumLongus from '../flexor-digitorum-longus';
import flexorHallucisLongus from '../flexor-hallucis-longus';
import extensorDigitorumBrevis from '../extensor-digitorum-brevis';
import abductorHallucis from '../abductor-hallucis';
import flexorDigitorumBrevis from '../flexor-digitorum-brevis';
import abductorDigitiMinimiPedis from '../abductor-digiti-minimi-pedis';
import quadratusPlantae from '../quadratus-plantae';

// Head to foot: the back of the knee, the leg, then the top and the sole of the foot.
export const LEG_FOOT_MUSCLES: readonly MuscleData[] = [
  popliteus,
  plantaris,
  peroneusLongus,
  peroneusTertius,
  tibialisPosterior,
  extensorDigitorumLongus,
  extensorHallucisLongus,
  flexorDigitorumLongus,
  flexorHallucisLongus,
  extensorDigitorumBrevis,
  abductorHallucis,
  flexorDigitorumBrevis,
  abductorDigitiMinimiPedis,
  quadratusPlantae,
];
