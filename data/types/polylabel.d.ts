declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (array of rings, first is the outer ring). */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
