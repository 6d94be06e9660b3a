/**
 * The map's legend: a collapsible panel over the map's lower left corner explaining every colour and
 * symbol drawn — plans, zones, place kinds (a symbol at a place's own point; a zone's badge counting the
 * places known only to lie in it), clusters,
 * highlights and metro lines by number. A real button toggles it (keyboard reachable, aria-expanded).
 */
import { useId, useMemo, useState } from 'react';
import { atlasData } from '../../data/atlas-data';
import { placeIconDataUrl } from '../../map/layers/place-icons';
import { useT } from '../../i18n';
import { HIGHLIGHT_CSS, metroEntries, PLACE_KINDS, planEntries, PRECISION_SAMPLES } from './legend-entries';
import './map-legend.css';

export function MapLegend() {
  const { t, lang } = useT();
  // Open on a wide screen; on a phone it would cover most of the map, so it starts folded.
  const [open, setOpen] = useState(() => !window.matchMedia('(max-width: 640px)').matches);
  const bodyId = useId();
  const plans = useMemo(() => planEntries(atlasData().atlas.plans, lang), [lang]);
  const icons = useMemo(
    () => Object.fromEntries(PLACE_KINDS.flatMap((k) => (['solid', 'hollow'] as const).map((s) => [`${k}-${s}`, placeIconDataUrl(k, s)]))),
    [],
  );
  return (
    <section className={`map-legend${open ? ' open' : ''}`} data-testid="map-legend" aria-label={t('maplegend.title')}>
      <button type="button" className="map-legend-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        {t('maplegend.title')} {open ? '▾' : '▸'}
      </button>
      <div id={bodyId} className="map-legend-body" hidden={!open}>
        <h3>{t('maplegend.plans')}</h3>
        <ul>
          {plans.map((p) => (
            <li key={p.colour} title={p.title} data-testid="legend-plan">
              <span className="swatch" style={{ background: p.colour.replace(', 1)', ', 0.35)'), borderColor: p.colour }} aria-hidden="true" />
              {p.label}
            </li>
          ))}
        </ul>
        <p className="map-legend-note">{t('maplegend.zones')}</p>
        <h3>{t('maplegend.outlines')}</h3>
        <ul>
          {PRECISION_SAMPLES.map(({ key, precisions, dash }) => (
            <li key={key} data-testid="legend-precision">
              <svg width="28" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="28" y2="4" stroke="#555" strokeWidth="2" strokeDasharray={dash} />
              </svg>
              {precisions.map((p) => t(`precision.${p}`)).join(' / ')}
            </li>
          ))}
        </ul>
        <h3>{t('maplegend.places')}</h3>
        <ul className="map-legend-places">
          {PLACE_KINDS.map((k) => (
            <li key={k} data-testid="legend-place-kind">
              <img src={icons[`${k}-solid`]} alt="" width={16} height={16} />
              {t(`kind.${k}`)}
            </li>
          ))}
        </ul>
        <p className="map-legend-note">{t('maplegend.solid')}</p>
        <p className="map-legend-badge-row" data-testid="legend-badge">
          <span className="map-legend-badge" aria-hidden="true">
            {PLACE_KINDS.map((k, i) => (
              <span key={k}><img src={icons[`${k}-hollow`]} alt="" width={11} height={11} />{[12, 3, 2][i]}</span>
            ))}
          </span>
          {t('maplegend.badge')}
        </p>
        <p className="map-legend-note">{t('maplegend.placesZoom')}</p>
        <ul>
          <li><span className="disc dark" aria-hidden="true">3</span>{t('maplegend.cluster')}</li>
          <li><span className="disc" style={{ background: HIGHLIGHT_CSS }} aria-hidden="true">3</span>{t('maplegend.linked')}</li>
          <li><span className="swatch selected" aria-hidden="true" />{t('maplegend.selected')}</li>
        </ul>
        <h3>{t('maplegend.metro')}</h3>
        <ul className="map-legend-metro">
          {metroEntries().map((m) => (
            <li key={m.line} title={t('maplegend.line', { line: m.line })}>
              <span className="line" style={{ background: m.colour }} aria-hidden="true" />
              {m.line}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
