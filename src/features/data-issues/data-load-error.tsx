/** Says so, with a retry, when the atlas data could not be loaded (the map's basemap still works). */
import { useT } from '../../i18n';

export function DataLoadError({ message, retry }: { message: string; retry: () => void }) {
  const { t } = useT();
  return (
    <div className="banner banner-error" role="alert">
      {t('app.dataError', { message })} <button type="button" onClick={retry}>{t('app.retry')}</button>
    </div>
  );
}
