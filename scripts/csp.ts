/**
 * The Content-Security-Policy of the atlas: everything from this origin only; no inline or eval'd
 * script ('wasm-unsafe-eval' lets the bundled meshopt decoder compile its WebAssembly, nothing more).
 * Used as a <meta> tag in the built index.html and as a header by scripts/staticServer.ts.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // React sets style attributes through the CSSOM, which CSP does not restrict; 'unsafe-inline'
  // here covers only styles, never scripts.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The policy for the <meta> tag (frame-ancestors is ignored there, so it is left out). */
export const CSP_META = DIRECTIVES.join('; ');

/** The policy for the HTTP header. */
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
