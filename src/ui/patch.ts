/**
 * Makes `live` show what `fresh` shows while keeping every node that is already the same, so a
 * redraw that changes two lines of the panel repaints those two lines, not the panel. An element
 * with the same tag and attributes is kept and its children patched; anything else is replaced by
 * the fresh node (with its own listeners and data). Sound for drawings whose listeners act only on
 * what their element's attributes say (an area link's href names the area it selects).
 */
export function patchChildren(live: Node, fresh: Node): void {
  const current = [...live.childNodes];
  const wanted = [...fresh.childNodes];
  wanted.forEach((node, i) => {
    const old = current[i];
    if (!old) live.appendChild(node);
    else if (old.isEqualNode(node)) return;
    else if (old instanceof Element && node instanceof Element && sameShell(old, node)) patchChildren(old, node);
    else live.replaceChild(node, old);
  });
  for (const extra of current.slice(wanted.length)) extra.remove();
}

function sameShell(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName || a.attributes.length !== b.attributes.length) return false;
  return [...a.attributes].every((attribute) => b.getAttribute(attribute.name) === attribute.value);
}
