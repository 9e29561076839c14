/** A small static file server for the production build (used by `npm start`, e2e and the bench). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CSP_HEADER } from './csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.glb': 'model/gltf-binary',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on `port` (0 = any free port); unknown paths fall back to index.html. */
export function startStaticServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  // Shared pain drawings can make long links: allow them (Node's default stops at 16 KB).
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = normalize(join(dir, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (!path.startsWith(dir + sep) && path !== dir) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (!existsSync(path) || statSync(path).isDirectory()) {
      // Files with an extension that do not exist are real 404s; other paths are app routes.
      if (extname(url.pathname)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      path = join(dir, 'index.html');
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const immutable = path.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': statSync(path).size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': CSP_HEADER,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
