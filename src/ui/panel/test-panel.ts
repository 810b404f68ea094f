// For the sections' unit tests: the real data, and states to view it in.
import { testAtlas, testChoropleth, testGeography } from '../../data/test-atlas';
import { DEFAULT_STATE, type AtlasState } from '../../state/state';
import type { PanelData } from './section';

export const panelData: PanelData = { atlas: testAtlas, choropleth: testChoropleth };

export const GREATER_MANCHESTER = 'E54000007';
export const SURREY_HEARTLANDS = 'E54000035';
export const LANCASHIRE_AND_SOUTH_CUMBRIA = 'E54000048';
export const SURREY_DOWNS_CCG = 'E38000177';
export const CUMBRIA_CCG = 'E38000041';
export const DUDLEY_CCG = 'E38000046';

export function stateWith(patch: Partial<AtlasState>): AtlasState {
  return { ...DEFAULT_STATE, ...patch };
}

/** The geography a state is drawn on, as ctx.geography(state) gives it. */
export function geographyOf(state: AtlasState) {
  return testGeography(state.level, state.orgs, state.shape);
}
