import { describe, expect, it } from 'vitest';
import type { Atlas } from '../data/atlas';
import { DEFAULT_STATE } from './state';
import { followAreaDetails } from './lazy-data';
import { createAtlasStore } from './store';

const pendingAtlas = () => ({ metrics: {} }) as unknown as Atlas;

describe('followAreaDetails', () => {
  it('keeps the selection as it is and marks the details ready when they arrive', async () => {
    const atlas = pendingAtlas();
    const store = createAtlasStore({ ...DEFAULT_STATE });
    const areas: (string | null)[] = [];
    store.subscribe((s) => areas.push(s.area));
    let resolve = () => {};
    followAreaDetails(store, atlas, () => new Promise<void>((ok) => (resolve = ok)));
    store.setState({ area: 'E54000027' });
    expect(store.getState().detailsReady).toBe(false);
    (atlas.metrics as { stp_detail?: unknown }).stp_detail = {};
    resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().detailsReady).toBe(true);
    expect(areas.every((a) => a === 'E54000027')).toBe(true);
  });

  it('says in a notice when the details cannot be fetched, and does not try again at each change', async () => {
    const store = createAtlasStore({ ...DEFAULT_STATE });
    let calls = 0;
    followAreaDetails(store, pendingAtlas(), () => {
      calls++;
      return Promise.reject(new Error('offline'));
    });
    store.setState({ area: 'E54000027' });
    await new Promise((ok) => setTimeout(ok, 0));
    store.setState({ area: 'E54000008' });
    expect(calls).toBe(1);
    expect(store.getState().detailsReady).toBe(false);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Area details unavailable: offline']);
  });
});
