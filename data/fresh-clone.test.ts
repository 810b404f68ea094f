// A fresh clone has no ../shared/data: `npm test` must pass there, saying once why the data-build
// tests skip, while under CI the same absence must fail the run.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './build';
import { isCi, missingSharedLine, sharedPolicy } from './lib/testing';

const SOURCE_SUITES = ['data/rebuild.test.ts', 'data/build.test.ts', 'data/cli.test.ts', 'data/lib/join.test.ts', 'data/lib/cumbria.test.ts', 'data/lib/successions.test.ts', 'data/lib/trusts.test.ts', 'data/corrections.test.ts'];
const MISSING = '/nonexistent/atlas-shared-data';

function runSourceSuites(ci: string): { status: number | null; out: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_SHARED_DATA: MISSING, CI: ci };
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', ...SOURCE_SUITES], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('missing source data', () => {
  it('reads CI as CI services set it', () => {
    expect([undefined, '', '0', 'false', 'FALSE'].map(isCi)).toEqual([false, false, false, false, false]);
    expect(['true', '1', 'yes'].map(isCi)).toEqual([true, true, true]);
    expect([sharedPolicy(true, true), sharedPolicy(false, false), sharedPolicy(false, true)]).toEqual(['run', 'skip', 'fail']);
  });

  it('skips the source suites with one line on a machine without it, and fails them under CI', () => {
    const local = runSourceSuites('');
    expect(local.out).toContain(missingSharedLine(MISSING, 'skip'));
    expect(local.out.split(missingSharedLine(MISSING, 'skip')).length - 1).toBe(1);
    expect(local.status).toBe(0);

    const ci = runSourceSuites('true');
    expect(ci.out).toContain(missingSharedLine(MISSING, 'fail'));
    expect(ci.status).not.toBe(0);
  }, 120_000);
});
