import { factsSection } from './facts';
import { familySection } from './family';
import { metricsSection } from './metrics';
import type { PanelSection } from './section';
import { successionSection } from './succession';
import { trendSection } from './trend';
import { trustSharesSection } from './trust-shares';
import { trustsSection } from './trusts';

/**
 * The panel's sections that draw only for a selected area (each view is null without one): a chunk
 * of their own, fetched when an area is first selected, so the first view of England does without them.
 */
export const areaSections: readonly PanelSection<unknown>[] = [trendSection, familySection, successionSection, trustSharesSection, factsSection, trustsSection, metricsSection];
