import type { PanelSection } from './section';

/** The ONS attribution lines the boundaries' licence asks for, at the foot of the panel. */
export const attributionSection: PanelSection<{ lines: string[] }> = {
  name: 'attribution',
  inputs: [],
  view: (_state, _geography, data) => ({ lines: data.atlas.metrics.attribution }),
  render(host, view) {
    const footer = host.append('footer').attr('class', 'panel-attribution');
    for (const line of view.lines) footer.append('p').text(line);
  },
};
