/** A small coloured label naming a record kind. */
import type { RecordKind } from '../data/schema';
import { useT } from '../i18n';

export function KindBadge({ kind }: { kind: RecordKind }) {
  const { t } = useT();
  return <span className={`kind-badge kind-${kind}`}>{t(`kind.${kind}`)}</span>;
}
