/**
 * Where focus goes back to when a panel closes. The element that opened a panel is often gone by
 * then (a zone button in the list the panel replaced), so what is remembered is how to find it again:
 * a selector by `data-id` for list items, the map canvas for the map. One document listener keeps the
 * last focused element; a panel reads it when it opens.
 */
let lastFocused: Element | null = null;
let installed = false;

function install(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('focusin', (e) => {
    lastFocused = e.target instanceof Element ? e.target : null;
  });
}
install();

/** A way to find the element that had focus last, or null for none worth returning to. */
export function openerSelector(): string | null {
  const el = lastFocused;
  if (!el) return null;
  if (el.classList.contains('maplibregl-canvas')) return '.maplibregl-canvas';
  const id = el.getAttribute('data-id');
  if (id && el.classList.length) return `.${el.classList[0]}[data-id="${CSS.escape(id)}"]`;
  return null;
}

/** Focuses what `selector` finds once it is rendered (the next frames), else `fallback`. */
export function returnFocus(selector: string | null, fallback = '.maplibregl-canvas'): void {
  let tries = 0;
  const attempt = () => {
    const el = (selector && document.querySelector<HTMLElement>(selector)) || (tries > 3 ? document.querySelector<HTMLElement>(fallback) : null);
    if (el) el.focus();
    else if (tries++ < 5) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
