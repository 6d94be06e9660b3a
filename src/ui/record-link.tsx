/** A button that selects a record by id and shows its name (with an action's printed number). */
import { atlasData } from '../data/atlas-data';
import { nameOfRecord } from '../data/links';
import { useAtlasStore } from '../store';
import { useT } from '../i18n';

export function RecordLink({ id }: { id: string }) {
  const { name } = useT();
  const select = useAtlasStore((s) => s.select);
  const r = atlasData().index.get(id);
  if (!r) return <span className="record-link record-link-missing">{id}</span>;
  const prefix = r.kind === 'action' ? `${r.record.number} ` : '';
  return (
    <button type="button" className={`record-link kind-${r.kind}`} data-id={id} onClick={() => select(id)}>
      {prefix}
      {name(nameOfRecord(r))}
    </button>
  );
}
