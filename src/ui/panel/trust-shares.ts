import { dominanceNote, shareLine, trustShares } from '../../domain/trust-shares';
import type { PanelSection } from './section';

/** What a trust-summed metric adds up, for "69% of the STP's backlog". */
const SUMMED: Partial<Record<string, string>> = {
  backlog: 'backlog',
  backlog_high_risk: 'high-risk backlog',
  backlog_significant_risk: 'significant-risk backlog',
  backlog_moderate_risk: 'moderate-risk backlog',
  backlog_low_risk: 'low-risk backlog',
  deficit_loans: 'loans drawn',
  deficit_loans_net: 'net new borrowing',
  deficit_loans_balance: 'loans owed',
  trolley_waits_12h: '12-hour trolley waits',
  trolley_waits_4h: '4-hour trolley waits',
};

export interface TrustSharesView {
  heading: string;
  dominance: string | null;
  lines: string[];
}

/** The trusts behind an STP's value of the current metric, largest first, with their share; a note where one holds over half. */
export const trustSharesSection: PanelSection<TrustSharesView> = {
  name: 'trust-shares',
  inputs: ['area', 'metric', 'period'],
  view(state, geography, data) {
    const area = state.area ? geography.find(state.area) : undefined;
    const what = SUMMED[state.metric];
    if (!area || area.level !== 'stp' || !what) return null;
    const shares = trustShares(data.atlas.metrics, state.metric, state.period, area.code);
    if (shares.length === 0) return null;
    return { heading: `Who makes up the STP's ${what}`, dominance: dominanceNote(shares, what), lines: shares.map((t) => shareLine(t, what)) };
  },
  render(host, view) {
    const section = host.append('section').attr('class', 'panel-section trust-shares');
    section.append('h3').text(view.heading);
    if (view.dominance) section.append('p').attr('class', 'note dominance-note').text(view.dominance);
    const list = section.append('ol').attr('class', 'trust-list');
    for (const line of view.lines) list.append('li').text(line);
  },
};
