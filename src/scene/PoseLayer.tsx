/** The pose machinery (solver, animation, props), loaded with the first pose asked for. */
import { PoseController } from './PoseController';
import { PoseProps } from './PoseProps';

export default function PoseLayer() {
  return (
    <>
      <PoseController />
      <PoseProps />
    </>
  );
}
