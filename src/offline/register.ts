type IdleScheduler = (callback: () => void, options: { timeout: number }) => void;

const whenIdle: IdleScheduler = (callback, options) =>
  'requestIdleCallback' in window ? void window.requestIdleCallback(callback, options) : void setTimeout(callback, 1);

/**
 * Registers the service worker (dist/sw.js, made by vite-plugin-pwa) once the map is on screen and
 * the page is idle. Installing it downloads the whole precache (about 2 MB with MapLibre): on a
 * phone's connection that must not share the line with the map's own first files, as it did when
 * the worker was registered at the load event (which fires before the data fetches end).
 */
export function registerServiceWorkerWhenIdle(schedule: IdleScheduler = whenIdle): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  schedule(() => {
    navigator.serviceWorker.register('sw.js', { scope: './' }).catch((error: unknown) => console.warn('No offline use:', error));
  }, { timeout: 5000 });
}
