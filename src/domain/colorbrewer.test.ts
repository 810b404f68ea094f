import { schemeBuPu, schemeOrRd, schemePuBu, schemePuRd, schemeRdBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { COLORBREWER } from './colorbrewer';

describe('COLORBREWER', () => {
  it('holds d3-scale-chromatic\'s own arrays, as written into the build', () => {
    const library = { BuPu: schemeBuPu, OrRd: schemeOrRd, PuBu: schemePuBu, PuRd: schemePuRd, RdBu: schemeRdBu };
    expect(Object.keys(COLORBREWER).sort()).toEqual(Object.keys(library).sort());
    // JSON has no holes: the library's empty indices 0–2 arrive as null, and are never read.
    for (const [name, scheme] of Object.entries(library)) expect(COLORBREWER[name as keyof typeof library].slice(3), name).toEqual(scheme.slice(3));
    expect(COLORBREWER.RdBu[6]).toEqual(['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac']);
  });
});
