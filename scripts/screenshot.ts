// Screenshots of the built app for looking at: npx tsx scripts/screenshot.ts [query] [out-prefix] [--maplibre]
import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage, waitForMap, waitForMapLibre } from '../tests/support/browser';
import { serveStatic } from '../tests/support/server';

const query = process.argv[2] ?? '';
const prefix = process.argv[3] ?? 'tests/artifacts/shot';
const useMapLibre = process.argv.includes('--maplibre');
mkdirSync('tests/artifacts', { recursive: true });
const server = await serveStatic();
const browser = await launchBrowser();
for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  const { page, errors, context } = await openPage(browser, server.origin, viewport);
  await page.goto(server.url(query));
  await waitForMap(page);
  if (useMapLibre) {
    await waitForMapLibre(page);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(500);
  }
  const file = `${prefix}-${viewport.width}x${viewport.height}.png`;
  await page.screenshot({ path: file });
  console.log(file, errors.length ? `errors: ${errors.join(' | ')}` : 'no console errors');
  await context.close();
}
await browser.close();
await server.close();
