import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of one built file, as a static host would send it (zlib's default level). */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

export interface Payload {
  /** Files the first load fetches: index.html, the JS and CSS it references, its favicon and manifest, the two data files. */
  firstLoad: Record<string, number>;
  /** The MapLibre chunk and its CSS, imported when the reader first reaches for the map. */
  lazy: Record<string, number>;
  /** Any other lazy chunk (export, embed dialog…): not part of the first load. */
  other: Record<string, number>;
}

/**
 * The favicon(s) and web manifest index.html links: the browser fetches them on every first visit,
 * though no script asks for them. Their paths, relative to dist/.
 */
export function iconsAndManifest(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => ({ rel: /\brel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [], href: /\bhref="([^"]*)"/.exec(tag)?.[1] }))
    .filter(({ rel, href }) => href && rel.some((r) => ['icon', 'apple-touch-icon', 'manifest'].includes(r)))
    .map(({ href }) => href!.replace(/^\.?\//, ''));
}

/** Reads dist/ and sizes what a reader downloads on first load and what is lazy-loaded. */
export function measurePayload(dist = 'dist'): Payload {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const firstLoad: Record<string, number> = { 'index.html': gzipBytes(join(dist, 'index.html')) };
  for (const file of [...referenced, ...iconsAndManifest(html)]) firstLoad[file] = gzipBytes(join(dist, file));
  for (const file of ['geo/atlas.topo.json', 'data/metrics.json']) firstLoad[file] = gzipBytes(join(dist, file));
  const lazy: Record<string, number> = {};
  const other: Record<string, number> = {};
  for (const name of readdirSync(join(dist, 'assets'))) {
    const file = `assets/${name}`;
    if (file in firstLoad || !/\.(js|css)$/.test(name)) continue;
    if (name.includes('maplibre')) lazy[file] = gzipBytes(join(dist, file));
    else other[file] = gzipBytes(join(dist, file));
  }
  return { firstLoad, lazy, other };
}

export const sum = (sizes: Record<string, number>): number => Object.values(sizes).reduce((a, b) => a + b, 0);
