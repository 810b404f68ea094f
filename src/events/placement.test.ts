import { describe, expect, it } from 'vitest';
import { EVENT_FILTER_KEYS } from '../state/state';
import type { MapEvent } from './model';
import { categoriesOf, clusterBadges, eventsByArea, placeEvent, type PlaceableArea } from './placement';

const areas = new Map<string, PlaceableArea>([
  ['E54000016', { level: 'stp', parents: [] }],
  ['E54000047', { level: 'stp', parents: [] }],
  ['E54000048', { level: 'stp', parents: [] }],
  ['E38000046', { level: 'ccg', parents: ['E54000016'] }],
  ['E38000041', { level: 'ccg', parents: ['E54000047', 'E54000048'] }],
  ['E38000080', { level: 'ccg', parents: ['E54000048'] }],
]);
const areaOf = (code: string) => areas.get(code);
const ev = (id: string, areaCodes: string[], key: MapEvent['key'] = 'vanguard'): MapEvent => ({ id, key, date: '2016-07', areas: areaCodes, title: id, source: 'HSJ' });

describe('placing events on areas', () => {
  it('puts a CCG event on its STP at STP level, once', () => {
    expect(placeEvent(ev('B01', ['E38000046', 'E54000016']), 'stp', areaOf)).toEqual(['E54000016']);
    expect(placeEvent(ev('X', ['E38000046']), 'stp', areaOf)).toEqual(['E54000016']);
  });

  it('at CCG level puts it on the CCG and not again on an STP it names as context', () => {
    expect(placeEvent(ev('B01', ['E38000046', 'E54000016']), 'ccg', areaOf)).toEqual(['E38000046']);
    expect(placeEvent(ev('F001', ['E54000016']), 'ccg', areaOf)).toEqual(['E54000016']);
  });

  it('counts the split Cumbria CCG for the STP the event names, or for both when it names none', () => {
    expect(placeEvent(ev('V06', ['E38000041', 'E38000080', 'E54000048']), 'stp', areaOf)).toEqual(['E54000048']);
    expect(placeEvent(ev('Y', ['E38000041']), 'stp', areaOf).sort()).toEqual(['E54000047', 'E54000048']);
  });

  it('places nothing for an event with no known area', () => {
    expect(placeEvent(ev('V43', []), 'stp', areaOf)).toEqual([]);
    expect(placeEvent(ev('Z', ['E38999999']), 'ccg', areaOf)).toEqual([]);
  });

  it('groups events by area in their order', () => {
    const byArea = eventsByArea([ev('a', ['E38000046']), ev('b', ['E54000016'], 'pathfinder'), ev('c', ['E38000080'])], 'stp', areaOf);
    expect([...byArea.entries()].map(([k, v]) => [k, v.map((e) => e.id)])).toEqual([
      ['E54000016', ['a', 'b']],
      ['E54000048', ['c']],
    ]);
  });

  it('orders an area\'s categories by how many events each has', () => {
    expect(categoriesOf([ev('a', [], 'merger'), ev('b', [], 'vanguard'), ev('c', [], 'vanguard')], EVENT_FILTER_KEYS)).toEqual(['vanguard', 'merger']);
    expect(categoriesOf([ev('a', [], 'vanguard'), ev('b', [], 'merger')], EVENT_FILTER_KEYS)).toEqual(['merger', 'vanguard']);
  });
});

describe('badge clustering', () => {
  it('keeps badges that do not overlap apart', () => {
    const clusters = clusterBadges([{ id: 'a', x: 0, y: 0, weight: 1 }, { id: 'b', x: 30, y: 0, weight: 1 }], 24);
    expect(clusters.map((c) => c.ids)).toEqual([['a'], ['b']]);
  });

  it('merges overlapping badges into one led by the heaviest, at its point', () => {
    const clusters = clusterBadges([{ id: 'a', x: 0, y: 0, weight: 1 }, { id: 'b', x: 10, y: 5, weight: 3 }, { id: 'c', x: 100, y: 100, weight: 1 }], 24);
    expect(clusters).toEqual([{ x: 10, y: 5, ids: ['b', 'a'] }, { x: 100, y: 100, ids: ['c'] }]);
  });

  it('never leaves two cluster badges overlapping, and drops points off the map', () => {
    const points = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, x: (i * 37) % 300, y: (i * 53) % 200, weight: i % 5 }));
    points.push({ id: 'nan', x: Number.NaN, y: 0, weight: 9 });
    const clusters = clusterBadges(points, 24);
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) expect(Math.hypot(clusters[i]!.x - clusters[j]!.x, clusters[i]!.y - clusters[j]!.y)).toBeGreaterThanOrEqual(24);
    }
    expect(clusters.flatMap((c) => c.ids).sort()).toEqual(points.filter((p) => p.id !== 'nan').map((p) => p.id).sort());
  });
});
