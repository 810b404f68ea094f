import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key } from 'selenium-webdriver';
import { savedDownload } from './downloads';
import type { EngineSpec, KeyName } from './engine';
import { withRecorder } from './recorder';

const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';

/** Debian installs MiniBrowser beside the WebKitGTK library, in the machine's multiarch folder. */
function miniBrowserPath(): string {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const lib = '/usr/lib';
  const arch = existsSync(lib) ? readdirSync(lib).find((dir) => existsSync(join(lib, dir, 'webkit2gtk-4.1/MiniBrowser'))) : undefined;
  return join(lib, arch ?? `${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu`, 'webkit2gtk-4.1/MiniBrowser');
}

const KEYS: Record<KeyName, string> = { Enter: Key.ENTER, Escape: Key.ESCAPE, Home: Key.HOME, End: Key.END, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT };

/** Starts a private X server (MiniBrowser needs a display) and resolves with its display name. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  xvfb.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve, reject) => {
    xvfb.stdout!.once('data', (chunk: Buffer) => resolve({ display: `:${chunk.toString().trim()}`, process: xvfb }));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${log.slice(-500)}`)));
  });
}

/** Runs in the page: cuts an element's box out of a PNG of the whole viewport (CSS pixels = device pixels here). */
async function cropToElement({ png, selector }: { png: string; selector: string }): Promise<string> {
  const box = document.querySelector(selector)!.getBoundingClientRect();
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width);
  canvas.height = Math.round(box.height);
  canvas.getContext('2d')!.drawImage(image, -Math.round(box.left), -Math.round(box.top));
  return canvas.toDataURL('image/png').split(',')[1]!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForDriver(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(`${url}/status`).then((r) => r.ok, () => false)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${WEBKIT_DRIVER} did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * WebKitGTK (Safari's engine): Debian's MiniBrowser through WebKitWebDriver and the W3C WebDriver
 * protocol (selenium-webdriver), on a private Xvfb display. MiniBrowser saves downloads in its
 * home, so it gets an empty one of its own and the test reads the file it wrote.
 */
export const webkitEngine: EngineSpec = {
  name: 'webkit',
  packages: ['webkit2gtk-driver', 'xvfb'],
  missing: () => [WEBKIT_DRIVER, miniBrowserPath(), XVFB].filter((file) => !existsSync(file)),
  async launch(viewport) {
    const home = mkdtempSync(join(tmpdir(), 'smoke-webkit-'));
    const xvfb = await startXvfb();
    const port = await freePort();
    const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display, HOME: home } });
    const stop = () => {
      driverProcess.kill();
      xvfb.process.kill();
      rmSync(home, { recursive: true, force: true });
    };
    try {
      await waitForDriver(`http://127.0.0.1:${port}`);
      const driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] } })
        .build();
      const version = `WebKitGTK ${(await driver.getCapabilities()).get('browserVersion')}`;
      // MiniBrowser's toolbar takes part of the window: size it so that the page gets the whole viewport.
      await driver.manage().window().setRect(viewport);
      const inner = (await driver.executeScript('return [innerWidth, innerHeight]')) as [number, number];
      await driver.manage().window().setRect({ width: 2 * viewport.width - inner[0], height: 2 * viewport.height - inner[1] });
      const element = (selector: string) => driver.findElement(By.css(selector));
      const evaluate = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg);
      const page = withRecorder({
        goto: (url) => driver.get(url),
        evaluate,
        click: (selector) => element(selector).click(),
        select: (selector, value) => element(`${selector} option[value="${value}"]`).click(),
        type: (selector, text) => element(selector).sendKeys(text),
        press: (selector, ...keys) => element(selector).sendKeys(...keys.map((key) => KEYS[key])),
        // WebKitWebDriver's own element screenshot paints black whatever lies lower than the viewport's
        // height less twice the element's top, so take the viewport and crop it to the element.
        screenshot: async (selector) => Buffer.from(await evaluate(cropToElement, { png: await driver.takeScreenshot(), selector }), 'base64'),
        download: (selector) => savedDownload(home, () => element(selector).click()),
      });
      return {
        version,
        page,
        async close() {
          try {
            await driver.quit();
          } finally {
            stop();
          }
        },
      };
    } catch (error) {
      stop();
      throw error;
    }
  },
};
