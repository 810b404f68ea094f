import type { Selection } from 'd3-selection';
import { ensureShape } from '../data/load';
import type { Shape } from '../geography/geography';
import type { AppContext } from '../map/context';
import { notices } from '../state/store';

/**
 * The "Map shape" switch: areas on their real boundaries or as equal hexagons. The hexagons' layout
 * is fetched the first time they are chosen; the map changes once it is there (unless another shape
 * was chosen meanwhile), and a failure leaves the geographic map with a notice.
 */
export function mountShapeSwitch(root: Selection<HTMLElement, unknown, null, undefined>, ctx: AppContext): void {
  const group = root.append('fieldset').attr('class', 'control level-switch');
  group.append('legend').text('Map shape');
  let latest: Shape;
  const render = () => group.selectAll<HTMLInputElement, unknown>('input').property('checked', function () {
    return this.value === ctx.store.getState().shape;
  });
  for (const [value, label] of [['geo', 'Geographic'], ['hex', 'Hexagons']] as const) {
    const option = group.append('label').attr('class', 'segment');
    option.append('input').attr('type', 'radio').attr('name', 'shape').attr('value', value).on('change', () => {
      latest = value;
      void ensureShape(ctx.atlas, value).then((failure) => {
        if (failure) ctx.store.setState({ notices: notices(ctx.store.getState().notices, [failure]) });
        else if (value === latest) ctx.update({ shape: value, view: null });
        render();
      });
    });
    option.append('span').text(label);
  }
  render();
  ctx.store.subscribe((state, previous) => state.shape !== previous.shape && render());
}
