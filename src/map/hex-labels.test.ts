import { readFileSync } from 'node:fs';
import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { AtlasTopology } from '../data/types';
import { parseHexJson } from '../domain/hexjson';
import { hexagons2016 } from '../geography/hexagons';
import { createGeographyRegistry } from '../geography/registry';
import { abbreviate, fittingLabel, groupTagCandidates, placeHexLabels } from './hex-labels';
const measure = (text: string) => text.length * 6;

describe('labels on hexagons', () => {
  it('abbreviates names to the initials of their main words', () => {
    expect(abbreviate('NHS Airedale, Wharfedale and Craven CCG')).toBe('AWC');
    expect(abbreviate('North West London')).toBe('NWL');
    expect(abbreviate('Cornwall and the Isles of Scilly')).toBe('CIS');
    expect(abbreviate('NHS Bath and North East Somerset CCG')).toBe('BNE');
    expect(abbreviate('NHS Kernow CCG')).toBe('Ker');
    expect(abbreviate('NHS Hammersmith and Fulham CCG')).toBe('HF');
    expect(abbreviate('NHS Central London (Westminster) CCG')).toBe('CLW');
  });

  it('keeps the name where it fits, abbreviates where it does not, and gives up where neither fits', () => {
    expect(fittingLabel('Barnet', 40, measure)).toBe('Barnet');
    expect(fittingLabel('North West London', 40, measure)).toBe('NWL');
    expect(fittingLabel('North West London', 12, measure)).toBe('NW');
    expect(fittingLabel('North West London', 10, measure)).toBeNull();
  });
});

describe('the STPs\' tags on the CCG hexagons', () => {
  const registry = createGeographyRegistry(JSON.parse(readFileSync('public/geo/atlas.topo.json', 'utf8')) as AtlasTopology);
  registry.add(hexagons2016(parseHexJson(readFileSync('public/geo/ccg-hex.hexjson', 'utf8'))));
  const ccg = registry.get({ level: 'ccg', orgs: '2016', shape: 'hex' });
  // Hexagons about as large as on a wide screen.
  const projection = geoMercator().scale(2600).center([-1.9, 52.9]).translate([440, 220]);
  const project = (lonLat: [number, number]) => projection(lonLat);
  const none = { area: null, focus: null, hover: null, events: null };

  it('tags each of the 44 STPs with its initials, and with its full name while one of its CCGs is hovered', () => {
    const tags = groupTagCandidates(none, ccg, project);
    expect(tags).toHaveLength(44);
    expect(tags.every((tag) => tag.group)).toBe(true);
    expect(tags.find((tag) => tag.code === 'E54000027')?.text).toBe('NWL');
    // NHS Harrow CCG is in North West London.
    const hovered = groupTagCandidates({ ...none, hover: 'E38000074' }, ccg, project);
    expect(hovered.find((tag) => tag.code === 'E54000027')?.text).toBe('North West London');
    expect(hovered.filter((tag) => tag.text.length > 3).map((tag) => tag.code)).toEqual(['E54000027']);
  });

  it('places all 44 tags without overlaps, before the CCGs\' names', () => {
    const placed = placeHexLabels(none, ccg, project, (text) => text.length * 6.5, { width: 880, height: 440 });
    const tags = placed.filter((label) => label.group);
    expect(tags).toHaveLength(44);
    const box = (l: (typeof placed)[number]) => ({ left: l.x - l.width / 2, right: l.x + l.width / 2, top: l.y - l.height / 2, bottom: l.y + l.height / 2 });
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        const [p, q] = [box(a), box(b)];
        expect(p.right <= q.left || q.right <= p.left || p.bottom <= q.top || q.bottom <= p.top, `${a.text} / ${b.text}`).toBe(true);
      }
    }
    expect(placed.length - tags.length).toBeGreaterThan(100);
  });
});
