import type { AtlasState } from '../state/state';
import { serializeUrl } from '../state/url';

const AREA_PLACEHOLDER = 'E00000000';

/**
 * The links to areas in the view of `state` (the camera left to fit the area), all from one
 * serialisation: `template` tells whether two states link alike, `href` makes one area's link.
 */
export function areaLinks(state: AtlasState): { template: string; href(code: string): string } {
  const template = serializeUrl({ ...state, area: AREA_PLACEHOLDER, view: null });
  return { template, href: (code) => template.replace(AREA_PLACEHOLDER, code) };
}
