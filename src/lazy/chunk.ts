/**
 * Chunks fetched on first use (search, embed dialog, events, MapLibre). A network blip on that
 * first use must not break the feature for the rest of the visit: a failed fetch is forgotten, so
 * the next use fetches again, and the reader is told what failed.
 */

import { tell, type AtlasStore } from '../state/store';

/** What the reader reads when a part of the page could not be fetched. */
export function loadFailedText(feature: string): string {
  return `${feature} could not load — check your connection and try again`;
}

/**
 * Wraps a dynamic import: callers at the same time share one fetch, a loaded module is kept, a
 * failed fetch calls `onFail` once and is retried on the next call. Resolves null on failure and
 * never rejects, so no caller can leave an uncaught rejection.
 */
export function lazyChunk<T>(load: () => Promise<T>, onFail: (error: unknown) => void): () => Promise<T | null> {
  let pending: Promise<T | null> | null = null;
  return () =>
    (pending ??= load().then(
      (loaded) => loaded,
      (error: unknown) => {
        pending = null;
        onFail(error);
        return null;
      },
    ));
}

/** The `onFail` of a feature's chunk: a notice for the reader (the browser's console already names the file). */
export function reportLoadFailure(store: AtlasStore, feature: string): () => void {
  return () => tell(store, loadFailedText(feature));
}
