/**
 * An imported feature's card (a click on it on the map, a search hit, a directory row): its name, its
 * layer, the Atlas zone it falls in (a button that opens the zone), its WGS84 coordinates or "not
 * located", its address and every property — all as text; a value is a link only when it is an
 * http(s) URL (javascript: and the like stay text). Escape or × closes it.
 */
import { useEffect, useMemo } from 'react';
import { atlasData } from '../../data/atlas-data';
import { nameIn } from '../../i18n';
import { useAtlasStore } from '../../store';
import { useToolT } from '../map-tools/tool-strings';
import { useImportStore } from './import-store';
import { featureAt, pointAt } from './core/table';
import { safeHttpUrl } from './model';
import { IMPORT_STRINGS } from './strings';

export function FeatureCard() {
  const { t, lang } = useToolT(IMPORT_STRINGS);
  const selected = useImportStore((s) => s.selected);
  const layers = useImportStore((s) => s.layers);
  const select = useImportStore((s) => s.select);
  const layer = selected ? layers.find((l) => l.id === selected.layerId) : undefined;
  // Made from the layer's table only for the card (core/table.ts).
  const feature = useMemo(() => (layer && selected ? featureAt(layer.table, selected.index) : null), [layer, selected]);
  useEffect(() => {
    if (!feature) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('.import-dialog')) select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [feature, select]);
  if (!layer || !feature) return null;
  const zone = feature.zone ? atlasData().atlas.zones.find((z) => z.properties.id === feature.zone) : undefined;
  const point = pointAt(layer.table, feature.index);
  const entries = Object.entries(feature.properties);
  return (
    <section className="import-card" data-testid="import-card" aria-label={feature.name}>
      <header>
        <span className="import-swatch" style={{ background: layer.colour }} aria-hidden="true" />
        <h3 data-testid="import-card-name" dir="auto">{feature.name}</h3>
        <button type="button" className="close" aria-label={t('import.featureClose')} onClick={() => select(null)}>×</button>
      </header>
      <dl>
        <dt>{t('import.featureLayer')}</dt>
        <dd><bdi>{layer.name}</bdi></dd>
        <dt>{t('import.featureZone')}</dt>
        <dd data-testid="import-card-zone" data-zone={feature.zone ?? ''}>
          {zone ? <button type="button" className="link" onClick={() => useAtlasStore.getState().select(zone.properties.id)}>{nameIn(lang, zone.properties.name)}</button> : feature.geometry ? t('import.featureNoZone') : '—'}
        </dd>
        <dt>{t('import.featureCoords')}</dt>
        <dd data-testid="import-card-coords">{point ? `${point[0].toFixed(6)}, ${point[1].toFixed(6)}` : t('import.featureNotLocated')}</dd>
        {feature.address && (<><dt>{t('import.featureAddress')}</dt><dd dir="auto">{feature.address}</dd></>)}
      </dl>
      {entries.length > 0 && (
        <details open={entries.length <= 8}>
          <summary>{t('import.featureProps')}</summary>
          <table>
            <tbody>
              {entries.map(([k, v]) => {
                const url = safeHttpUrl(v);
                return (
                  <tr key={k}>
                    <th scope="row" dir="auto">{k}</th>
                    <td dir="auto">{url ? <a href={url} target="_blank" rel="noopener noreferrer">{String(v)}</a> : v === null ? '' : String(v)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      )}
      <p className="muted small">{t('import.featureSource', { file: layer.name })}</p>
    </section>
  );
}
