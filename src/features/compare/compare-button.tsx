/** The zone panel's 对比 / Compare button: opens the comparison with this zone as zone A (loaded on click). */
import { useT } from '../../i18n';
import './compare-button.css';

const load = () => import('./compare-host');

export function CompareButton({ zoneId }: { zoneId: string }) {
  const { t } = useT();
  return (
    <button type="button" className="compare-open-button" data-testid="compare-button" data-id={zoneId}
      onPointerEnter={() => void load()} onFocus={() => void load()} onClick={() => void load().then((m) => m.openCompare(zoneId))}>
      {t('compare.open')}
    </button>
  );
}
