import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The CSS minifier accepts an unclosed block and silently nests every later rule in it
// (a merge once swallowed all embed rules this way).
describe.each(['./styles.css', './events/events.css'])('%s', (file) => {
  it('closes every block it opens', () => {
    const css = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    let depth = 0;
    for (const [i, line] of css.split('\n').entries()) {
      depth += (line.match(/{/g) ?? []).length - (line.match(/}/g) ?? []).length;
      expect(depth, `line ${i + 1}`).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
