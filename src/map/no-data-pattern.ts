import { NO_DATA_COLOUR, NO_DATA_HATCH } from '../domain/palette';

/**
 * The "Not reported" fill of a 2D canvas: light grey with a diagonal hatch, drawn at `scale` device
 * pixels per CSS pixel so it stays crisp. Plain grey where the canvas cannot make a pattern.
 */
export function noDataPattern(c: CanvasRenderingContext2D, scale: number): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = Math.round(6 * scale);
  tile.height = tile.width;
  const t = tile.getContext('2d');
  if (!t) return NO_DATA_COLOUR;
  t.fillStyle = NO_DATA_COLOUR;
  t.fillRect(0, 0, tile.width, tile.height);
  t.strokeStyle = NO_DATA_HATCH;
  t.lineWidth = 1.5 * scale;
  t.beginPath();
  for (const offset of [-tile.width, 0, tile.width]) {
    t.moveTo(offset, tile.height);
    t.lineTo(offset + tile.width, 0);
  }
  t.stroke();
  const pattern = c.createPattern(tile, 'repeat');
  pattern?.setTransform(new DOMMatrix().scale(1 / scale));
  return pattern ?? NO_DATA_COLOUR;
}
