import { select } from 'd3-selection';
import type { AppContext } from '../map/context';

/**
 * "Embed", "Download PNG", "Download CSV" and "Download CSV (all metrics)" in the page header. The
 * export code is fetched on the first click.
 */
export function mountShare(host: HTMLElement, ctx: AppContext, mapElement: HTMLElement): void {
  const root = select(host);
  const status = root.append('span').attr('class', 'visually-hidden').attr('aria-live', 'polite').attr('id', 'share-status');
  const button = (label: string, onClick: () => void) => root.append('button').attr('type', 'button').attr('class', 'button-secondary share-button').text(label).on('click', onClick);

  // The dialog and its snippet builder are fetched on the first click, like the exports.
  let dialog: Promise<{ open(): void }> | null = null;
  button('Embed', () => {
    dialog ??= import('./embed-dialog').then(({ mountEmbedDialog }) => mountEmbedDialog(ctx));
    void dialog.then((d) => d.open());
  });

  const run = (label: string, task: (exports: typeof import('../export/run')) => Promise<string> | string) => {
    status.text('');
    void import('../export/run')
      .then(async (exports) => {
        const fileName = await task(exports);
        status.text(`${fileName} downloaded`);
      })
      .catch((error: unknown) => {
        console.warn(`${label} failed`, error);
        status.text(`${label} failed: try again`);
      });
  };
  button('Download PNG', () => run('Download PNG', (exports) => exports.downloadPng(ctx, mapElement)));
  button('Download CSV', () => run('Download CSV', (exports) => exports.downloadCsv(ctx, false)));
  button('Download CSV (all metrics)', () => run('Download CSV (all metrics)', (exports) => exports.downloadCsv(ctx, true)));
}
