import type { MetricKey, MetricsFile } from '../data/types';
import { titleCase } from './format';

export interface TrustShare {
  code: string;
  name: string;
  value: number;
  /** Share of the STP's total, 0–1. */
  share: number;
}

/**
 * The trusts behind an STP's trust-summed value, largest first, with their share of the total.
 * Empty when the metric is not trust-summed or the total is not positive.
 */
export function trustShares(metrics: Pick<MetricsFile, 'trust_values' | 'trusts'>, metric: MetricKey, period: string, stp: string): TrustShare[] {
  const table = metrics.trust_values?.[metric]?.[period];
  if (!table) return [];
  const rows = Object.entries(table).filter(([code]) => metrics.trusts?.[code]?.stp === stp);
  const total = rows.reduce((n, [, v]) => n + v, 0);
  if (!(total > 0)) return [];
  return rows
    .map(([code, value]) => ({ code, name: titleCase(metrics.trusts?.[code]?.name ?? code), value, share: value / total }))
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
}

/** "Imperial College Healthcare NHS Trust: 69% of the STP's total" */
export function shareLine(t: TrustShare, what: string): string {
  return `${t.name}: ${Math.round(100 * t.share)}% of the STP's ${what}`;
}

/** A warning when one trust holds over half the total, so a hub's figure is not read as the area's. */
export function dominanceNote(shares: readonly TrustShare[], what: string): string | null {
  const top = shares[0];
  if (!top || top.share <= 0.5) return null;
  return `One trust, ${top.name}, accounts for over half of this STP's ${what} (${Math.round(100 * top.share)}%): the figure mostly describes that trust, not the whole area.`;
}
