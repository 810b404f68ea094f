// Draw a HexJSON layout to a PNG to look at it: hexes coloured by STP, STP outlines, CCG labels.
// npx tsx scripts/hexmap-preview.ts [file.hexjson] [out.png]   (defaults: public/geo/ccg-hex.hexjson,
// tests/artifacts/ccg-hex.png). Uses Debian's Chromium through playwright-core.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { fitHexes, groupOutline, hexCentre, hexVertices, parseHexJson, type HexCell } from '../src/domain/hexjson';
import { launchBrowser } from '../tests/support/browser';

const WIDTH = 1280;
const HEIGHT = 800;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function shortName(name: string): string {
  return name.replace(/^NHS /, '').replace(/ CCG$/, '').split(/[ ,]+/).filter((w) => !/^(and|of|the|&)$/i.test(w)).map((w) => w.slice(0, 3)).join('').slice(0, 6);
}

function hexSvg(text: string): string {
  const doc = parseHexJson(text);
  const entries = Object.entries(doc.hexes);
  const fit = fitHexes(entries.map(([, h]) => h), doc.layout, WIDTH - 40, HEIGHT - 40);
  const place = (p: [number, number]): string => `${(p[0] + fit.dx + 20).toFixed(1)},${(p[1] + fit.dy + 20).toFixed(1)}`;
  const stps = [...new Set(entries.map(([, h]) => String(h['stp'])))].sort();
  const colour = (stp: string): string => schemeTableau10[stps.indexOf(stp) % 10]!;
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif"><rect width="100%" height="100%" fill="#fff"/>`];
  for (const [code, h] of entries) {
    const ring = hexVertices(h, doc.layout, fit.size).map(place).join(' ');
    out.push(`<polygon points="${ring}" fill="${colour(String(h['stp']))}" fill-opacity="${h['split'] ? 0.35 : 0.6}" stroke="#fff" stroke-width="1"><title>${esc(code)}</title></polygon>`);
    const [x, y] = place(hexCentre(h, doc.layout, fit.size)).split(',');
    out.push(`<text x="${x}" y="${y}" font-size="${(fit.size * 0.42).toFixed(1)}" text-anchor="middle" dominant-baseline="middle">${esc(shortName(String(h['n'])))}</text>`);
  }
  for (const stp of stps) {
    const cells: HexCell[] = entries.filter(([, h]) => h['stp'] === stp).map(([, h]) => h);
    for (const ring of groupOutline(cells, doc.layout, fit.size)) out.push(`<polygon points="${ring.map(place).join(' ')}" fill="none" stroke="#222" stroke-width="2"/>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? 'public/geo/ccg-hex.hexjson';
  const png = process.argv[3] ?? 'tests/artifacts/ccg-hex.png';
  const svg = hexSvg(readFileSync(file, 'utf8'));
  mkdirSync(path.dirname(png), { recursive: true });
  writeFileSync(png.replace(/\.png$/, '.svg'), svg);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
    await page.setContent(svg);
    await page.screenshot({ path: png });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${png}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
