import { select } from 'd3-selection';
import { embedSnippet } from '../embed/snippet';
import type { AppContext } from '../map/context';
import { viewHref } from '../state/url';

const WIDTHS = [
  { value: 'responsive', label: 'Full width of the column' },
  { value: '400', label: '400 px' },
  { value: '640', label: '640 px' },
  { value: '960', label: '960 px' },
] as const;

/** The URL of the current view in embed mode, absolute, for the snippet. */
export function embedUrl(ctx: AppContext): string {
  return viewHref({ ...ctx.store.getState(), embed: true, search: false }, window.location);
}

/** The "Embed this map" dialog: a native modal <dialog> (focus stays inside, Escape closes). */
export function mountEmbedDialog(ctx: AppContext): { open(): void } {
  const dialog = select(document.body).append('dialog').attr('class', 'embed-dialog').attr('aria-labelledby', 'embed-dialog-title').attr('aria-describedby', 'embed-dialog-help');
  dialog.append('h2').attr('id', 'embed-dialog-title').text('Embed this map');
  dialog.append('p').attr('id', 'embed-dialog-help').attr('class', 'hint').text('Paste this code into your page. The iframe shows the current view; the short script lets it grow and shrink to fit its content.');
  const options = dialog.append('div').attr('class', 'embed-options');
  const widthField = options.append('div').attr('class', 'control');
  widthField.append('label').attr('for', 'embed-width').text('Width');
  const width = widthField.append('select').attr('id', 'embed-width');
  for (const w of WIDTHS) width.append('option').attr('value', w.value).text(w.label);
  const heightField = options.append('div').attr('class', 'control');
  heightField.append('label').attr('for', 'embed-height').text('Starting height (px)');
  const height = heightField.append('input').attr('id', 'embed-height').attr('type', 'number').attr('min', 200).attr('max', 4000).attr('step', 10).property('value', '640');
  dialog.append('label').attr('for', 'embed-code').attr('class', 'embed-code-label').text('Embed code');
  const code = dialog.append('textarea').attr('id', 'embed-code').attr('class', 'embed-code').attr('readonly', '').attr('rows', 10).attr('spellcheck', 'false');
  const actions = dialog.append('div').attr('class', 'embed-actions');
  const copied = dialog.append('p').attr('class', 'hint embed-copied').attr('aria-live', 'polite');
  const preview = actions.append('a').attr('class', 'embed-preview').attr('target', '_blank').attr('rel', 'noopener').text('Preview the embed');
  const copy = actions.append('button').attr('type', 'button').attr('class', 'button-primary').text('Copy');
  actions.append('button').attr('type', 'button').attr('class', 'button-secondary').text('Close').on('click', () => dialog.node()!.close());

  const refresh = () => {
    const src = embedUrl(ctx);
    const w = width.property('value') as string;
    const title = `STP Atlas: ${ctx.choropleth().title}, by ${ctx.store.getState().level.toUpperCase()}`;
    code.property('value', embedSnippet({ src, width: w === 'responsive' ? 'responsive' : Number(w), height: Number(height.property('value')), title }));
    preview.attr('href', src);
  };
  // showModal makes the page inert; this keeps Tab cycling inside the dialog instead of leaving for the browser's own UI.
  dialog.on('keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.node()!.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')].filter((el) => !el.hasAttribute('disabled'));
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  width.on('change', refresh);
  height.on('input', refresh);
  const selectText = () => {
    const area = code.node()!;
    area.focus();
    area.select();
    area.scrollTop = 0;
  };
  copy.on('click', () => {
    const text = code.property('value') as string;
    const fallback = () => {
      selectText();
      copied.text('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    };
    if (!navigator.clipboard?.writeText) return fallback();
    navigator.clipboard.writeText(text).then(() => copied.text('Copied to the clipboard.'), fallback);
  });
  return {
    open() {
      refresh();
      copied.text('');
      dialog.node()!.showModal();
      selectText();
    },
  };
}
