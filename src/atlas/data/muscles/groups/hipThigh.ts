/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';
import gluteusMaximus from '../gluteus-maximus';
import pelvicFloor from '../pelvic-floor';
import tensorFasciaeLatae from '../tensor-fasciae-latae';
import pectineus from '../pectineus';
import adductorLongus from '../adductor-longus';
import adductorMagnus from '../adductor-magnus';
import sartorius from '../sartorius';
import vastusIntermedius from '../vastus-intermedius';
import vastusMedialis from '../vastus-medialis';
import semitendinosus from '../semitendinosus';
import bicepsFemoris from '../biceps-femoris';

// Head to foot: buttock and pelvic floor, hip, groin and inner thigh, front of the thigh, back of the thigh.
export const HIP_THIGH_MUSCLES: readonly MuscleData[] = [
  gluteusMaximus,
  pelvicFloor,
  tensorFasciaeLatae,
  pectineus,
  adductorLongus,
  adductorMagnus,
  sartorius,
  vastusIntermedius,
  vastusMedialis,
  semitendinosus,
  bicepsFemoris,
];
