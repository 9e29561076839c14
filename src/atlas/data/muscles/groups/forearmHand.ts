/** The second wave's muscles of one reference file, in display order (see ../index.ts). */
import type { MuscleData } from '../../../muscleSchema';
import brachioradialis from '../brachioradialis';
import extensorCarpiRadialisLongus from '../extensor-carpi-radialis-longus';
import extensorCarpiRadialisBrevis from '../extensor-carpi-radialis-brevis';
import extensorCarpiUlnaris from '../extensor-carpi-ulnaris';
import extensorDigitorum from '../extensor-digitorum';
import extensorIndicis from '../extensor-indicis';
import supinator from '../supinator';

/** The forearm extensor group of `forearm-hand.md` sections 1-6, from the elbow toward the hand. */
export const FOREARM_HAND_MUSCLES: readonly MuscleData[] = [
  brachioradialis,
  extensorCarpiRadialisLongus,
  supinator,
  extensorCarpiRadialisBrevis,
  extensorDigitorum,
  extensorCarpiUlnaris,
  extensorIndicis,
];
