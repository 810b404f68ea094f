import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../state/state';
import { serializeUrl } from '../state/url';
import { areaLinks } from './area-href';

describe('areaLinks', () => {
  const state = { ...DEFAULT_STATE, metric: 'population' as const, period: 'mid-2015', events: ['merger' as const], view: { center: [-2, 53] as [number, number], zoom: 8 } };

  it('links an area in the view, leaving the camera to fit it, as serializeUrl would', () => {
    expect(areaLinks(state).href('E54000007')).toBe(serializeUrl({ ...state, area: 'E54000007', view: null }));
    expect(areaLinks(state).href('E38000177')).toContain('area=E38000177');
  });

  it('links alike for views that differ only in area and camera, and not otherwise', () => {
    expect(areaLinks({ ...state, area: 'E54000035', view: null }).template).toBe(areaLinks(state).template);
    expect(areaLinks({ ...state, metric: 'backlog', period: '2015-16' }).template).not.toBe(areaLinks(state).template);
  });
});
