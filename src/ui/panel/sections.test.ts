import { describe, expect, it } from 'vitest';
import type { AtlasState } from '../../state/state';
import { attributionSection } from './attribution';
import { eventsSection } from './events';
import { familySection } from './family';
import { headlineSection } from './headline';
import { metricsSection } from './metrics';
import { needsRedraw, type PanelSection } from './section';
import { CUMBRIA_CCG, DUDLEY_CCG, geographyOf, GREATER_MANCHESTER, LANCASHIRE_AND_SOUTH_CUMBRIA, panelData, stateWith, SURREY_DOWNS_CCG, SURREY_HEARTLANDS } from './test-panel';
import { trendSection } from './trend';
import { trustsSection } from './trusts';

const SECTIONS: PanelSection<unknown>[] = [headlineSection, trendSection, familySection, eventsSection, trustsSection, metricsSection, attributionSection] as PanelSection<unknown>[];

// Another value for every state field, consistent with the data where it matters.
const CHANGES: Partial<AtlasState>[] = [
  { level: 'ccg', metric: 'population', period: 'mid-2015' },
  { metric: 'population', period: 'mid-2015' },
  { period: '2014-15' },
  { change: '2014-15' },
  { playing: true },
  { perHead: true },
  { classify: 'jenks' },
  { area: SURREY_HEARTLANDS },
  { asof: '2016-06' },
  { events: ['merger'] },
  { compare: [GREATER_MANCHESTER] },
  { hover: SURREY_HEARTLANDS, focus: GREATER_MANCHESTER },
  { view: { center: [-1, 52], zoom: 7 } },
  { embed: true, search: true },
];

const viewOf = (section: PanelSection<unknown>, state: AtlasState) => JSON.stringify(section.view(state, geographyOf(state), panelData));

