/**
 * The static server for the production build (used by `npm start`, e2e, the bench and the
 * screenshots), on sirv: it serves the precompressed `.br`/`.gz` files that `npm run build` writes
 * (scripts/compress-dist.ts) by the request's Accept-Encoding, with ETags for revalidation.
 * What this file adds is the atlas's policy, the same headers a static host should be given
 * (README, "Deploying"):
 * - hashed files under /assets/: `public, max-age=31536000, immutable`;
 * - the favicon: kept a day (browsers re-ask for it on every change of the address);
 * - everything else (index.html, app routes, /models/): `no-cache`, revalidated by ETag; this
 *   includes the service worker (/sw.js and the workbox-*.js it imports), which must never be
 *   served from the HTTP cache: the browser compares it byte for byte to find a new version;
 * - paths without an extension are app routes and get index.html; missing files with one get 404;
 * - the security headers (CSP from scripts/csp.ts and the rest) on every response.
 * sirv lists the directory once at start: restart the server after rebuilding into the same folder.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import sirv from 'sirv';
import { CSP_HEADER } from './csp';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
/** The icon: browsers ask for it again on every change of the address, so it is kept for a day. */
export const ICON = 'public, max-age=86400';

/** Sent with every response, files, fallbacks, 304s and errors alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': CSP_HEADER,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** sirv's types (from mrmime) leave out the charset of text formats other than HTML: state it. */
const TEXT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The app's hashed build output: its names change with its content. */
const isHashed = (pathname: string) => pathname.startsWith('/assets/');

/** The path part of a request URL, as the browser sent it (undecoded). */
function pathnameOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': REVALIDATE }).end('Not found');
}

/** Serves `dir` on `port` (0 = any free port); paths without an extension fall back to index.html. */
export function startStaticServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const serve = sirv(resolve(dir), {
    brotli: true,
    gzip: true,
    etag: true,
    extensions: ['html'],
    // The Cache-Control set below wins over sirv's (it keeps headers already on the response).
    setHeaders: (res, pathname) => {
      const type = TEXT_TYPES[extname(pathname).toLowerCase()];
      if (type) res.setHeader('Content-Type', type);
    },
  });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    const pathname = pathnameOf(req);
    // Set before sirv runs so its bare 304s carry them too.
    res.setHeader('Vary', 'Accept-Encoding');
    // Not hashed, so no-cache: the service worker (/sw.js) above all (see the header comment).
    res.setHeader('Cache-Control', isHashed(pathname) ? IMMUTABLE : pathname === '/favicon.svg' ? ICON : REVALIDATE);
    serve(req, res, () => {
      // No such file. A path with an extension (or under /assets/) asked for a file: 404.
      // Anything else is a route of the single-page app: send index.html, revalidated.
      if (extname(pathname) || isHashed(pathname)) {
        notFound(res);
        return;
      }
      req.url = '/index.html';
      res.setHeader('Cache-Control', REVALIDATE);
      serve(req, res, () => notFound(res));
    });
  };

  // Shared pain drawings can make long links: allow them (Node's default stops at 16 KB).
  const server = createServer({ maxHeaderSize: 64 * 1024 }, handle);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}
