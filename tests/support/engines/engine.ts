/**
 * What the cross-browser smoke script may do to a page. Each engine's adapter (chromium.ts,
 * firefox.ts, webkit.ts) implements it with its own driver, so the script reads the same in all.
 * Selectors are CSS; reading the page goes through `evaluate`.
 */
export interface EnginePage {
  /** Opens a URL and resolves once it has loaded. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (awaited) result. `fn` is sent as source: it may use only `arg`. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Clicks an element with the pointer. */
  click(selector: string): Promise<void>;
  /** Chooses the option with this value in a <select>. */
  select(selector: string, value: string): Promise<void>;
  /** Types text into an element, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Focuses an element and presses keys one after the other. */
  press(selector: string, ...keys: KeyName[]): Promise<void>;
  /** PNG of an element as the engine paints it. */
  screenshot(selector: string): Promise<Buffer>;
  /** Clicks a button and returns the file the browser saved. */
  download(selector: string): Promise<{ fileName: string; text: string }>;
  /** Uncaught exceptions, console errors and failed loads since the page was opened (see recorder.ts). */
  errors(): Promise<string[]>;
}

export type KeyName = 'Enter' | 'Escape' | 'Home' | 'End' | 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface Engine {
  /** Browser name and version as the engine reports it, e.g. "Firefox 153.8.0". */
  readonly version: string;
  /** The one page the smoke script drives. */
  readonly page: EnginePage;
  close(): Promise<void>;
}

export interface EngineSpec {
  readonly name: 'chromium' | 'firefox' | 'webkit';
  /** Debian packages that provide the engine and its driver. */
  readonly packages: string[];
  /** Files the engine needs that this machine lacks (empty when it can run). */
  missing(): string[];
  /** Starts the browser with one page of this viewport. */
  launch(viewport: { width: number; height: number }): Promise<Engine>;
}
