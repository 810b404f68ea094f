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
};

export interface StaticServer {
  origin: string;
  /** URL of the app, served under a sub-path to prove the relative base works. */
  url(path?: string): string;
  close(): Promise<void>;
}

/**
 * Serves a folder (dist/ by default) under /atlas/ on a free loopback port. `override` lets a test
 * replace one file's body (a truncated topology, a damaged metrics file).
 */
export interface ServeOptions {
  root?: string;
  base?: string;
  override?: Record<string, string | Buffer>;
}

export async function serveStatic(options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? 'dist');
  const base = options.base ?? '/atlas/';
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html is missing: run "npm run build" first`);
  const server: Server = createServer((request, response) => {
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
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path = '') => `${origin}${base}${path}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
