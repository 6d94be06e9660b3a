/**
 * The map toolbar's "地铁 / Metro" toggle. Tiny: the layer, its data and its legend load on the
 * first click (lazyFeature), and go when it is switched off.
 */
import { lazyFeature } from '../../ui/lazy-feature';
import { useT } from '../../i18n';
import { useMetroStore } from './metro-store';

const MetroAccess = lazyFeature(() => import('./metro-access'), 'MetroAccess');

export function MetroButton() {
  const { t } = useT();
  const on = useMetroStore((s) => s.on);
  const setOn = useMetroStore((s) => s.setOn);
  return (
    <>
      <button type="button" className="map-tool-button metro-button" data-testid="metro-toggle" aria-pressed={on}
        title={t('metro.toggleLabel')} onPointerEnter={MetroAccess.preload} onFocus={MetroAccess.preload} onClick={() => setOn(!on)}>
        {t('metro.toggle')}
      </button>
      {on && <MetroAccess />}
    </>
  );
}
