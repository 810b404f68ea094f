import type { Page } from 'playwright-core';

/**
 * What the reader sees of each drawn area, by code: the colour ("rgb(r, g, b)", as getComputedStyle
 * writes colours) painted on the map's canvas at a point well inside the area's outline, or
 * "hatch" where it is drawn "Not reported" (the renderer says so and the pixel there is one of the
 * hatch's greys). Areas too thin to hold a clear point, or off the canvas, are left out.
 */
export async function paintedFills(page: Page): Promise<Map<string, string>> {
  const pairs = await page.evaluate(async () => {
    // The canvas is painted in the animation frame after a render.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const canvas = document.querySelector<HTMLCanvasElement>('.map-canvas')!;
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
      // The canvas draws the lines too: the five points of the grid farthest from the outline, 1.5 px
      // at least (the widest line's half-width and its antialiasing), each at the centre of the pixel
      // read. The coarser STP boundaries' lines can cross a small CCG: an area whose points do not
      // mostly agree has no clear point and is left out.
      const candidates: { x: number; y: number; clearance: number }[] = [];
      const centre = (v: number) => (Math.floor(v * scale) + 0.5) / scale;
      for (let i = 1; i < 20; i++) {
        for (let j = 1; j < 20; j++) {
          const [x, y] = [centre(box.x + (box.width * i) / 20), centre(box.y + (box.height * j) / 20)];
          if (!onCanvas(x, y) || !path.isPointInFill(new DOMPoint(x, y))) continue;
          const clearance = [4, 3, 2, 1.5].find((r) => inside(x, y, r));
          // Five different pixels: on a small area the grid's points share pixels.
          if (clearance && !candidates.some((c) => c.x === x && c.y === y)) candidates.push({ x, y, clearance });
        }
      }
      const points = candidates.sort((a, b) => b.clearance - a.clearance).slice(0, 5);
      const read = points.map(({ x, y }) => {
        const [r, g, b] = context.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data;
        return path.dataset.fill === 'hatch' && r === g && g === b ? 'hatch' : `rgb(${r}, ${g}, ${b})`;
      });
      const count = (colour: string) => read.filter((c) => c === colour).length;
      const colour = read.find((c) => count(c) > read.length / 2);
      if (colour) out.push([code, colour]);
    }
    return out;
  });
  return new Map(pairs);
}
