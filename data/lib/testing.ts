// Helpers for the data tests: where the shared sources are, and whether their absence is allowed.
import { existsSync } from 'node:fs';
import { sharedDirFromEnv } from '../build';

export const SHARED_DIR = sharedDirFromEnv();
export const HAVE_SHARED = existsSync(SHARED_DIR);
/** Set ATLAS_ALLOW_NO_SHARED=1 to skip (not fail) source-dependent tests on a machine without ../shared/data. */
export const ALLOW_NO_SHARED = process.env['ATLAS_ALLOW_NO_SHARED'] === '1';
export const SKIP_SHARED = !HAVE_SHARED && ALLOW_NO_SHARED;
