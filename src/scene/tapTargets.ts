/**
 * Which layer a tap belongs to. A tap on a visible 3D muscle (x-ray, outside pain mode) selects
 * that muscle; any other tap on the skin marks pain. The muscle layer registers its hit test here
 * so the skin layer can leave such taps alone, whichever handler runs first.
 */
type MuscleHitTest = (e: PointerEvent) => boolean;

let muscleHitTest: MuscleHitTest | null = null;

/** Registers (or, with null, removes) the test for "this tap lands on a selectable muscle". */
export function setMuscleHitTest(test: MuscleHitTest | null): void {
  muscleHitTest = test;
}

/** True when the tap selects a muscle rather than marking pain. */
export function tapSelectsMuscle(e: PointerEvent): boolean {
  return muscleHitTest?.(e) ?? false;
}
