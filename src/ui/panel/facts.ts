import { areaFacts, factLine } from '../../domain/area-facts';
import type { PanelSection } from './section';

export interface FactItem {
  text: string;
  undated: boolean;
  source: string;
  url: string | null;
}

export interface FactsView {
  deprivation: string | null;
  items: FactItem[];
}

/** Published ratings and other dated facts, then the facts whose month is not known, and a CCG's deprivation rank. */
export const factsSection: PanelSection<FactsView> = {
  name: 'facts',
  inputs: ['area'],
  view(state, geography, data) {
    const area = state.area ? geography.find(state.area) : undefined;
    if (!area) return null;
    const { metrics } = data.atlas;
    const { dated, undated } = areaFacts(metrics, area.code);
    const imd = area.level === 'ccg' ? metrics.imd?.[area.code] : undefined;
    if (dated.length === 0 && undated.length === 0 && !imd) return null;
    return {
      deprivation: imd ? `Deprivation (IMD 2015): ranked ${imd.rank} of 209 CCGs (1 = most deprived); ${imd.most_deprived_10pct}% of its neighbourhoods are in England's most deprived tenth.` : null,
      items: [...dated, ...undated].map((f) => ({ text: `${factLine(f)}${f.undated ? ' (month not known)' : ''} `, undated: f.undated === true, source: `(${f.source})`, url: f.url ?? null })),
    };
  },
  render(host, view) {
    const section = host.append('section').attr('class', 'panel-section area-facts');
    section.append('h3').text('Ratings and other facts');
    const list = section.append('ul').attr('class', 'facts');
    if (view.deprivation) list.append('li').text(view.deprivation);
    for (const item of view.items) {
      const li = list.append('li').classed('fact-undated', item.undated);
      li.append('span').text(item.text);
      const source = li.append('span').attr('class', 'source');
      if (item.url) source.append('a').attr('href', item.url).attr('rel', 'noopener noreferrer').attr('target', '_blank').text(item.source);
      else source.text(item.source);
    }
  },
};
