import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnginePage } from './engine';

/**
 * A classic script served before the app's own, recording what a reader's console would show as an
 * error: uncaught exceptions, unhandled rejections, console.error calls, resources that failed to
 * load and Content-Security-Policy violations. WebDriver classic has no page events and no init
 * scripts, so this is how WebKit reports errors; the other engines add their drivers' own events.
 */
const RECORDER = `(() => {
  const errors = (window.__smokeErrors = []);
  const consoleError = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map(String).join(' '));
    return consoleError.apply(this, args);
  };
  addEventListener('error', (event) => {
    const target = event.target;
    if (event instanceof ErrorEvent) errors.push('uncaught: ' + event.message);
    else errors.push('failed to load: ' + (target.src || target.href || target.tagName));
  }, true);
  addEventListener('unhandledrejection', (event) => errors.push('unhandled rejection: ' + ((event.reason && event.reason.message) || String(event.reason))));
  document.addEventListener('securitypolicyviolation', (event) => errors.push('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI));
})();
`;

const SCRIPT_NAME = 'smoke-recorder.js';

const PRECACHE = 'precacheAndRoute([';

/**
 * Server overrides that serve dist/'s index.html with the recorder as its first script, and the
 * service worker with the recorder in its precache, so that a page reloaded offline records too.
 */
export function recorderFiles(root = 'dist'): Record<string, string> {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const firstScript = html.indexOf('<script');
  if (firstScript < 0) throw new Error(`${root}/index.html has no <script> to put the recorder before`);
  const patched = `${html.slice(0, firstScript)}<script src="./${SCRIPT_NAME}"></script>\n    ${html.slice(firstScript)}`;
  const worker = readFileSync(join(root, 'sw.js'), 'utf8');
  if (!worker.includes(PRECACHE)) throw new Error(`${root}/sw.js has no ${PRECACHE}: the recorder cannot be precached`);
  const revision = createHash('sha256').update(RECORDER).digest('hex').slice(0, 32);
  return { 'index.html': patched, [SCRIPT_NAME]: RECORDER, 'sw.js': worker.replace(PRECACHE, `${PRECACHE}{url:"${SCRIPT_NAME}",revision:"${revision}"},`) };
}

export type DriverPage = Omit<EnginePage, 'errors'>;

/**
 * Completes a driver's page with `errors()`: what the recorder saw in every document the page has
 * shown (read before each navigation), plus `nativeErrors` the driver itself reports.
 */
export function withRecorder(page: DriverPage, nativeErrors: readonly string[] = []): EnginePage {
  const earlier: string[] = [];
  let visited = false;
  const recorded = () => page.evaluate(() => (window as unknown as { __smokeErrors?: string[] }).__smokeErrors ?? [`no error recorder in ${location.href}: serve the app with recorderFiles()`], undefined);
  return {
    ...page,
    async goto(url) {
      if (visited) earlier.push(...(await recorded()));
      await page.goto(url);
      visited = true;
    },
    errors: async () => [...nativeErrors, ...earlier, ...(visited ? await recorded() : [])],
  };
}
