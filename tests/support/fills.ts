import type { Page } from 'playwright-core';

/**
 * What the reader sees of each drawn area, by code: the colour ("rgb(r, g, b)", as getComputedStyle
 * writes colours) painted on the map's fill canvas at a point well inside the area's outline, or
 * "hatch" where it is drawn "Not reported" (the renderer says so and the pixel there is one of the
 * hatch's greys). Areas too thin to hold a clear point, or off the canvas, are left out.
 */
export async function paintedFills(page: Page): Promise<Map<string, string>> {
  const pairs = await page.evaluate(async () => {
    // The canvas is painted in the animation frame after a render.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const canvas = document.querySelector<HTMLCanvasElement>('.map-fills')!;
    const context = canvas.getContext('2d')!;
    const { width, height } = canvas.getBoundingClientRect();
    const scale = canvas.width / width;
    const onCanvas = (x: number, y: number) => x >= 5 && y >= 5 && x < width - 5 && y < height - 5;
    const ring = [[1, 0], [-1, 0], [0, 1], [0, -1], [0.7, 0.7], [-0.7, 0.7], [0.7, -0.7], [-0.7, -0.7]];
    const out: [string, string][] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('.svg-map path.area')) {
      const code = path.dataset.code ?? '';
      const box = path.getBBox();
      const inside = (x: number, y: number, r: number) => ring.every(([dx, dy]) => path.isPointInFill(new DOMPoint(x + dx! * r, y + dy! * r)));
      let point: [number, number] | null = null;
      for (const r of [3, 1.5]) {
        for (let i = 1; i < 20 && !point; i++) {
          for (let j = 1; j < 20 && !point; j++) {
            const [x, y] = [box.x + (box.width * i) / 20, box.y + (box.height * j) / 20];
            if (onCanvas(x, y) && path.isPointInFill(new DOMPoint(x, y)) && inside(x, y, r)) point = [x, y];
          }
        }
        if (point) break;
      }
      if (!point) continue;
      const [r, g, b] = context.getImageData(Math.floor(point[0] * scale), Math.floor(point[1] * scale), 1, 1).data;
      const grey = r === g && g === b;
      out.push([code, path.dataset.fill === 'hatch' && grey ? 'hatch' : `rgb(${r}, ${g}, ${b})`]);
    }
    return out;
  });
  return new Map(pairs);
}
