// Vitest global setup of the unit project: prints, once per run, why the data-build tests skip.
import { missingSharedLine, SHARED_DIR, SHARED_POLICY } from './testing';

export default function announceMissingSharedData(): void {
  if (SHARED_POLICY === 'skip') console.log(missingSharedLine(SHARED_DIR, SHARED_POLICY));
}
