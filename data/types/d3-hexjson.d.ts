declare module 'd3-hexjson' {
  /** A hex as d3-hexjson returns it: the document's fields plus its pixel centre and corner offsets. */
  interface RenderedHex {
    key: string;
    q: number;
    r: number;
    x: number;
    y: number;
    vertices: { x: number; y: number }[];
    points: string;
    [field: string]: unknown;
  }
  export function renderHexJSON(hexjson: unknown, width: number, height: number): RenderedHex[];
}
