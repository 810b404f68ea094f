import { describe, expect, it } from 'vitest';
import { heightMessage, selectedAreaOf } from './messages';

const known = (code: string) => ['E54000007', 'E38000177'].includes(code);

describe('selectedAreaOf', () => {
  it('accepts the documented select message for a known STP or CCG', () => {
    expect(selectedAreaOf({ type: 'stp-atlas:select', area: 'E54000007' }, known)).toBe('E54000007');
    expect(selectedAreaOf({ area: 'E38000177', type: 'stp-atlas:select' }, known)).toBe('E38000177');
  });
  it('ignores unknown or malformed codes', () => {
    expect(selectedAreaOf({ type: 'stp-atlas:select', area: 'E54999999' }, known)).toBeNull();
    expect(selectedAreaOf({ type: 'stp-atlas:select', area: 'E92000001' }, known)).toBeNull();
    expect(selectedAreaOf({ type: 'stp-atlas:select', area: ' E54000007' }, known)).toBeNull();
    expect(selectedAreaOf({ type: 'stp-atlas:select', area: 54000007 }, known)).toBeNull();
    expect(selectedAreaOf({ type: 'stp-atlas:select', area: '<img src=x onerror=alert(1)>' }, known)).toBeNull();
  });
  it('ignores other types, extra keys and non-objects', () => {
    expect(selectedAreaOf({ type: 'stp-atlas:height', area: 'E54000007' }, known)).toBeNull();
    expect(selectedAreaOf({ type: 'stp-atlas:select', area: 'E54000007', extra: 1 }, known)).toBeNull();
    expect(selectedAreaOf({ type: 'stp-atlas:select' }, known)).toBeNull();
    for (const junk of [null, undefined, 'E54000007', 42, true, ['stp-atlas:select', 'E54000007'], new Map()]) {
      expect(selectedAreaOf(junk, known)).toBeNull();
    }
  });
  it('ignores huge payloads without scanning them as codes', () => {
    expect(selectedAreaOf({ type: 'stp-atlas:select', area: 'E54000007'.repeat(100_000) }, known)).toBeNull();
    expect(selectedAreaOf('x'.repeat(1_000_000), known)).toBeNull();
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    expect(selectedAreaOf({ ...wide, type: 'stp-atlas:select', area: 'E54000007' }, known)).toBeNull();
  });
});

describe('heightMessage', () => {
  it('rounds the height up to whole pixels', () => {
    expect(heightMessage(612.2)).toEqual({ type: 'stp-atlas:height', height: 613 });
  });
});
