import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeAttribute } from './snippet';

const src = 'https://example.org/atlas/index.html?level=stp&metric=backlog&period=2015-16&classify=quantile&embed=1';

describe('embedSnippet', () => {
  it('writes an iframe with an escaped src, a title and the chosen size', () => {
    const snippet = embedSnippet({ src, width: 640, height: 560, title: 'STP Atlas: Backlog maintenance, 2015/16' });
    expect(snippet).toContain('<iframe src="https://example.org/atlas/index.html?level=stp&amp;metric=backlog&amp;period=2015-16&amp;classify=quantile&amp;embed=1"');
    expect(snippet).toContain('title="STP Atlas: Backlog maintenance, 2015/16"');
    expect(snippet).toContain('width="640" height="560"');
    expect(snippet).toContain('data-stp-atlas');
  });
  it('makes a responsive iframe fill the column', () => {
    expect(embedSnippet({ src, width: 'responsive', height: 600, title: 't' })).toContain('width="100%" height="600" style="border:0;width:100%;min-width:320px"');
  });
  it('clamps silly sizes', () => {
    const snippet = embedSnippet({ src, width: 10, height: Number.NaN, title: 't' });
    expect(snippet).toContain('width="320" height="200"');
  });
  it('escapes quotes and markup in attribute values', () => {
    const snippet = embedSnippet({ src: 'https://example.org/?a="><script>alert(1)</script>', width: 400, height: 400, title: 'A "quoted" <b>title</b> & \'more\'' });
    expect(snippet).not.toContain('<script>alert');
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; &#39;more&#39;"');
    expect(snippet.match(/<iframe[^>]*>/g)).toHaveLength(1);
  });
  it('adds a short host script that follows only the atlas origin\'s height messages', () => {
    const snippet = embedSnippet({ src, width: 'responsive', height: 600, title: 't' });
    const script = snippet.slice(snippet.indexOf('<script>'));
    expect(script).toContain('var origin = "https://example.org";');
    expect(script).toContain("data.type !== 'stp-atlas:height'");
    expect(script.split('\n').length).toBeLessThanOrEqual(12);
    expect(snippet.endsWith('</script>')).toBe(true);
  });
  it('escapes every attribute-breaking character', () => {
    expect(escapeAttribute('<>&"\'')).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
