import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript source file under src/ (tests included: they should not model the habit either). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

// Built from parts for readability; this file itself is excluded from the scan.
const FORBIDDEN = ['inner' + 'HTML', 'outer' + 'HTML', 'insertAdjacent' + 'HTML', 'document.' + 'write', 'createContextual' + 'Fragment', '.html('];

export function forbiddenUses(source: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, i) => {
    for (const word of FORBIDDEN) if (line.includes(word)) found.push(`line ${i + 1}: ${word}`);
  });
  return found;
}

describe('no HTML strings reach the DOM', () => {
  it('finds the forbidden APIs when they are used', () => {
    expect(forbiddenUses('el.inner' + 'HTML = name;')).toHaveLength(1);
    expect(forbiddenUses('document.' + 'writeln(x)')).toHaveLength(1);
    expect(forbiddenUses("sel.html('<b>')")).toHaveLength(1);
    expect(forbiddenUses('el.textContent = name;')).toEqual([]);
  });

  it('src/ never uses innerHTML, outerHTML, insertAdjacentHTML, document.write or d3 .html()', () => {
    const root = join(process.cwd(), 'src');
    const files = sources(root).filter((file) => !file.endsWith('no-innerhtml.test.ts'));
    expect(files.length).toBeGreaterThan(10);
    const offences = files.flatMap((file) => forbiddenUses(readFileSync(file, 'utf8')).map((hit) => `${relative(root, file)} ${hit}`));
    expect(offences).toEqual([]);
  });
});
