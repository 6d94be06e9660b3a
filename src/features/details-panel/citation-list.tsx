/** A record's quotes, each with a button that opens the source reader at that sentence. */
import type { Citation } from '../../data/schema';
import { atlasData } from '../../data/atlas-data';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';

export function seedTitle(seed: string, name: (n: { zh: string; en?: string }) => string): string {
  const plan = atlasData().atlas.plans.find((p) => p.seed === seed);
  return plan ? name(plan.name) : seed;
}

export function CitationList({ citations }: { citations: Citation[] }) {
  const { t, name } = useT();
  const openReader = useAtlasStore((s) => s.openReader);
  return (
    <section className="citations">
      <h3>{t('panel.citations')}</h3>
      {citations.map((c, i) => (
        <figure key={`${c.seed}-${i}`} className="citation">
          <blockquote lang="zh">{c.quote}</blockquote>
          <figcaption>
            <span className="citation-seed">{seedTitle(c.seed, name)}</span>{' '}
            <button type="button" className="open-source" onClick={() => openReader(c)}>
              {t('panel.openSource')}
            </button>
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
