// The CLI fails with one clear line (file, row, problem) and exit code 1 on bad sources.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './build';
import { SHARED_DIR, SKIP_SHARED } from './lib/testing';

function runWith(mutate: (dir: string) => void): { status: number | null; stderr: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bad-'));
  try {
    cpSync(SHARED_DIR, dir, { recursive: true });
    mutate(dir);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'data/build.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, ATLAS_SHARED_DATA: dir },
      encoding: 'utf8',
    });
    return { status: r.status, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(SKIP_SHARED)('CLI errors', () => {
  it('reports a non-numeric population on one line and exits 1', () => {
    const r = runWith((dir) => {
      const f = path.join(dir, 'metrics/ccg_population_mid2015.csv');
      writeFileSync(f, readFileSync(f, 'utf8').replace(',159311', ',159311x'));
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('data build failed: metrics/ccg_population_mid2015.csv line 2: column "population_mid2015_all_ages" is not a number: "159311x"');
  }, 30_000);

  it('reports a missing source file and exits 1', () => {
    const r = runWith((dir) => unlinkSync(path.join(dir, 'metrics/trust_to_stp17_lookup.csv')));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('metrics/trust_to_stp17_lookup.csv: source file not found');
  }, 30_000);

  it('reports a backlog sum that does not match backlog_by_stp17.csv', () => {
    const r = runWith((dir) => {
      const f = path.join(dir, 'metrics/backlog_by_stp17.csv');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^(2015\/16,E54000012,[^,]*,\d+,\d+,\d+,\d+,\d+,)(\d+)/m, (_m, a: string, b: string) => `${a}${Number(b) + 1000}`));
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^data build failed: metrics\/backlog_by_stp17\.csv line \d+: E54000012 2015-16 backlog_total_gbp is \d+ but the trusts in metrics\/eric_backlog_by_trust_2014-15_to_2016-17\.csv sum to \d+\n$/);
  }, 30_000);
});
