import type { Fact, MetricsFile } from '../data/types';

/**
 * Facts about one CCG or STP for the panel: dated facts (e.g. published ratings, July 2017) and
 * undated ones (events whose month is not known, kept as facts of their year), each with its source.
 * Trust and England facts are shown elsewhere.
 */
export function areaFacts(metrics: Pick<MetricsFile, 'facts'>, code: string): { dated: Fact[]; undated: Fact[] } {
  const mine = metrics.facts.filter((f) => (f.level === 'ccg' || f.level === 'stp') && f.code === code);
  return { dated: mine.filter((f) => !f.undated), undated: mine.filter((f) => f.undated) };
}

/** "2016 · text (HSJ, 2016)" style line for a fact. */
export function factLine(f: Fact): string {
  return `${f.period ? `${f.period}: ` : ''}${f.text}`;
}