describe('panel sections', () => {
  it('read nothing of the state but their declared inputs, so redrawing on those alone is enough', () => {
    const bases = [stateWith({}), stateWith({ area: GREATER_MANCHESTER }), stateWith({ level: 'ccg', metric: 'population', period: 'mid-2015', area: CUMBRIA_CCG })];
    let compared = 0;
    for (const section of SECTIONS) {
      for (const base of bases) {
        for (const change of CHANGES) {
          if (Object.keys(change).some((key) => section.inputs.includes(key as keyof AtlasState))) continue;
          expect(viewOf(section, { ...base, ...change }), `${section.name} with ${JSON.stringify(change)}`).toBe(viewOf(section, base));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('are redrawn when an input or the geography changes, and only then', () => {
    const state = stateWith({ area: GREATER_MANCHESTER });
    const drawn = { state, geography: 'stp/2016/geo' };
    expect(needsRedraw(['area'], state, null, 'stp/2016/geo')).toBe(true);
    expect(needsRedraw(['area'], { ...state, metric: 'population' }, drawn, 'stp/2016/geo')).toBe(false);
    expect(needsRedraw(['area', 'metric'], { ...state, metric: 'population' }, drawn, 'stp/2016/geo')).toBe(true);
    expect(needsRedraw(['area'], state, drawn, 'ccg/2016/geo')).toBe(true);
    expect(needsRedraw([], { ...state, area: null }, drawn, 'stp/2016/geo')).toBe(false);
  });
});

describe('headline', () => {
  const view = (patch: Partial<AtlasState>) => headlineSection.view(stateWith(patch), geographyOf(stateWith(patch)), panelData)!;

  it('shows England, the metric on screen, its total and its three largest areas when nothing is selected', () => {
    const england = view({});
    expect(england).toMatchObject({ kind: 'england', meta: '44 STP footprints · 209 CCGs · 2016/17' });
    if (england.kind !== 'england') throw new Error('England expected');
    expect(england.summary.title).toBe('Backlog maintenance, 2015/16');
    expect(england.summary.total).toMatch(/^Total of the 4\d STPs with a value: £[\d,]+\.\dm$/);
    expect(england.summary.largest).toHaveLength(3);
    expect(england.summary.source).toMatch(/^Source: .*ERIC/);
    const perHead = view({ perHead: true });
    expect(perHead.kind === 'england' && perHead.summary.total).toBeNull();
  });

  it('names the selected area, its codes, its value with colour and its rank', () => {
    const gm = view({ area: GREATER_MANCHESTER });
    expect(gm).toMatchObject({ kind: 'area', title: 'Greater Manchester', meta: `STP · ${GREATER_MANCHESTER}`, pathfinder: true });
    if (gm.kind !== 'area' || gm.headline.kind !== 'value') throw new Error('a value expected');
    expect(gm.headline.label).toBe('Backlog maintenance, 2015/16');
    expect(gm.headline.value).toMatch(/^£[\d,]+\.\dm$/);
    expect(gm.headline.colour).toMatch(/^#[0-9a-f]{6}$/i);
    expect(gm.headline.rank).toMatch(/^\d+(st|nd|rd|th) of 4\d STPs.*, largest first$/);
    expect(view({ level: 'ccg', metric: 'interim_spend', period: '2015-16', area: SURREY_DOWNS_CCG })).toMatchObject({ meta: `CCG · ${SURREY_DOWNS_CCG} · ODS 99H`, pathfinder: false, headline: { value: '£195,000' } });
  });

  it('says so when the metric is not reported at the area’s level', () => {
    expect(view({ level: 'ccg', area: SURREY_DOWNS_CCG })).toMatchObject({ headline: { kind: 'not-at-level', text: 'Backlog maintenance is reported for STPs, not CCGs.' } });
  });
});

describe('family', () => {
  const view = (patch: Partial<AtlasState>) => familySection.view(stateWith(patch), geographyOf(stateWith(patch)), panelData);

  it('has nothing to say about England', () => {
    expect(view({})).toBeNull();
  });

  it('links a CCG to its STP, and NHS Cumbria CCG to both with its share of each', () => {
    expect(view({ level: 'ccg', metric: 'population', period: 'mid-2015', area: SURREY_DOWNS_CCG })).toEqual({ kind: 'parents', heading: 'Part of STP', parents: [{ code: SURREY_HEARTLANDS, name: 'Surrey Heartlands', share: null }], note: null });
    const cumbria = view({ level: 'ccg', metric: 'population', period: 'mid-2015', area: CUMBRIA_CCG });
    expect(cumbria).toMatchObject({ kind: 'parents', heading: 'Split between two STPs', note: expect.stringContaining('Cumbria CCG straddles the border of two STP footprints') });
    expect(cumbria?.kind === 'parents' && cumbria.parents.map((p) => p.share)).toEqual(expect.arrayContaining([' — about 72% of the CCG\'s area', ' — about 28% of the CCG\'s area']));
    expect(cumbria?.kind === 'parents' && cumbria.note).toContain('The map cuts it along the ONS STP boundary');
  });

  it('says on hexagons that NHS Cumbria CCG is drawn whole with the STP holding most of it', () => {
    const cumbria = view({ level: 'ccg', metric: 'population', period: 'mid-2015', area: CUMBRIA_CCG, shape: 'hex' });
    expect(cumbria).toMatchObject({ kind: 'parents', heading: 'Split between two STPs' });
    expect(cumbria?.kind === 'parents' && cumbria.note).toContain('The hexagon map draws it whole with West, North and East Cumbria, which holds most of it');
    expect(cumbria?.kind === 'parents' && cumbria.parents).toHaveLength(2);
  });

  it('lists an STP’s CCGs by name, with values where the metric is reported for CCGs, and the drill-down at STP level', () => {
    const backlog = view({ area: LANCASHIRE_AND_SOUTH_CUMBRIA });
    if (backlog?.kind !== 'children') throw new Error('children expected');
    expect(backlog.heading).toBe(`${backlog.children.length} CCGs in this STP`);
    expect(backlog.children.every((c) => c.value === null)).toBe(true);
    expect(backlog.drillDown).toBe(true);
    expect(backlog.children.find((c) => c.code === CUMBRIA_CCG)?.shared).toBe(' (shared with West, North and East Cumbria; about 28% of its area is in this STP)');
    const names = backlog.children.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const population = view({ level: 'ccg', metric: 'population', period: 'mid-2015', area: LANCASHIRE_AND_SOUTH_CUMBRIA });
    expect(population?.kind === 'children' && population.children.every((c) => /^[\d,]+$/.test(c.value ?? ''))).toBe(true);
    expect(population?.kind === 'children' && population.drillDown).toBe(false);
  });
});

describe('events and facts', () => {
  const view = (patch: Partial<AtlasState>) => eventsSection.view(stateWith(patch), geographyOf(stateWith(patch)), panelData)!;

  it('gives England the national facts', () => {
    const england = view({});
    expect(england.kind === 'national' && england.facts.length).toBeGreaterThan(0);
  });

  it('lists an area’s events and vanguards in date order, with the other areas named and sources cited', () => {
    const dudley = view({ level: 'ccg', metric: 'population', period: 'mid-2015', area: DUDLEY_CCG });
    if (dudley.kind !== 'area') throw new Error('area expected');
    expect(dudley.heading).toBe('Events and new care models');
    const dates = dudley.items.map((i) => i.datetime);
    expect(dates).toEqual([...dates].sort());
    const mcp = dudley.items.find((i) => i.title === 'Dudley MCP: one contract for out-of-hospital care')!;
    expect(mcp).toMatchObject({ date: 'Jul 2016', category: 'new_care_model', source: { label: 'HSJ, July 2016' } });
    expect(mcp.with.map((w) => w.code)).not.toContain(DUDLEY_CCG);
    expect(dudley.items.some((i) => i.category === 'vanguard' && i.source.label === 'NHS England, new care models')).toBe(true);
  });

  it('keeps later events back as of a month, and says how many', () => {
    const all = view({ area: GREATER_MANCHESTER });
    const early = view({ area: GREATER_MANCHESTER, asof: '2015-01' });
    if (all.kind !== 'area' || early.kind !== 'area') throw new Error('area expected');
    expect(early.heading).toBe('Events and new care models, as of Jan 2015');
    expect(early.items.length).toBeLessThan(all.items.length);
    expect(early.later).toBe(`${all.items.length - early.items.length} later event${all.items.length - early.items.length === 1 ? '' : 's'} not shown (after Jan 2015).`);
  });
});

describe('trusts, every metric and attribution', () => {
  it('tells an STP’s trusts, leader and loans, and nothing for a CCG', () => {
    const gm = trustsSection.view(stateWith({ area: GREATER_MANCHESTER }), geographyOf(stateWith({})), panelData)!;
    expect(gm.count).toMatch(/^\d+ NHS trusts are counted in this STP \(ERIC 2016\/17\)\.$/);
    expect(gm.leader).toBe('STP leader (March 2016): Sir Howard Bernstein, Chief Executive, Manchester City Council.');
    // Both loan sheets: the second adds University Hospital of South Manchester (RM2), which owed only second-sheet loans.
    expect(gm.loans).toHaveLength(4);
    expect(gm.loans.some((l) => l.startsWith('University Hospital of South Manchester'))).toBe(true);
    expect(gm.loans[0]).toMatch(/: £[\d,.]+m drawn, -?£?[\d,.-]+m net of repayments, £[\d,.]+m owed at 31 March 2017$/);
    expect(trustsSection.view(stateWith({ level: 'ccg', area: SURREY_DOWNS_CCG }), geographyOf(stateWith({ level: 'ccg' })), panelData)).toBeNull();
  });

  it('lists every metric of the area’s level and period, newest first, per resident where money allows', () => {
    const gm = metricsSection.view(stateWith({ area: GREATER_MANCHESTER }), geographyOf(stateWith({})), panelData)!;
    expect(gm.caption).toBe('Every metric for Greater Manchester');
    const backlog = gm.rows.filter((r) => r.label === 'Backlog maintenance');
    expect(backlog.map((r) => r.period)).toEqual(['2016/17', '2015/16', '2014/15']);
    expect(backlog[0]!.perHead).toMatch(/^£[\d,.]+ per resident$/);
    expect(new Set(gm.notes).size).toBe(gm.notes.length);
    const ccg = metricsSection.view(stateWith({ level: 'ccg', area: SURREY_DOWNS_CCG }), geographyOf(stateWith({ level: 'ccg' })), panelData)!;
    expect(ccg.rows.some((r) => r.label === 'Backlog maintenance')).toBe(false);
    expect(ccg.rows.find((r) => r.label === 'Interim executive spend')?.value).toBe('£195,000');
    expect(metricsSection.view(stateWith({}), geographyOf(stateWith({})), panelData)).toBeNull();
  });

  it('prints the attribution lines of the data', () => {
    expect(attributionSection.view(stateWith({}), geographyOf(stateWith({})), panelData)?.lines[0]).toMatch(/^Source: Office for National Statistics/);
  });
});

describe('trend', () => {
  it('sums up the area over the years against England, as one sentence', () => {
    const state = stateWith({ area: GREATER_MANCHESTER, period: '2016-17' });
    const view = trendSection.view(state, geographyOf(state), panelData)!;
    expect(view.labels).toEqual(['2014/15', '2015/16', '2016/17']);
    expect(view.current).toBe(2);
    expect(view.area.every((v) => typeof v === 'number')).toBe(true);
    expect(view.summary).toMatch(/^Greater Manchester: £[\d,.]+m in 2016\/17, (up|down) [\d.]+% since 2014\/15; England (up|down) [\d.]+%$/);
    // Totals are drawn as an index, so the area and England share a scale; the summary reads it off.
    expect(view.scale).toBe('Index, 2014/15 = 100');
    expect(view.area[0]).toBe(100);
    expect(view.reference[0]).toBe(100);
    expect(view.summary).toContain(`England ${view.reference[2]! > 100 ? 'up' : 'down'} ${Math.abs(view.reference[2]! - 100).toFixed(1)}%`);
  });
  it('uses the median area for rates and is absent for a single period or no selection', () => {
    const ae = stateWith({ area: GREATER_MANCHESTER, metric: 'ae_4h', period: '2018-19' });
    const view = trendSection.view(ae, geographyOf(ae), panelData)!;
    expect(view.summary).toMatch(/percentage points since 2016\/17; the median area (up|down) [\d.]+ percentage points$/);
    expect(trendSection.view(stateWith({ area: GREATER_MANCHESTER, metric: 'deficit_loans', period: '2016-17' }), geographyOf(ae), panelData)).toBeNull();
    expect(trendSection.view(stateWith({ period: '2016-17' }), geographyOf(ae), panelData)).toBeNull();
  });
});
