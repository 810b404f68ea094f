import { describe, expect, it } from 'vitest';
import { normalizeState } from './normalize';
import { DEFAULT_STATE } from './state';
import { testCatalog } from './test-catalog';
import { parseUrl, serializeUrl } from './url';

const PARAMS = ['level', 'metric', 'period', 'per', 'classify', 'area', 'view', 'compare', 'events', 'asof', 'embed', 'search'];
const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert('x')", '%3Cb%3E', '\u0000\u202e', '../../etc/passwd', 'E54000007<b>'];

/** Deterministic pseudo-random junk (no Math.random, so a failure reproduces). */
function junk(seed: number, length: number): string {
  const alphabet = 'abcXYZ019<>"\'&=;,/%-_.E54 \u00e9\u202e';
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

describe('parseUrl under hostile links', () => {
  for (const payload of PAYLOADS) {
    it(`markup in every parameter (${JSON.stringify(payload)}) falls back to defaults and is never quoted`, () => {
      const search = `?${PARAMS.map((p) => `${p}=${encodeURIComponent(payload)}`).join('&')}`;
      const { state, messages } = parseUrl(search, testCatalog);
      expect(state).toMatchObject({ level: 'stp', metric: 'backlog', classify: 'quantile', area: null, view: null, compare: [], asof: null, embed: false, search: false });
      for (const message of messages) expect(message).not.toMatch(/[<>]|alert|javascript/);
      const serialized = serializeUrl(normalizeState({ ...DEFAULT_STATE, ...state }, testCatalog).state);
      expect(serialized).not.toMatch(/[<>"']|alert|script/);
    });
  }

  it('never throws on junk, and what it writes reads back with no message', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const search = `?${PARAMS.map((p, i) => `${p}=${encodeURIComponent(junk(seed * 31 + i, (seed % 40) + 1))}`).join('&')}`;
      const first = parseUrl(search, testCatalog);
      const canonical = serializeUrl(normalizeState({ ...DEFAULT_STATE, ...first.state }, testCatalog).state);
      const again = parseUrl(canonical, testCatalog);
      expect(again.messages).toEqual([]);
      expect(serializeUrl(normalizeState({ ...DEFAULT_STATE, ...again.state }, testCatalog).state)).toBe(canonical);
    }
  });

  it('caps the number of messages a link can produce', () => {
    const search = `?${PARAMS.map((p) => `${p}=x`).join('&')}&${PARAMS.map((p) => `${p}=y`).join('&')}`;
    expect(parseUrl(search, testCatalog).messages.length).toBeLessThanOrEqual(PARAMS.length);
  });
});
