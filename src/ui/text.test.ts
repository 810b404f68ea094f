import { selectAll } from 'd3-selection';
import { describe, expect, it } from 'vitest';
import { keepText, setText } from './text';

/** Stands in for an element: counts writes of its text. */
function fakeElement(text: string) {
  let current = text;
  const element = {
    writes: 0,
    get textContent() {
      return current;
    },
    set textContent(value: string) {
      element.writes++;
      current = value;
    },
  };
  return element;
}

describe('text written only when it changes', () => {
  it('leaves the same words alone and writes different ones', () => {
    const p = fakeElement('Apr 2016');
    setText(p as unknown as Element, 'Apr 2016');
    expect(p.writes).toBe(0);
    setText(p as unknown as Element, 'May 2016');
    expect([p.textContent, p.writes]).toEqual(['May 2016', 1]);
  });

  it('sets each element of a selection from its datum, writing only the changed one', () => {
    const items = [fakeElement('(a)'), fakeElement('(b)')];
    keepText(selectAll(items as unknown as Element[]).data(['a', 'c']), (d) => `(${d})`);
    expect(items.map((i) => [i.textContent, i.writes])).toEqual([['(a)', 0], ['(c)', 1]]);
  });
});
