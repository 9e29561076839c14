/**
 * Hostile and broken links the deep-link parser must survive with a notice, never a crash: shared
 * by its unit test (every one) and the robustness e2e test (the ones worth a real page load).
 */

/** What each link tries, and the link's query string. */
export const FUZZED_LINKS: readonly (readonly [what: string, search: string])[] = [
  ['unknown ids', '?muscle=no-such-muscle&side=middle&view=sideways'],
  ['NaN and huge numbers', '?pain=NaN,NaN,NaN;1e308,0,0;-0.07,1e9,0&view=front'],
  ['a script payload', '?muscle=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&pain=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['broken percent-encoding', '?muscle=%E0%A4%A&pain=temple_r%ZZ&view=%'],
  ['a 10,000-character value', `?muscle=${'a'.repeat(10_000)}&pain=temple_r`],
  ['a 10,000-character drawing', `?pain=${'temple_r;'.repeat(1112)}`],
];
