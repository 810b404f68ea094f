// Helpers for the data tests: where the shared sources are, and what their absence means.
// On a fresh clone without ../shared/data the source-dependent tests skip (one line says why);
// under CI the absence is a failure, so a CI run can never pass without checking the data build.
import { existsSync } from 'node:fs';
import { sharedDirFromEnv } from '../build';

export type SharedPolicy = 'run' | 'skip' | 'fail';

/** CI as CI services set it: any value but empty, "0" or "false". */
export function isCi(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export function sharedPolicy(haveShared: boolean, ci: boolean): SharedPolicy {
  if (haveShared) return 'run';
  return ci ? 'fail' : 'skip';
}

/** The one line a test run prints (or fails with) when the source data is missing. */
export function missingSharedLine(dir: string, policy: SharedPolicy): string {
  const how = 'put the shared data folder at ../shared/data or set ATLAS_SHARED_DATA=/path/to/shared/data';
  return policy === 'fail'
    ? `Source data not found at ${dir}, and CI is set, so the data-build tests fail: ${how}.`
    : `Skipping the data-build tests: source data not found at ${dir} (the app and its committed data need it only to rebuild); to run them, ${how}.`;
}

export const SHARED_DIR = sharedDirFromEnv();
export const HAVE_SHARED = existsSync(SHARED_DIR);
export const SHARED_POLICY = sharedPolicy(HAVE_SHARED, isCi(process.env['CI']));
/** Source-dependent suites skip when the sources are missing; rebuild.test.ts alone fails for it under CI. */
export const SKIP_SHARED = !HAVE_SHARED;
