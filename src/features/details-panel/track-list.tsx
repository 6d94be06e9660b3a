/**
 * A record's industry tracks (人工智能, 集成电路 …), each with the words of the record's own quote that
 * justify the tag, and a button that filters the map and lists by that track.
 */
import { atlasData } from '../../data/atlas-data';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';

export function TrackList({ id }: { id: string }) {
  const { t, name } = useT();
  const active = useAtlasStore((s) => s.filters.tracks);
  const toggle = useAtlasStore((s) => s.toggleFilter);
  const { atlas } = atlasData();
  const tags = atlas.trackTags.filter((tag) => tag.record === id);
  if (!tags.length) return null;
  return (
    <section className="tracks" data-testid="record-tracks">
      <h3>{t('panel.tracks')}</h3>
      <ul>
        {tags.map((tag) => {
          const track = atlas.tracks.find((x) => x.id === tag.track);
          if (!track) return null;
          const on = active.includes(track.id);
          return (
            <li key={tag.track} data-track={tag.track}>
              <strong>{name(track.name)}</strong>
              <blockquote lang="zh">{tag.quote}</blockquote>
              <button type="button" className="track-filter" aria-pressed={on} onClick={() => toggle('tracks', track.id)}>
                {on ? t('panel.trackFilterOff') : t('panel.trackFilterOn')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
