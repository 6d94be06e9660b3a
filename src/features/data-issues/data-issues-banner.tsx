/** Says so when some data records failed to load (the validator keeps this empty in a release). */
import { loadIssues } from '../../data/load';
import { formatIssue } from '../../data/issues';
import { useT } from '../../i18n';

export function DataIssuesBanner() {
  const { t } = useT();
  if (!loadIssues.length) return null;
  return (
    <div className="banner banner-error" role="alert">
      {t('app.dataIssues', { count: loadIssues.length })}
      <ul>{loadIssues.slice(0, 5).map((i) => <li key={formatIssue(i)}>{formatIssue(i)}</li>)}</ul>
    </div>
  );
}
