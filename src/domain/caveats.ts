import type { MetricKey, MetricsFile, Value } from '../data/types';
import { titleCase } from './format';

type Caveated = Pick<MetricsFile, 'incomplete' | 'approx_population'>;

/** "Incomplete: Moorfields Eye Hospital NHS Foundation Trust (RP6) made no 2014/15 return …", or null. */
export function incompleteNote(metrics: Caveated, metric: MetricKey, period: string, code: string): string | null {
  const missing = metrics.incomplete?.[metric]?.[period]?.[code];
  if (!missing || missing.length === 0) return null;
  const parts = missing.map((m) => `${titleCase(m.name)} (${m.code}) ${m.reason}`);
  return `Incomplete: ${parts.join('; ')}. The value leaves ${missing.length === 1 ? 'it' : 'them'} out.`;
}

/** True when the area's population includes an area-share split of NHS Cumbria CCG. */
export function hasApproxPopulation(metrics: Caveated, code: string): boolean {
  return metrics.approx_population?.includes(code) ?? false;
}

/** A note where a number rests on the approximate Cumbria split: the population itself, or any per-resident view. */
export function approxNote(metrics: Caveated, metric: MetricKey, code: string, perHead: boolean): string | null {
  if (!hasApproxPopulation(metrics, code)) return null;
  if (metric === 'population') return 'Approximate: includes part of NHS Cumbria CCG, whose residents are split between two STPs by area.';
  if (perHead) return 'Per resident using an approximate population (NHS Cumbria CCG split between two STPs by area).';
  return null;
}

/** Every caveat on one area's value, in reading order. */
export function valueNotes(metrics: Caveated, metric: MetricKey, period: string, code: string, perHead: boolean): string[] {
  return [incompleteNote(metrics, metric, period, code), approxNote(metrics, metric, code, perHead)].filter((n): n is string => n !== null);
}

/** The value as read on screen: an approximate population is "about 365,000" (nearest 1,000). */
export function displayValue(metrics: Caveated, metric: MetricKey, code: string, value: Value, formatted: string): string {
  if (metric === 'population' && typeof value === 'number' && hasApproxPopulation(metrics, code)) {
    return `about ${(Math.round(value / 1000) * 1000).toLocaleString('en-GB')}`;
  }
  return formatted;
}
