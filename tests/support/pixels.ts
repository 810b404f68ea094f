import type { Page } from 'playwright-core';

/**
 * Distinct colours in a screenshot of an element, counted in the page itself (it decodes the PNG
 * with an <img> and a 2D canvas), so no image library is needed.
 */
export async function distinctColours(page: Page, selector: string, ignore: string[] = []): Promise<Map<string, number>> {
  const png = await page.locator(selector).screenshot();
  const counts: [string, number][] = await page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const tally = new Map<string, number>();
    for (let i = 0; i < data.length; i += 16) {
      const key = `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    return [...tally];
  }, png.toString('base64'));
  return new Map(counts.filter(([colour]) => !ignore.includes(colour)));
}
