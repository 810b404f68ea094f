// The app icons (web app manifest, favicon): England's STP footprints from the committed topology,
// drawn as SVG with d3-geo and rasterised by Chromium. Run after the data changes:
// npx tsx scripts/icons.ts  → public/icons/icon-32.png (the favicon: 1 kB where the 192 px icon is
// 6 kB, and browsers fetch it during the first load), icon-192.png, icon-512.png
import { readFileSync } from 'node:fs';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { launchBrowser } from '../tests/support/browser';

const SIZE = 512;
// Maskable icons keep their content inside the central 80% circle.
const PAD = SIZE * 0.14;

const topology = JSON.parse(readFileSync('public/geo/atlas.topo.json', 'utf8')) as Topology;
const stps = feature(topology, topology.objects['stp'] as GeometryCollection) as FeatureCollection;
const projection = geoMercator().fitExtent([[PAD, PAD], [SIZE - PAD, SIZE - PAD]], stps);
const path = geoPath(projection).digits(1);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">
<rect width="${SIZE}" height="${SIZE}" fill="#0a58ca"/>
<g fill="#ffffff" stroke="#0a58ca" stroke-width="2" stroke-linejoin="round">${stps.features.map((f) => `<path d="${path(f)}"/>`).join('')}</g>
</svg>
`;

const browser = await launchBrowser();
for (const size of [32, 192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0">${svg.replace(`width="${SIZE}" height="${SIZE}"`, `width="${size}" height="${size}"`)}</body>`);
  await page.screenshot({ path: `public/icons/icon-${size}.png`, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
}
await browser.close();
console.log('wrote public/icons/icon-32.png, icon-192.png, icon-512.png');
