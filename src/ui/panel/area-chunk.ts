import { lazyChunk } from '../../lazy/chunk';
import type { PanelSection } from './section';

export type AreaSections = readonly PanelSection<unknown>[];

/**
 * The area sections' chunk, shared by the panel (first selection), the start-up of a link to an area
 * and the prefetch at the reader's first move. A failure is only logged here: the panel tells the
 * reader when a selection is left without its sections.
 */
export const loadAreaSections = lazyChunk(
  () => import('./area-sections').then((chunk): AreaSections => chunk.areaSections),
  (error: unknown) => console.warn('Area sections unavailable', error),
);

/**
 * Asks for the area sections whenever a state has an area and they are not here yet: at most one
 * fetch at a time, and after a failure not again for the same selection (the notice it raises
 * redraws the panel), but again at the next one.
 */
export function areaSectionsGate(load: () => Promise<AreaSections | null>, onLoaded: (sections: AreaSections) => void, onFailed: () => void): (area: string | null) => void {
  let loaded = false;
  let waiting = false;
  let wanted: string | null = null;
  let failedFor: string | null = null;
  return (area) => {
    wanted = area;
    if (area === null) failedFor = null;
    if (area === null || loaded || waiting || area === failedFor) return;
    waiting = true;
    void load().then((sections) => {
      waiting = false;
      if (sections) {
        loaded = true;
        onLoaded(sections);
      } else {
        failedFor = wanted;
        if (wanted !== null) onFailed();
      }
    });
  };
}
