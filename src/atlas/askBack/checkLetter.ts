/**
 * The letter a check carries on the body and in the panel (A, B, C), by its place in the list: a
 * module of its own, so the 3D view's rings do not bring the check chooser into the first view.
 */
export function checkLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
