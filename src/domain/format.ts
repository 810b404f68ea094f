import type { MetricDef, Unit, Value } from '../data/types';

export const NOT_REPORTED = 'Not reported';

// The platform's number formatting (en-GB: "1,004.5"), so no formatting library ships.
const formatter = (digits: number) => {
  const f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (n: number) => f.format(n);
};
const thousands = formatter(0);
const oneDecimal = formatter(1);
const twoDecimals = formatter(2);

/** How a value reads on screen: "£1,004.5m", "£195,000", "504,100", "Yes", "Not reported". */
export function formatValue(value: Value, unit: Unit, options: { perHead?: boolean; categories?: MetricDef['categories'] } = {}): string {
  if (value === null || value === undefined) return NOT_REPORTED;
  if (typeof value === 'string') {
    return options.categories?.find((c) => c.value === value)?.label ?? value;
  }
  if (!Number.isFinite(value)) return NOT_REPORTED;
  if (options.perHead) {
    // Per-head money is in pounds per resident whatever the source unit.
    return `£${Math.abs(value) < 10 ? twoDecimals(value) : thousands(Math.round(value))}`;
  }
  switch (unit) {
    case 'gbp_m':
      return `£${oneDecimal(value)}m`;
    case 'gbp':
      return `£${thousands(Math.round(value))}`;
    case 'people':
      // ONS asks that population estimates be quoted to the nearest 100.
      return thousands(Math.round(value / 100) * 100);
    case 'count':
      return thousands(Math.round(value));
    case 'yesno':
      return String(value);
    case 'percent':
      return `${oneDecimal(value)}%`;
    case 'score':
      return oneDecimal(value);
  }
}

/** Whether areas' values add up to a meaningful England total (money and people; not shares, scores or counts of vanguards). */
export function isSummable(unit: Unit): boolean {
  return unit === 'gbp_m' || unit === 'gbp' || unit === 'people';
}

/** The unit as words for legends, tables and CSV headers. */
export function unitLabel(unit: Unit, perHead = false): string {
  if (perHead) return '£ per resident';
  switch (unit) {
    case 'gbp_m':
      return '£ million';
    case 'gbp':
      return '£';
    case 'people':
      return 'residents';
    case 'count':
      return 'number';
    case 'yesno':
      return 'yes/no';
    case 'percent':
      return '%';
    case 'score':
      return 'score';
  }
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' });

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}

/** "NHS Surrey Downs CCG" → "Surrey Downs CCG": the wrapper every CCG name shares. */
export function shortAreaName(name: string): string {
  return name.replace(/^NHS\s+/, '');
}

/** "ROYAL FREE LONDON NHS FOUNDATION TRUST" → "Royal Free London NHS Foundation Trust"; mixed case is kept. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  // A word starts after a space, a hyphen or a bracket, not after an apostrophe ("Guy's", not "Guy'S").
  return name.toLowerCase().replace(/(^|[\s(-])([a-z])/g, (m) => m.toUpperCase()).replace(/\bNhs\b/g, 'NHS').replace(/\b(And|Of|The)\b/g, (m) => m.toLowerCase()).replace(/^./, (m) => m.toUpperCase());
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-12-02" → "2 Dec 2016"; "2017-02" → "Feb 2017". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = MONTHS[Number(month) - 1] ?? '';
  return [day ? String(Number(day)) : '', name, year].filter(Boolean).join(' ');
}

/** A calendar day in local time: "2 Dec 2016". */
export function formatDay(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** A share as a whole percentage: 0.436 → "44%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** How a metric's period reads: "2015/16", "mid-2015"; the key itself when the metric has no label for it. */
export function periodLabel(def: Pick<MetricDef, 'periodLabels'>, period: string): string {
  return def.periodLabels[period] ?? period;
}
