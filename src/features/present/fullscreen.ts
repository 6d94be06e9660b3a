/**
 * Full screen through the Fullscreen API, on the app's root (so that the map and the presenter's
 * card go full screen together). Refused (no user gesture, a policy, an iframe) or unsupported
 * (iPhone Safari) resolves false: the presenter then fills the window and says so.
 */
export async function enterFullscreen(el: Element): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fullscreenEnabled || typeof el.requestFullscreen !== 'function') return false;
  try {
    await el.requestFullscreen({ navigationUI: 'hide' });
    return document.fullscreenElement === el;
  } catch {
    return false;
  }
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** The element that goes full screen: the app shell (src/app.tsx renders `.app`), else the page. */
export function appRoot(from?: Element | null): HTMLElement {
  return (from?.closest<HTMLElement>('.app') ?? document.querySelector<HTMLElement>('.app') ?? document.documentElement);
}
