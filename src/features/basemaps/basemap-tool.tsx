/**
 * The basemap chooser, a panel of the map toolbar: the embedded offline basemap (the default) and
 * the online ones, each with the hosts it asks; the policy's list of allowed hosts, said plainly;
 * loading state. Choosing one switches at once (./state.ts); closing the panel keeps the choice.
 */
import { useEffect, useId, useRef } from 'react';
import { useT, type MessageKey } from '../../i18n';
import type { ToolProps } from '../map-tools/tool-props';
import { ONLINE_BASEMAP_HOSTS, onlineBasemap, type BasemapId } from './catalog';
import { choose, useBasemapState } from './state';
import './basemaps.css';

const OPTIONS: BasemapId[] = ['offline', 'openfreemap', 'satellite', 'amap'];

export function BasemapTool({ onClose }: ToolProps) {
  const { t } = useT();
  const { chosen, status } = useBasemapState();
  const titleId = useId();
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    root.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);
  return (
    <section
      ref={root}
      className="map-tool-panel basemap-panel"
      data-testid="basemap-panel"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="map-tool-head">
        <h2 id={titleId}>{t('basemaps.title')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('basemaps.close')} title={t('basemaps.close')}>×</button>
      </header>
      <fieldset className="basemap-options">
        <legend className="visually-hidden">{t('basemaps.buttonLabel')}</legend>
        {OPTIONS.map((id) => {
          const online = onlineBasemap(id);
          return (
            <label key={id} className="basemap-option">
              <input type="radio" name="basemap" value={id} checked={chosen === id} onChange={() => void choose(id)} data-testid={`basemap-${id}`} />
              <span>
                <span className="basemap-option-name">{t(`basemaps.option.${id}` as MessageKey)}</span>
                <span className="muted">{t(`basemaps.note.${id}` as MessageKey)}</span>
                {online && <span className="muted basemap-hosts">{t('basemaps.hosts', { hosts: online.hosts.join(', ') })}</span>}
              </span>
            </label>
          );
        })}
      </fieldset>
      <p className="muted" role="status" data-testid="basemap-status" data-status={status} data-chosen={chosen}>
        {status === 'loading' ? t('basemaps.loading', { name: t(`basemaps.name.${chosen}` as MessageKey) }) : ''}
      </p>
      <p className="basemap-policy" data-testid="basemap-policy">{t('basemaps.policy', { hosts: ONLINE_BASEMAP_HOSTS.join(', ') })}</p>
    </section>
  );
}
