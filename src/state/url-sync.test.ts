import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './state';
import { createAtlasStore } from './store';
import { testCatalog } from './test-catalog';
import { serializeUrl } from './url';
import type { Clock } from './clock';
import { syncUrl, type UrlPage } from './url-sync';

/** A page whose history records each write, and a clock that runs only when told. */
function fakePage(search: string) {
  const writes: { kind: 'push' | 'replace'; search: string }[] = [];
  let popstate = () => {};
  const location = { pathname: '/atlas/', search, hash: '' };
  const record = (kind: 'push' | 'replace') => (_data: null, _unused: string, url: string) => {
    location.search = url.slice(url.indexOf('?'));
    writes.push({ kind, search: location.search });
  };
  const page: UrlPage = {
    location,
    history: { pushState: record('push'), replaceState: record('replace') },
    addEventListener: (_type, listener) => (popstate = listener),
  };
  return { page, writes, back: (to: string) => ((location.search = to), popstate()) };
}

function fakeClock() {
  let now = 0;
  let timers: { at: number; callback: () => void; handle: number }[] = [];
  let next = 0;
  const clock: Clock = {
    set: (callback, ms) => (timers.push({ at: now + ms, callback, handle: ++next }), next),
    clear: (handle) => (timers = timers.filter((t) => t.handle !== handle)),
  };
  const advance = (ms: number) => {
    now += ms;
    for (let due = timers.find((t) => t.at <= now); due; due = timers.find((t) => t.at <= now)) {
      timers = timers.filter((t) => t !== due);
      due.callback();
    }
  };
  return { clock, advance };
}

function setUp() {
  const initial = { ...DEFAULT_STATE, metric: 'backlog' as const, level: 'stp' as const, period: '2014-15' };
  const store = createAtlasStore(initial);
  const { page, writes, back } = fakePage(serializeUrl(initial));
  const { clock, advance } = fakeClock();
  syncUrl(store, testCatalog, { playLagMs: 500, page, clock });
  return { store, writes, back, advance };
}

describe('syncUrl', () => {
  it('writes what one task changed once, in a task of its own, as a new history entry', () => {
    const { store, writes, advance } = setUp();
    store.setState({ period: '2015-16' });
    store.setState({ classify: 'jenks' });
    expect(writes).toEqual([]);
    advance(0);
    expect(writes).toEqual([{ kind: 'push', search: expect.stringContaining('period=2015-16&classify=jenks') }]);
  });

  it('while Play runs, writes each step half a step later: one entry for the run, then replacements', () => {
    const { store, writes, advance } = setUp();
    store.setState({ playing: true, period: '2015-16' });
    advance(0);
    expect(writes).toEqual([]);
    advance(500);
    expect(writes).toEqual([{ kind: 'push', search: expect.stringContaining('period=2015-16') }]);
    advance(500);
    store.setState({ period: '2016-17' });
    advance(499);
    expect(writes).toHaveLength(1);
    advance(1);
    expect(writes[1]).toEqual({ kind: 'replace', search: expect.stringContaining('period=2016-17') });
  });

  it('writes at once when Play stops, so the link is never behind the slider once it rests', () => {
    const { store, writes, advance } = setUp();
    store.setState({ playing: true, period: '2015-16' });
    advance(500);
    store.setState({ period: '2016-17' });
    advance(100);
    store.setState({ playing: false });
    advance(0);
    expect(writes.map((w) => w.kind)).toEqual(['push', 'replace']);
    expect(writes[1]!.search).toContain('period=2016-17');
    advance(1000);
    expect(writes).toHaveLength(2);
  });

  it('applies Back to the store without writing it again, and drops a write that was waiting', () => {
    const { store, writes, back, advance } = setUp();
    store.setState({ playing: true, period: '2016-17' });
    back('?level=stp&metric=backlog&period=2015-16&classify=quantile');
    advance(1000);
    expect(store.getState().period).toBe('2015-16');
    expect(writes).toEqual([]);
  });
});
