import type { Area } from './geography';

/** The box around areas: [[west, south], [east, north]]. */
export function extentOf(areas: readonly Pick<Area, 'bounds'>[]): Area['bounds'] {
  return [
    [Math.min(...areas.map((a) => a.bounds[0][0])), Math.min(...areas.map((a) => a.bounds[0][1]))],
    [Math.max(...areas.map((a) => a.bounds[1][0])), Math.max(...areas.map((a) => a.bounds[1][1]))],
  ];
}
