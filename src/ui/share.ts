import { select } from 'd3-selection';
import { lazyChunk, reportLoadFailure } from '../lazy/chunk';
import type { AppContext } from '../map/context';

/**
 * "Embed", "Download PNG", "Download CSV" and "Download CSV (all metrics)" in the page header. The
 * buttons are in index.html, so the header has its final size at first paint; the export code
 * is fetched when the reader reaches for them.
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
  const dialog = lazyChunk(() => import('./embed-dialog').then(({ mountEmbedDialog }) => mountEmbedDialog(ctx)), reportLoadFailure(ctx.store, 'The embed dialog'));
  button('embed', () => void dialog().then((d) => d?.open()));

  // Fetched when the reader reaches for a button (hover, focus, touch), so a click rarely waits for
  // it; once loaded, later clicks run the export synchronously in the click handler.
  type Exports = typeof import('../export/run');
  let exportsModule: Exports | null = null;
  let loading: Promise<Exports> | null = null;
  const loadExports = () =>
    (loading ??= import('../export/run').then(
      (loaded) => {
        exportsModule = loaded;
        return loaded;
      },
      (error: unknown) => {
        loading = null; // a failed fetch is retried on the next click
        throw error;
      },
    ));
  for (const intent of ['pointerenter', 'focusin', 'touchstart'] as const) host.addEventListener(intent, () => void loadExports().catch(() => undefined), { once: true, passive: true });

  /** `clicked` is the click's timestamp: the export measures from it, so a first click's chunk fetch counts. */
  const run = (label: string, clicked: number, task: (exports: Exports, clicked: number) => Promise<string> | string) => {
    status.text('');
    const failed = (error: unknown) => {
      console.warn(`${label} failed`, error);
      status.text(`${label} failed: try again`);
    };
    const done = (fileName: string) => status.text(`${fileName} downloaded`);
    // With the chunk loaded the task starts right here in the click handler; otherwise once it arrives.
    const start = (exports: Exports) => new Promise<string>((resolve) => resolve(task(exports, clicked)));
    (exportsModule ? start(exportsModule) : loadExports().then(start)).then(done, failed);
  };
  button('png', (event) => run('Download PNG', event.timeStamp, (exports, at) => exports.downloadPng(ctx, mapElement, at)));
  button('csv', (event) => run('Download CSV', event.timeStamp, (exports, at) => exports.downloadCsv(ctx, false, at)));
  button('csv-periods', (event) => run('Download CSV (all periods)', event.timeStamp, (exports, at) => exports.downloadPeriodsCsv(ctx, at)));
  button('csv-wide', (event) => run('Download CSV (all metrics)', event.timeStamp, (exports, at) => exports.downloadCsv(ctx, true, at)));
}

