import { quantile } from 'd3-array';
import { COLORBREWER } from './colorbrewer';
import type { Direction, MetricDef, Value } from '../data/types';

/** Rates (A&E's share seen in 4 hours) change in percentage points; positive totals in per cent. */
export type ChangeKind = 'percent' | 'points';

export function changeKind(def: Pick<MetricDef, 'unit'>): ChangeKind {
  return def.unit === 'percent' ? 'points' : 'percent';
}

/** The change from base to current; null ("Not reported") when either is missing, or a percentage of a non-positive base. */
export function changeValue(base: Value, current: Value, kind: ChangeKind): Value {
  if (typeof base !== 'number' || typeof current !== 'number') return null;
  if (kind === 'points') return current - base;
  return base > 0 && current >= 0 ? ((current - base) / base) * 100 : null;
}

/** "+31.2%", "−4.1 pp", "0.0%". */
export function formatChange(value: Value, kind: ChangeKind): string {
  if (typeof value !== 'number') return 'Not reported';
  const sign = value > 0.05 ? '+' : value < -0.05 ? '−' : '';
  return `${sign}${Math.abs(value).toFixed(1)}${kind === 'points' ? ' pp' : '%'}`;
}

/** "up 31.2%", "down 4.1 percentage points", "unchanged". */
export function describeChange(value: number, kind: ChangeKind): string {
  if (Math.abs(value) < 0.05) return 'unchanged';
  return `${value > 0 ? 'up' : 'down'} ${Math.abs(value).toFixed(1)}${kind === 'points' ? ' percentage points' : '%'}`;
}

const STEPS = [1, 2, 2.5, 5, 10];

/** A round step so that three classes each side of zero reach the largest change. */
function roundStep(extent: number): number {
  const raw = extent / 3;
  const power = 10 ** Math.floor(Math.log10(raw));
  return (STEPS.find((s) => s * power >= raw) ?? 10) * power;
}

/**
 * Lower bounds of six classes symmetric around zero: three falls, three rises, the outer ones open.
 * The steps follow the 90th percentile of the size of change, so one outlier (a backlog that
 * quadrupled) does not wash every other area into the middle two classes.
 */
export function divergingLower(values: readonly number[]): number[] {
  const extent = quantile(values.map(Math.abs), 0.9) ?? 0;
  const step = extent > 0 ? roundStep(extent) : 1;
  return [-Infinity, -2 * step, -step, 0, step, 2 * step];
}

/**
 * Six ColorBrewer RdBu colours (colour-blind safe), falls first. Red is worse: a rise where higher
 * is worse, a fall where higher is better; a metric without a direction uses blue for rises.
 */
export function divergingColours(direction: Direction | undefined): string[] {
  const redFirst = [...COLORBREWER.RdBu[6]!];
  return direction === 'higher_is_worse' ? redFirst.reverse() : redFirst;
}

/** What the colours mean: "A rise is worse: red = worse, blue = better". */
export function changeMeaning(direction: Direction | undefined): string | null {
  if (direction === 'higher_is_better') return 'A fall is worse: red = worse, blue = better';
  if (direction === 'higher_is_worse') return 'A rise is worse: red = worse, blue = better';
  return null;
}
