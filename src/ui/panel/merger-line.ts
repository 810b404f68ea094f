import type { TrustSuccession } from '../../data/orgs-types';
import { formatDate, titleCase } from '../../domain/format';

/** What became of a trust: merged into one successor, or split between two on the same day. */
export function mergerLine(name: string, successions: readonly TrustSuccession[]): string {
  const byDate = new Map<string, string[]>();
  for (const s of successions) byDate.set(s.date, [...(byDate.get(s.date) ?? []), titleCase(s.successorName)]);
  const steps = [...byDate].map(([date, names]) => `${names.length === 1 ? 'merged into' : 'split between'} ${names.join(' and ')}, ${formatDate(date)}`);
  return `${titleCase(name)}: ${steps.join('; then ')}`;
}
