/** Timers, handed in so that tests can run time themselves (the Play timeline, the URL's writes). */
export interface Clock {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const windowClock: Clock = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };
