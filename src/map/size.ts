export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

export interface TrackedSize extends ElementSize {
  onResize(listener: () => void): void;
  /** Measures now if not yet measured (a synchronous layout if the page has changed). */
  measure(): void;
}

/**
 * The element's client size, refreshed by a ResizeObserver (which runs after layout), so a render
 * that follows a DOM change reads it without forcing a synchronous layout of the whole page. It is
 * first measured when first asked for, once the page around the element has been built.
 */
export function trackSize(element: HTMLElement): TrackedSize {
  let size: { width: number; height: number } | null = null;
  const measure = () => (size ??= { width: element.clientWidth, height: element.clientHeight });
  const listeners: (() => void)[] = [];
  new ResizeObserver(() => {
    const before = size;
    size = { width: element.clientWidth, height: element.clientHeight };
    if (before && before.width === size.width && before.height === size.height) return;
    for (const listener of listeners) listener();
  }).observe(element);
  return {
    get width() {
      return measure().width;
    },
    get height() {
      return measure().height;
    },
    onResize(listener) {
      listeners.push(listener);
    },
    measure,
  };
}
