import type { Page } from 'playwright-core';

export interface PngColours {
  width: number;
  height: number;
  /** Pixel counts by colour, "#rrggbb". */
  counts: Map<string, number>;
}

/**
 * Runs in a page: decodes a base64 PNG with an <img> and a 2D canvas (so no image library is needed),
 * counts its colours looking at every `step`-th pixel (none for 0) and, given a `column`, lists the colours down
 * that column. Self-contained, so any driver can send it.
 */
export async function readPngInPage({ b64, step, column }: { b64: string; step: number; column?: number }): Promise<{ width: number; height: number; counts: [string, number][]; column: string[] }> {
  const image = new Image();
  image.src = `data:image/png;base64,${b64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  const colourAt = (i: number) => `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const tally = new Map<string, number>();
  if (step > 0) for (let i = 0; i < data.length; i += 4 * step) tally.set(colourAt(i), (tally.get(colourAt(i)) ?? 0) + 1);
  const down: string[] = [];
  if (column !== undefined) for (let y = 0; y < image.height; y++) down.push(colourAt(4 * (y * image.width + column)));
  return { width: image.width, height: image.height, counts: [...tally], column: down };
}

/** Counts a PNG's colours in the page, looking at every `every`-th pixel. */
export async function pngColours(page: Page, png: Buffer, every = 1): Promise<PngColours> {
  const decoded = await page.evaluate(readPngInPage, { b64: png.toString('base64'), step: every });
  return { width: decoded.width, height: decoded.height, counts: new Map(decoded.counts) };
}

/** The colours down one column (x) of a PNG, as runs of at least `minRun` pixels ("#rrggbb"). */
export async function columnRuns(page: Page, png: Buffer, x: number, minRun: number): Promise<string[]> {
  const { column } = await page.evaluate(readPngInPage, { b64: png.toString('base64'), step: 0, column: x });
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= column.length; i++) {
    if (i < column.length && column[i] === column[start]) continue;
    if (i - start >= minRun) runs.push(column[start]!);
    start = i;
  }
  return runs;
}

/** A canvas's colours (every 4th pixel), read from its own pixels: MapLibre's keeps its drawing buffer, so it reads too. */
export async function canvasColours(page: Page, selector: string): Promise<Map<string, number>> {
  const dataUrl = await page.$eval(selector, (canvas) => (canvas as HTMLCanvasElement).toDataURL('image/png'));
  return (await pngColours(page, Buffer.from(dataUrl.split(',')[1]!, 'base64'), 4)).counts;
}

/** Distinct colours in a screenshot of an element (every 4th pixel), less the `ignore` ones. */
export async function distinctColours(page: Page, selector: string, ignore: string[] = []): Promise<Map<string, number>> {
  const { counts } = await pngColours(page, await page.locator(selector).screenshot(), 4);
  return new Map([...counts].filter(([colour]) => !ignore.includes(colour)));
}

/** "rgb(254, 232, 200)" (a computed style) as "#fee8c8". */
export function hexOfRgb(css: string): string {
  const parts = css.match(/\d+/g);
  if (!parts || parts.length < 3) throw new Error(`not an rgb() colour: ${css}`);
  return `#${parts.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
}
