/**
 * A carrier's, institution's or enterprise's nearest metro stations, with straight-line distances, in
 * its panel (mounted by details-panel/record-facts.tsx, loaded on demand). A place with its own point:
 * the three stations nearest that point. A place known only to lie in a zone (schematic): the three
 * nearest that zone's boundary (0 inside), said so — never measured from the map's schematic spot.
 */
import { useEffect, useState } from 'react';
import { atlasData } from '../../data/atlas-data';
import { loadedStations, loadStations, nearestStations, nearestStationsToArea, type Station, type StationDistance } from '../../data/stations';
import { useToolT } from '../map-tools/tool-strings';
import * as STRINGS from './strings';
import { formatMetres } from './format';

const COUNT = 3;

export function NearestStations({ id }: { id: string }) {
  const { t, lang, name } = useToolT(STRINGS);
  const [stations, setStations] = useState<Station[] | null>(loadedStations);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (stations) return;
    let live = true;
    loadStations().then((s) => live && setStations(s), (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [stations]);

  const data = atlasData();
  const r = data.index.get(id);
  if (!r || (r.kind !== 'carrier' && r.kind !== 'institution' && r.kind !== 'enterprise')) return null;
  const own = r.record.geometry ? (r.record.geometry.coordinates as [number, number]) : null;
  const zone = own ? null : data.atlas.zones.find((z) => r.record.properties.zones.includes(z.properties.id));
  if (!own && !zone) return null;

  let list: StationDistance[] = [];
  if (stations && own) list = nearestStations(stations, own, COUNT);
  else if (stations && zone) {
    list = nearestStationsToArea(stations, zone as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>, COUNT);
  }
  return (
    <section className="nearest-stations" data-testid="nearest-stations" data-basis={own ? 'own-point' : 'zone'}>
      <h3>{t('reach.nearest.title')}</h3>
      <p className="muted">{zone ? t('reach.nearest.toZone', { zone: name(zone.properties.name) }) : t('reach.nearest.straight')}</p>
      {error && <p role="alert">{t('reach.nearest.error', { message: error })}</p>}
      {!stations && !error && <p className="muted">{t('reach.nearest.loading')}</p>}
      {list.length > 0 && (
        <ol>
          {list.map(({ station, metres }) => (
            <li key={station.id} data-id={station.id} data-metres={Math.round(metres)}>
              {station.name.zh}
              {lang === 'en' && <span className="muted"> ({station.pinyin}, pinyin)</span>}
              {station.lines.length > 0 && <span className="muted"> · {t('reach.lines', { lines: station.lines.join(' / ') })}</span>}
              {' — '}{formatMetres(metres, lang)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
