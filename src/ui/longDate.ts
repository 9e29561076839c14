/** "1 December 2026": a date no reader can take for another (12/1 is 1 December or 12 January). */
export function longDate(date: Date | string): string {
  return new Date(date).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}
