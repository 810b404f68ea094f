import { describe, expect, it, vi } from 'vitest';
import { PANEL_LAYOUT } from '../panel';
import { areaSectionsGate, type AreaSections } from './area-chunk';
import { areaSections } from './area-sections';
import { geographyOf, GREATER_MANCHESTER, panelData, stateWith, SURREY_DOWNS_CCG } from './test-panel';

describe('the area sections chunk', () => {
  it('holds the sections the panel leaves places for, in the panel order, and no eager one', () => {
    const places = PANEL_LAYOUT.filter((slot): slot is string => typeof slot === 'string');
    expect(areaSections.map((section) => section.name)).toEqual(places);
    expect(places).toEqual(['trend', 'family', 'succession', 'trust-shares', 'facts', 'trusts', 'metrics']);
    const eager = PANEL_LAYOUT.filter((slot) => typeof slot !== 'string').map((slot) => (slot as { name: string }).name);
    expect(eager).toEqual(['headline', 'events', 'attribution']);
  });

  it('draws nothing without a selected area, whatever the metric, level or organisations', () => {
    const states = panelData.atlas.metrics.metrics.flatMap((def) =>
      def.levels.flatMap((level) => (['2016', '2020', '2022'] as const).map((orgs) => stateWith({ metric: def.key, period: def.defaultPeriod, level, orgs }))),
    );
    expect(states.length).toBeGreaterThan(10);
    for (const state of states) {
      for (const section of areaSections) expect(section.view(state, geographyOf(state), panelData), `${section.name} ${state.metric} ${state.level} ${state.orgs}`).toBeNull();
    }
  });

  it('draws something for a selected area once loaded (what the panel waits for)', () => {
    const state = stateWith({ area: GREATER_MANCHESTER });
    const drawn = areaSections.filter((section) => section.view(state, geographyOf(state), panelData) !== null).map((section) => section.name);
    expect(drawn).toEqual(expect.arrayContaining(['family', 'succession', 'facts', 'trusts', 'metrics']));
  });
});

describe('areaSectionsGate', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const sections: AreaSections = areaSections;

  it('fetches once an area is selected, once however often the panel redraws, and hands the sections over', async () => {
    const load = vi.fn(() => Promise.resolve(sections));
    const loaded: AreaSections[] = [];
    const want = areaSectionsGate(load, (s) => loaded.push(s), () => undefined);
    want(null);
    expect(load).not.toHaveBeenCalled();
    want(GREATER_MANCHESTER);
    want(GREATER_MANCHESTER);
    await settle();
    want(SURREY_DOWNS_CCG);
    expect(load).toHaveBeenCalledTimes(1);
    expect(loaded).toEqual([sections]);
  });

  it('after a failure tells the reader once, waits for the next selection, then fetches again', async () => {
    let online = false;
    const load = vi.fn(() => Promise.resolve(online ? sections : null));
    const failures = vi.fn();
    const loaded: AreaSections[] = [];
    const want = areaSectionsGate(load, (s) => loaded.push(s), failures);
    want(GREATER_MANCHESTER);
    await settle();
    expect(failures).toHaveBeenCalledTimes(1);
    want(GREATER_MANCHESTER); // the notice redraws the panel: no new fetch for the same selection
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    online = true;
    want(SURREY_DOWNS_CCG);
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(loaded).toEqual([sections]);
    expect(failures).toHaveBeenCalledTimes(1);
  });

  it('retries the same area when it is selected again after being cleared', async () => {
    const load = vi.fn(() => Promise.resolve(null));
    const want = areaSectionsGate(load, () => undefined, () => undefined);
    want(GREATER_MANCHESTER);
    await settle();
    want(null);
    want(GREATER_MANCHESTER);
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('stays quiet when a fetch fails after the area was cleared (a prefetch nobody waits for)', async () => {
    const failures = vi.fn();
    const want = areaSectionsGate(() => Promise.resolve(null), () => undefined, failures);
    want(GREATER_MANCHESTER);
    want(null);
    await settle();
    expect(failures).not.toHaveBeenCalled();
  });
});
