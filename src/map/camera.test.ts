import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitCamera, mercatorScale, sameView } from './camera';

const england: [[number, number], [number, number]] = [[-6.42, 49.86], [1.76, 55.81]];

describe('fitCamera', () => {
  it('fits England in a desktop map so that its corners land inside the viewport', () => {
    const view = fitCamera(england, 900, 760, 20);
    const projection = geoMercator().scale(mercatorScale(view.zoom)).center(view.center).translate([450, 380]);
    for (const corner of [england[0], england[1]]) {
      const [x, y] = projection(corner)!;
      expect(x).toBeGreaterThanOrEqual(19);
      expect(x).toBeLessThanOrEqual(881);
      expect(y).toBeGreaterThanOrEqual(19);
      expect(y).toBeLessThanOrEqual(741);
    }
    expect(view.zoom).toBeGreaterThan(5);
    expect(view.zoom).toBeLessThan(7);
  });
  it('keeps a reserved strip at the bottom clear', () => {
    const view = fitCamera(england, 390, 500, 12, 150);
    const projection = geoMercator().scale(mercatorScale(view.zoom)).center(view.center).translate([195, 250]);
    const [, top] = projection([0, england[1][1]])!;
    const [, bottom] = projection([0, england[0][1]])!;
    expect(top).toBeGreaterThanOrEqual(11);
    expect(bottom).toBeLessThanOrEqual(500 - 150 - 11);
    expect(bottom).toBeGreaterThan(500 - 150 - 20);
  });
  it('keeps a reserved strip on the left clear (a floating legend beside a tall layout)', () => {
    const tall: [[number, number], [number, number]] = [[-3, 50], [-1, 55]];
    const view = fitCamera(tall, 900, 500, 12, 0, 320);
    const projection = geoMercator().scale(mercatorScale(view.zoom)).center(view.center).translate([450, 250]);
    const [left] = projection([tall[0][0], 52])!;
    const [right] = projection([tall[1][0], 52])!;
    expect(left).toBeGreaterThanOrEqual(320 + 11);
    expect(right).toBeLessThanOrEqual(900 - 11);
    expect(fitCamera(tall, 900, 500, 12, 0, 320).zoom).toBe(fitCamera(tall, 900, 500, 12).zoom);
  });
  it('zooms further into a small area', () => {
    expect(fitCamera([[-0.4, 51.2], [-0.1, 51.4]], 900, 760).zoom).toBeGreaterThan(fitCamera(england, 900, 760).zoom + 3);
  });
  it('compares views with a tolerance', () => {
    expect(sameView({ center: [0, 52], zoom: 6 }, { center: [0.00001, 52], zoom: 6.001 })).toBe(true);
    expect(sameView({ center: [0, 52], zoom: 6 }, null)).toBe(false);
  });
});
