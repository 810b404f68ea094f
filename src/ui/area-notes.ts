// Panel pieces for issue 13: caveats on a value, the trusts behind a trust-summed value, and the
// area's dated and undated facts. Each takes the panel's parent node, so it can move with the panel.
import type { Selection } from 'd3-selection';
import type { Area } from '../data/atlas';
import { areaFacts, factLine } from '../domain/area-facts';
import { valueNotes } from '../domain/caveats';
import { dominanceNote, shareLine, trustShares } from '../domain/trust-shares';
import type { AppContext } from '../map/context';

type Sel<E extends HTMLElement> = Selection<E, unknown, null, undefined>;

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

/** Incomplete sums and approximate populations, under the headline value. */
export function renderValueNotes<E extends HTMLElement>(parent: Sel<E>, ctx: AppContext, area: Area): void {
  const state = ctx.store.getState();
  for (const note of valueNotes(ctx.atlas.metrics, state.metric, state.period, area.code, state.perHead)) {
    parent.append('p').attr('class', 'note value-note').text(note);
  }
}

/** The trusts behind the STP's value of the current metric, largest first, with their share. */
export function renderTrustShares<E extends HTMLElement>(parent: Sel<E>, ctx: AppContext, area: Area): void {
  const state = ctx.store.getState();
  const what = SUMMED[state.metric];
  if (area.level !== 'stp' || !what) return;
  const shares = trustShares(ctx.atlas.metrics, state.metric, state.period, area.code);
  if (shares.length === 0) return;
  const section = parent.append('section').attr('class', 'panel-section trust-shares');
  section.append('h3').text(`Who makes up the STP's ${what}`);
  const dominant = dominanceNote(shares, what);
  if (dominant) section.append('p').attr('class', 'note dominance-note').text(dominant);
  const list = section.append('ol').attr('class', 'trust-list');
  for (const t of shares) list.append('li').text(shareLine(t, what));
}

/** Published ratings and other dated facts, then the facts whose month is not known. */
export function renderAreaFacts<E extends HTMLElement>(parent: Sel<E>, ctx: AppContext, area: Area): void {
  const { dated, undated } = areaFacts(ctx.atlas.metrics, area.code);
  const imd = area.level === 'ccg' ? ctx.atlas.metrics.imd?.[area.code] : undefined;
  if (dated.length === 0 && undated.length === 0 && !imd) return;
  const section = parent.append('section').attr('class', 'panel-section area-facts');
  section.append('h3').text('Ratings and other facts');
  const list = section.append('ul').attr('class', 'facts');
  if (imd) {
    list.append('li').text(`Deprivation (IMD 2015): ranked ${imd.rank} of 209 CCGs (1 = most deprived); ${imd.most_deprived_10pct}% of its neighbourhoods are in England's most deprived tenth.`);
  }
  for (const f of [...dated, ...undated]) {
    const li = list.append('li').classed('fact-undated', f.undated === true);
    li.append('span').text(`${factLine(f)}${f.undated ? ' (month not known)' : ''} `);
    const source = li.append('span').attr('class', 'source');
    if (f.url) source.append('a').attr('href', f.url).attr('rel', 'noopener noreferrer').attr('target', '_blank').text(`(${f.source})`);
    else source.text(`(${f.source})`);
  }
}
