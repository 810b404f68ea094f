import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE } from '../state/state';
import { createAtlasStore } from '../state/store';
import { lazyChunk, loadFailedText, reportLoadFailure } from './chunk';

describe('lazyChunk', () => {
  it('shares one fetch between callers and keeps what it loaded', async () => {
    const load = vi.fn(() => Promise.resolve({ ok: true }));
    const use = lazyChunk(load, () => undefined);
    const [a, b] = await Promise.all([use(), use()]);
    expect(a).toBe(b);
    await use();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed fetch once, resolves null, and fetches again on the next use', async () => {
    let online = false;
    const load = vi.fn(() => (online ? Promise.resolve('module') : Promise.reject(new TypeError('Failed to fetch dynamically imported module'))));
    const failures: unknown[] = [];
    const use = lazyChunk(load, (error) => failures.push(error));
    expect(await Promise.all([use(), use()])).toEqual([null, null]);
    expect(failures).toHaveLength(1);
    online = true;
    expect(await use()).toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('names the feature in a polite message', () => {
    expect(loadFailedText('Search')).toBe('Search could not load — check your connection and try again');
  });
});

describe('reportLoadFailure', () => {
  it('tells the reader once however often the same chunk fails', () => {
    const store = createAtlasStore(DEFAULT_STATE);
    const report = reportLoadFailure(store, 'Events');
    report();
    report();
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Events could not load — check your connection and try again']);
  });
});
