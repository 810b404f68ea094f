export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

export interface TrackedSize extends ElementSize {
  onResize(listener: () => void): void;
}

/**
 * The element's client size, refreshed by a ResizeObserver (which runs after layout), so a render
 * that follows a DOM change reads it without forcing a synchronous layout of the whole page.
 */
export function trackSize(element: HTMLElement): TrackedSize {
  let width = element.clientWidth;
  let height = element.clientHeight;
  const listeners: (() => void)[] = [];
  new ResizeObserver(() => {
    width = element.clientWidth;
    height = element.clientHeight;
    for (const listener of listeners) listener();
  }).observe(element);
  return {
    get width() {
      return width;
    },
    get height() {
      return height;
    },
    onResize(listener) {
      listeners.push(listener);
    },
  };
}
