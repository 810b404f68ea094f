import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressDir', () => {
  it('writes .br and .gz beside each text file, in subfolders too, that decompress to the same bytes', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-precompress-'));
    mkdirSync(path.join(dir, 'assets'));
    const js = 'export const x = 1;\n'.repeat(200);
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(path.join(dir, 'assets', 'a.js'), js);
    writeFileSync(path.join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(precompressDir(dir)).toBe(2);
    const file = path.join(dir, 'assets', 'a.js');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(js);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(js);
    expect(readFileSync(`${file}.br`).length).toBeLessThan(js.length / 10);
    expect(existsSync(path.join(dir, 'icon.png.br'))).toBe(false);
  });
});
