import { select } from 'd3-selection';
import type { AppContext } from '../map/context';

/**
 * "Embed", "Download PNG", "Download CSV" and "Download CSV (all metrics)" in the page header. The
 * buttons are in index.html, so the header has its final size at first paint; the export code
 * is fetched on the first click.
 */
export function mountShare(host: HTMLElement, ctx: AppContext, mapElement: HTMLElement): void {
  const root = select(host);
  const status = root.select<HTMLElement>('#share-status');
  const button = (action: string, onClick: (event: MouseEvent) => void) => {
    const found = root.select<HTMLButtonElement>(`button[data-share="${action}"]`);
    if (found.empty()) throw new Error(`index.html has no ${action} button`);
    found.on('click', onClick);
  };

  // The dialog and its snippet builder are fetched on the first click, like the exports.
  let dialog: Promise<{ open(): void }> | null = null;
  button('embed', () => {
    dialog ??= import('./embed-dialog').then(({ mountEmbedDialog }) => mountEmbedDialog(ctx));
    void dialog.then((d) => d.open());
  });

  /** `clicked` is the click's timestamp: the export measures from it, so the first click's chunk fetch counts. */
  const run = (label: string, clicked: number, task: (exports: typeof import('../export/run'), clicked: number) => Promise<string> | string) => {
    status.text('');
    void import('../export/run')
      .then(async (exports) => {
        const fileName = await task(exports, clicked);
        status.text(`${fileName} downloaded`);
      })
      .catch((error: unknown) => {
        console.warn(`${label} failed`, error);
        status.text(`${label} failed: try again`);
      });
  };
  button('png', (event) => run('Download PNG', event.timeStamp, (exports, at) => exports.downloadPng(ctx, mapElement, at)));
  button('csv', (event) => run('Download CSV', event.timeStamp, (exports, at) => exports.downloadCsv(ctx, false, at)));
  button('csv-wide', (event) => run('Download CSV (all metrics)', event.timeStamp, (exports, at) => exports.downloadCsv(ctx, true, at)));
}
