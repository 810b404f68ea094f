import type { AtlasStore } from '../state/store';

/**
 * At phone width the "Area details" panel is a bottom sheet: a handle toggles it (and can be
 * dragged), and selecting an area opens it.
 */
export function attachBottomSheet(panel: HTMLElement, store: AtlasStore): void {
  const handle = document.createElement('button');
  handle.type = 'button';
  handle.className = 'sheet-handle';
  handle.setAttribute('aria-controls', panel.id);
  const label = document.createElement('span');
  handle.append(label);
  panel.prepend(handle);

  const setOpen = (open: boolean) => {
    panel.classList.toggle('sheet-open', open);
    panel.style.removeProperty('--sheet-height');
    handle.setAttribute('aria-expanded', String(open));
    label.textContent = open ? 'Hide details' : 'Show details';
  };
  setOpen(false);
  let dragStart: { y: number; height: number } | null = null;
  let dragged = false;
  handle.addEventListener('pointerdown', (event) => {
    dragStart = { y: event.clientY, height: panel.getBoundingClientRect().height };
    dragged = false;
    handle.setPointerCapture(event.pointerId);
  });
  handle.addEventListener('pointermove', (event) => {
    if (!dragStart) return;
    const delta = dragStart.y - event.clientY;
    if (Math.abs(delta) > 6) dragged = true;
    if (dragged) {
      const height = Math.min(window.innerHeight * 0.9, Math.max(56, dragStart.height + delta));
      panel.classList.add('sheet-open');
      panel.style.setProperty('--sheet-height', `${height}px`);
    }
  });
  handle.addEventListener('pointerup', () => {
    if (dragged) {
      const open = panel.getBoundingClientRect().height > 120;
      handle.setAttribute('aria-expanded', String(open));
      label.textContent = open ? 'Hide details' : 'Show details';
      panel.classList.toggle('sheet-open', open);
    }
    dragStart = null;
  });
  handle.addEventListener('click', () => {
    if (!dragged) setOpen(!panel.classList.contains('sheet-open'));
    dragged = false;
  });
  store.subscribe((s, p) => {
    if (s.area !== p.area && s.area) setOpen(true);
  });
}
