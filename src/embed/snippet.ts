/** The copyable embed code: an iframe for the current view and the few lines a host page needs to follow its height. */

export interface SnippetOptions {
  /** Absolute URL of the embed view (with embed=1). */
  src: string;
  /** Width in CSS pixels, or 'responsive' for the full width of the host's column. */
  width: number | 'responsive';
  /** Starting height in CSS pixels; the script then follows the embed's own height. */
  height: number;
  /** Accessible name of the iframe, e.g. "STP Atlas: Backlog maintenance, 2015/16". */
  title: string;
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A JavaScript string literal that is safe inside an HTML <script> element. */
function scriptString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function clampPixels(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.round(Math.min(max, Math.max(min, value))) : min;
}

export function embedSnippet(options: SnippetOptions): string {
  const origin = new URL(options.src).origin;
  const height = clampPixels(options.height, 200, 4000);
  const width = options.width === 'responsive' ? '100%' : String(clampPixels(options.width, 320, 4000));
  const style = options.width === 'responsive' ? 'border:0;width:100%;min-width:320px' : 'border:0;max-width:100%';
  const iframe = `<iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}" width="${width}" height="${height}" style="${style}" loading="lazy" data-stp-atlas></iframe>`;
  const script = [
    '<script>',
    '(function () {',
    `  var origin = ${scriptString(origin)};`,
    "  window.addEventListener('message', function (event) {",
    '    var data = event.data;',
    "    if (event.origin !== origin || !data || data.type !== 'stp-atlas:height' || typeof data.height !== 'number') return;",
    "    document.querySelectorAll('iframe[data-stp-atlas]').forEach(function (frame) {",
    "      if (frame.contentWindow === event.source) frame.style.height = Math.min(Math.ceil(data.height), 4000) + 'px';",
    '    });',
    '  });',
    '})();',
    '</script>',
  ];
  return `${iframe}\n${script.join('\n')}`;
}
