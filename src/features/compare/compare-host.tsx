/**
 * Where the comparison is drawn: its own React root in the app's root element, created on the first
 * 对比 / Compare click (the shell does not need to know about it: it is not part of a share link).
 * The store, the language and the data are module-level, so the panel reads them as any panel does.
 */
import { createRoot, type Root } from 'react-dom/client';
import { Boundary, RegionError } from '../../ui/error-boundary';
import { ComparePanel } from './compare-panel';
import { useCompareStore } from './compare-store';

let root: Root | null = null;

export function openCompare(zoneId: string): void {
  if (!root) {
    const el = document.createElement('div');
    el.className = 'compare-root';
    (document.querySelector('.app') ?? document.body).appendChild(el);
    root = createRoot(el);
    root.render(
      <Boundary fallback={(error, retry) => <RegionError error={error} retry={retry} />}>
        <ComparePanel />
      </Boundary>,
    );
  }
  useCompareStore.getState().open(zoneId);
}
