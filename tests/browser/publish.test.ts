// Publishing (issue 16, item 10): dist/ carries .br and .gz beside each text file, and a static
// host serving them (tests/support/server.ts with `compressed`) sends the right bytes and headers;
// and the test server itself closes with connections open (the offline test closes it mid-visit).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMPRESSIBLE } from '../../scripts/precompress.ts';
import { cacheControlFor, precompressedFor, serveStatic } from '../support/server';

const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

describe('precompressed build', () => {
  it('has a .br and a .gz beside every text file of dist/, each decompressing to the file', () => {
    const text = walk('dist').filter((f) => COMPRESSIBLE.has(extname(f)));
    expect(text.some((f) => f.endsWith('geo/atlas.topo.json'))).toBe(true);
    expect(text.some((f) => f.endsWith('sw.js'))).toBe(true);
    for (const file of text) {
      const body = readFileSync(file);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(body), file).toBe(true);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(body), file).toBe(true);
    }
  });

  it('is served compressed, with long caching for hashed assets and revalidation for data', async () => {
    const server = await serveStatic({ compressed: true });
    try {
      const index = readFileSync('dist/index.html', 'utf8');
      const script = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(index)![1]!;
      const asset = await fetch(server.url(script), { headers: { 'accept-encoding': 'br, gzip' } });
      expect(asset.headers.get('content-encoding')).toBe('br');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await asset.text()).toBe(readFileSync(`dist/${script}`, 'utf8'));
      const metrics = await fetch(server.url('data/metrics.json'), { headers: { 'accept-encoding': 'gzip' } });
      expect(metrics.headers.get('content-encoding')).toBe('gzip');
      expect(metrics.headers.get('cache-control')).toBe('no-cache');
      expect(await metrics.text()).toBe(readFileSync('dist/data/metrics.json', 'utf8'));
    } finally {
      await server.close();
    }
  });

  it('honours Accept-Encoding, refusals (q=0) included', () => {
    expect(precompressedFor('dist/index.html', 'gzip, deflate, br')?.encoding).toBe('br');
    expect(precompressedFor('dist/index.html', 'br;q=0, gzip')?.encoding).toBe('gzip');
    expect(precompressedFor('dist/index.html', 'identity')).toBeNull();
    expect(precompressedFor('dist/icons/icon-192.png', 'br')).toBeNull();
    expect(cacheControlFor('assets/index-abc.js')).toContain('immutable');
    expect(cacheControlFor('index.html')).toBe('no-cache');
  });
});

describe('the test server', () => {
  it('closes at once with a connection still open, as a browser leaves a preconnected socket', async () => {
    const server = await serveStatic();
    const { hostname, port } = new URL(server.origin);
    const socket = connect(Number(port), hostname);
    await new Promise((connected) => socket.once('connect', connected));
    const closed = await Promise.race([server.close().then(() => 'closed'), new Promise((late) => setTimeout(() => late('still open after 2 s'), 2000))]);
    socket.destroy();
    expect(closed).toBe('closed');
  });
});
