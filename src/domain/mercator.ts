// Web Mercator in MapLibre's world units (0..1 across, y pointing down), shared by the camera and the hex map.

export type Bounds = [[number, number], [number, number]];

/** England's extent [[west, south], [east, north]]: the camera's home, and the box the hex map is laid out in. */
export const ENGLAND_BOUNDS: Bounds = [[-6.42, 49.86], [1.77, 55.82]];

export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

export function lonOfMercatorX(x: number): number {
  return x * 360 - 180;
}

export function latOfMercatorY(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}
