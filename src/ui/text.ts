import type { BaseType, Selection } from 'd3-selection';

/**
 * Writes an element's text only when it differs. Writing the same words again still makes the
 * browser lay them out and repaint them, and a Play step should touch only what changed.
 */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** d3's `.text()` through setText: each element keeps its text node unless the words change. */
export function keepText<E extends Element, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>, text: string | ((datum: D) => string)): Selection<E, D, P, PD> {
  return selection.each(function (datum) {
    setText(this, typeof text === 'function' ? text(datum) : text);
  });
}
