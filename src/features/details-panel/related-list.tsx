/** Everything linked to a record, either way, grouped by kind; each item selects that record. */
import type { RecordKind } from '../../data/schema';
import { atlasData } from '../../data/atlas-data';
import { useT } from '../../i18n';
import { RecordLink } from '../../ui/record-link';

const ORDER: RecordKind[] = ['grouping', 'zone', 'carrier', 'institution', 'enterprise', 'event', 'action', 'draft', 'target', 'department', 'plan'];

export function RelatedList({ id, exclude = [] }: { id: string; exclude?: RecordKind[] }) {
  const { t } = useT();
  const related = atlasData().index.related(id);
  const kinds = ORDER.filter((k) => !exclude.includes(k) && related[k]?.length);
  return (
    <section className="related" data-testid="related">
      {kinds.map((kind) => (
        <div key={kind} className={`related-group related-${kind}`}>
          <h3>
            {t(`kinds.${kind}`)} <span className="count">{related[kind]!.length}</span>
          </h3>
          <ul>
            {related[kind]!.map((rid) => (
              <li key={rid}>
                <RecordLink id={rid} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
