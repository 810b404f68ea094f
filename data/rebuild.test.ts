// The committed public/ files must be exactly what the build makes from the shared sources.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAll, DETAILS_PATH, METRICS_PATH, MONTHLY_PATH, ORGS_PATH, REPO_ROOT, TOPO_PATH } from './build';
import { HEX_PATH } from './lib/hexbuild';
import { missingSharedLine, SHARED_DIR, SHARED_POLICY } from './lib/testing';

describe.skipIf(SHARED_POLICY === 'skip')('rebuild', () => {
  it('reproduces every committed data file (topology, hexes, metrics, monthly, details, organisations) byte for byte', async () => {
    if (SHARED_POLICY === 'fail') throw new Error(missingSharedLine(SHARED_DIR, SHARED_POLICY));
    const out = mkdtempSync(path.join(os.tmpdir(), 'atlas-rebuild-'));
    try {
      await buildAll({ sharedDir: SHARED_DIR, outDir: out });
      for (const rel of [TOPO_PATH, HEX_PATH, METRICS_PATH, MONTHLY_PATH, DETAILS_PATH, ORGS_PATH]) {
        const committed = path.join(REPO_ROOT, 'public', rel);
        if (!existsSync(committed)) throw new Error(`public/${rel} is missing: run npm run data`);
        const fresh = readFileSync(path.join(out, rel));
        const same = fresh.equals(readFileSync(committed));
        expect(same, `public/${rel} differs from a fresh build: run npm run data and commit the result`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
