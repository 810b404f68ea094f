import type { Selection } from 'd3-selection';
import { DataError, ensureShape } from '../data/load';
import type { Shape } from '../geography/geography';
import type { AppContext } from '../map/context';
import { notices } from '../state/store';

const SHAPE_LABELS: readonly (readonly [Shape, string])[] = [['geo', 'Geographic'], ['hex', 'Hexagons']];

/** Why a shape could not be shown, for the notices. */
export function shapeFailure(error: unknown): string {
  const reason = error instanceof DataError ? error.message : 'an unexpected error stopped it';
  return `The hexagon map could not be loaded (${reason}) — showing the geographic map`;
}

/**
 * The "Map shape" switch: areas on their real boundaries or as equal hexagons. The hexagons' layout
 * is fetched the first time they are chosen; the map changes once it is there, and a failure leaves
 * the geographic map with a notice.
 */
export function mountShapeSwitch(root: Selection<HTMLElement, unknown, null, undefined>, ctx: AppContext): void {
  const group = root.append('fieldset').attr('class', 'control level-switch shape-switch');
  group.append('legend').text('Map shape');
  let latest = 0;
  const choose = async (shape: Shape) => {
    const request = ++latest;
    group.attr('aria-busy', 'true');
    try {
      await ensureShape(ctx.atlas, shape);
      if (request === latest) ctx.update({ shape, view: null });
    } catch (error) {
      if (request === latest) ctx.store.setState({ notices: notices(ctx.store.getState().notices, [shapeFailure(error)]) });
      console.warn(error);
    } finally {
      if (request === latest) {
        group.attr('aria-busy', null);
        render();
      }
    }
  };
  for (const [value, label] of SHAPE_LABELS) {
    const option = group.append('label').attr('class', 'segment');
    option.append('input').attr('type', 'radio').attr('name', 'shape').attr('value', value).on('change', () => void choose(value));
    option.append('span').text(label);
  }
  const render = () => {
    const shape = ctx.store.getState().shape;
    group.selectAll<HTMLInputElement, unknown>('input').each(function () {
      this.checked = this.value === shape;
    });
  };
  render();
  ctx.store.subscribe((state, previous) => {
    if (state.shape !== previous.shape) render();
  });
}
