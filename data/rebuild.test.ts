// The committed public/ files must be exactly what the build makes from the shared sources.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAll, METRICS_PATH, ORGS_PATH, REPO_ROOT, TOPO_PATH } from './build';
import { HEX_PATH } from './lib/hexbuild';
import { ALLOW_NO_SHARED, HAVE_SHARED, SHARED_DIR } from './lib/testing';

describe('rebuild', () => {
  it('reproduces atlas.topo.json, ccg-hex.hexjson, metrics.json and orgs.json byte for byte', async () => {
    if (!HAVE_SHARED) {
      if (ALLOW_NO_SHARED) {
        console.warn(`rebuild test skipped: no shared sources at ${SHARED_DIR} (ATLAS_ALLOW_NO_SHARED=1)`);
        return;
      }
      throw new Error(
        `Shared sources not found at ${SHARED_DIR}: set ATLAS_SHARED_DATA to the shared data folder, or ATLAS_ALLOW_NO_SHARED=1 to skip this test.`,
      );
    }
    const out = mkdtempSync(path.join(os.tmpdir(), 'atlas-rebuild-'));
    try {
      await buildAll({ sharedDir: SHARED_DIR, outDir: out });
      for (const rel of [TOPO_PATH, HEX_PATH, METRICS_PATH, ORGS_PATH]) {
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
