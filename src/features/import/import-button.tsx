/**
 * The header's 导入 / Import button (issue 12), on the first screen: a real `<input type="file">`
 * inside its label, so the system's file chooser opens and keyboard users reach it as a button. The
 * picked files go to the import's interface (`import-queue.ts`), which loads after the first screen.
 */
import { useT } from '../../i18n';
import { ACCEPT } from './core/limits';
import { requestImport } from './import-queue';
import './import-button.css';

export function ImportButton() {
  const { t } = useT();
  return (
    <label className="import-button" title={t('import.buttonTitle')} data-testid="import-button">
      <input
        type="file"
        multiple
        accept={ACCEPT}
        data-testid="import-input"
        onChange={(e) => {
          const input = e.currentTarget;
          requestImport([...(input.files ?? [])]);
          input.value = ''; // the same file can be picked again
        }}
      />
      {t('import.button')}
    </label>
  );
}
