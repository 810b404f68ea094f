import { formatValue, titleCase } from '../../domain/format';
import type { PanelSection } from './section';

export interface TrustsView {
  count: string;
  leader: string | null;
  loans: string[];
  facts: string[];
  /** "Central Manchester University Hospitals NHS Foundation Trust: merged into Manchester University NHS Foundation Trust, 1 Oct 2017". */
  mergers: string[];
}

/** An STP's trusts: how many, its leader, the trusts that drew emergency loans, reported trust finances. */
export const trustsSection: PanelSection<TrustsView> = {
  name: 'trusts',
  inputs: ['area'],
  view(state, _geography, data) {
    const { metrics } = data.atlas;
    const detail = state.area ? metrics.stp_detail?.[state.area] : undefined;
    if (!detail) return null;
    return {
      count: `${detail.n_trusts} NHS trusts are counted in this STP (ERIC 2016/17).`,
      leader: detail.leader ? `STP leader (March 2016): ${detail.leader.name}, ${detail.leader.role}.` : null,
      loans: detail.loan_trusts.map((t) => `${titleCase(metrics.trusts?.[t.code]?.name ?? t.code)}: ${formatValue(t.drawn_gbp_m, 'gbp_m')} drawn, ${formatValue(t.net_gbp_m, 'gbp_m')} net of repayments, ${formatValue(t.closing_gbp_m, 'gbp_m')} owed at 31 March 2017`),
      facts: metrics.facts.filter((f) => f.level === 'trust' && f.stp === state.area).map((f) => `${f.text} (${f.source})`),
      mergers: Object.entries(data.atlas.orgs?.trusts ?? {})
        .filter(([code]) => metrics.trusts?.[code]?.stp === state.area)
        .map(([code, successions]) => data.atlas.later!.mergerLine(metrics.trusts![code]!.name, successions)),
    };
  },
  render(host, view) {
    const section = host.append('section').attr('class', 'panel-section');
    section.append('h3').text('Trusts');
    section.append('p').text(view.count);
    if (view.leader) section.append('p').text(view.leader);
    for (const [lines, intro] of [[view.loans, 'Trusts with revenue loans from the Department of Health in 2016/17 (both loan sheets):'], [view.facts, 'Reported trust finances:'], [view.mergers, 'Trusts merged since April 2016 (NHS Digital, ODS):']] as const) {
      if (lines.length === 0) continue;
      section.append('p').text(intro);
      const list = section.append('ul').attr('class', 'trust-list');
      for (const line of lines) list.append('li').text(line);
    }
  },
};
