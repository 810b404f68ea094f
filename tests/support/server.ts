import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  /** URL of the app, served under a sub-path to prove the relative base works. */
  url(path?: string): string;
  close(): Promise<void>;
  /**
   * Offline: while on, every request's connection is dropped unanswered, as when the network is
   * gone (the same for every browser, with no driver support needed).
   */
  setOffline(offline: boolean): void;
}

/**
 * Serves a folder (dist/ by default) under /atlas/ on a free loopback port. `override` lets a test
 * replace one file's body (a truncated topology, a damaged metrics file).
 */
export interface ServeOptions {
  root?: string;
  base?: string;
  override?: Record<string, string | Buffer>;
  /**
   * Serve as a static host would: the precompressed .br or .gz beside a file when the browser
   * accepts it, long caching for hashed assets/, revalidation for the rest (the README's "Publish").
   */
  compressed?: boolean;
}

/** The encoded copy of `file` to send for an Accept-Encoding header, if the build has one. */
export function precompressedFor(file: string, acceptEncoding: string): { path: string; encoding: 'br' | 'gzip' } | null {
  const accepted = acceptEncoding.split(',').flatMap((part) => {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q !== undefined && Number(q.slice(2)) === 0 ? [] : [name.trim()];
  });
  const accepts = (name: string) => accepted.includes(name);
  if (accepts('br') && existsSync(`${file}.br`)) return { path: `${file}.br`, encoding: 'br' };
  if (accepts('gzip') && existsSync(`${file}.gz`)) return { path: `${file}.gz`, encoding: 'gzip' };
  return null;
}

/** Cache-Control a static host should send: hashed assets never change, everything else is revalidated. */
export function cacheControlFor(relative: string): string {
  return relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function serveStatic(options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? 'dist');
  const base = options.base ?? '/atlas/';
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html is missing: run "npm run build" first`);
  let offline = false;
  const server: Server = createServer((request, response) => {
    if (offline) {
      request.socket.destroy();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    const relative = url.pathname.slice(base.length) || 'index.html';
    const override = options.override?.[relative];
    if (override !== undefined) {
      response.writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(override);
      return;
    }
    const file = normalize(join(root, relative));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.compressed) {
      const encoded = precompressedFor(file, String(request.headers['accept-encoding'] ?? ''));
      const headers = { 'content-type': type, 'cache-control': cacheControlFor(relative), vary: 'Accept-Encoding' };
      response.writeHead(200, encoded ? { ...headers, 'content-encoding': encoded.encoding } : headers);
      createReadStream(encoded?.path ?? file).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path = '') => `${origin}${base}${path}`,
    // close() alone waits for connections that never end: a socket the browser preconnected and
    // sent nothing on, or a response it stopped reading (each hangs close() in Node 20). That hung
    // the offline test at this step in full runs. Dropping the connections makes close() final.
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
    setOffline: (on) => void (offline = on),
  };
}
