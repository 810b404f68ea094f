import { describe, expect, it } from 'vitest';
import type { TrustRow } from './sources';
import { applyTrustOverrides, type Override } from './trust-stp';

const trust = (code: string, stp: string): TrustRow => ({ code, name: code, type: '', stp, lookupStp: stp, years: [], line: 2 });
const lookup = () => new Map([['RAN', trust('RAN', 'E54000027')], ['RXT', trust('RXT', 'E54000016')], ['RF4', trust('RF4', 'E54000029')]]);
const mapping = [
  { provider: 'RAN', name: 'RNOH', stp: 'E54000028', line: 5 },
  { provider: 'RF4', name: 'BHR', stp: 'E54000029', line: 2 },
];
const ov = (trust: string, from: string, to: string): Override => ({ trust, name: trust, from, to, source: 'src', line: 2 });

describe('trust → STP overrides', () => {
  it('moves each listed trust and says so', () => {
    const t = lookup();
    const log = applyTrustOverrides(t, mapping, [ov('RAN', 'E54000027', 'E54000028'), ov('RXT', 'E54000016', 'E54000017')]);
    expect(t.get('RAN')!.stp).toBe('E54000028');
    expect(t.get('RXT')!.stp).toBe('E54000017');
    expect(t.get('RXT')!.lookupStp).toBe('E54000016');
    expect(log).toEqual(['trust → STP override: RAN RAN E54000027 → E54000028 (src)', 'trust → STP override: RXT RXT E54000016 → E54000017 (src)']);
  });
  it('fails when NHS England\'s mapping disagrees and no override records it', () => {
    expect(() => applyTrustOverrides(lookup(), mapping, [])).toThrow('NHS England maps RAN to E54000028 but the atlas puts it in E54000027; add the move to data/trust_stp_overrides.csv');
  });
  it('fails on a stale override', () => {
    expect(() => applyTrustOverrides(lookup(), mapping, [ov('RAN', 'E54000099', 'E54000028')])).toThrow('RAN is in E54000027 in the lookup, not E54000099');
  });
});
