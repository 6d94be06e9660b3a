/**
 * The synthetic layer's own small control (a MapLibre IControl, plain DOM): the "synthetic data" label,
 * progress while loading, and the track / founding-year / size filters that drive the GPU filter.
 */
import type { IControl } from 'maplibre-gl';
import { translate, type Lang, type MessageKey } from '../../i18n';
import { SIZES, TRACKS, YEAR_MAX, YEAR_MIN } from './attributes';
import { ALL, type SyntheticFilter } from './filters';
import type { Phase } from './protocol';

const SIZE_KEYS: Record<(typeof SIZES)[number]['id'], MessageKey> = {
  micro: 'synthetic.sizeMicro', small: 'synthetic.sizeSmall', medium: 'synthetic.sizeMedium', large: 'synthetic.sizeLarge',
};
const PHASE_KEYS: Record<Phase, MessageKey> = { fetch: 'synthetic.phaseFetch', generate: 'synthetic.phaseGenerate', assign: 'synthetic.phaseAssign' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, style: Partial<CSSStyleDeclaration> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e.style, style);
  if (text !== undefined) e.textContent = text;
  return e;
}

export class SyntheticPanel implements IControl {
  private root = el('div', {
    background: 'rgba(255,255,255,0.96)', padding: '8px 10px', borderRadius: '6px', boxShadow: '0 1px 4px rgba(0,0,0,0.25)',
    font: '12px/1.4 "Noto Sans SC", system-ui, sans-serif', color: '#333', width: '250px', pointerEvents: 'auto',
    border: '2px solid #b45309',
  });
  private status = el('div', { marginTop: '6px' });
  private counts = el('div', { marginTop: '4px', color: '#555' });
  private controls = el('div', { marginTop: '6px', display: 'none' });
  private yearLabel = el('div');
  private filter: SyntheticFilter = { ...ALL };
  private t: (key: MessageKey, vars?: Record<string, string | number>) => string;

  constructor(lang: Lang, pointsZoom: number, private onChange: (f: SyntheticFilter) => void) {
    this.t = (key, vars) => translate(lang, key, vars);
    const t = this.t;
    this.root.className = 'maplibregl-ctrl synthetic-enterprises-panel';
    this.root.setAttribute('role', 'region');
    this.root.setAttribute('aria-label', t('synthetic.title'));
    this.root.append(
      el('div', { fontWeight: '700', color: '#b45309', fontSize: '13px' }, t('synthetic.title')),
      el('div', { color: '#666', marginTop: '2px' }, t('synthetic.note')),
      this.status,
      this.controls,
      this.counts,
    );
    this.status.textContent = t('synthetic.loading');

    const row = (label: string, control: HTMLElement) => {
      const l = el('label', { display: 'block', marginTop: '4px' });
      l.append(el('span', { display: 'inline-block', width: '56px' }, label), control);
      return l;
    };
    const select = (name: string, all: string, options: string[], set: (v: number | null) => void) => {
      const s = el('select', { maxWidth: '180px', font: 'inherit' });
      s.name = name;
      s.append(new Option(all, ''));
      options.forEach((o, i) => s.append(new Option(o, String(i))));
      s.addEventListener('change', () => set(s.value === '' ? null : Number(s.value)));
      return s;
    };
    const year = (name: string, value: number, label: string, set: (v: number) => void) => {
      const r = el('input', { width: '180px', verticalAlign: 'middle' });
      Object.assign(r, { type: 'range', name, min: String(YEAR_MIN), max: String(YEAR_MAX), step: '1', value: String(value) });
      r.setAttribute('aria-label', label);
      r.addEventListener('input', () => set(Number(r.value)));
      return r;
    };
    const trackNames = TRACKS.map((tr) => (lang === 'en' ? tr.en : tr.zh));
    this.controls.append(
      row(t('synthetic.track'), select('synthetic-track', t('synthetic.allTracks'), trackNames, (v) => this.update({ track: v }))),
      row(t('synthetic.size'), select('synthetic-size', t('synthetic.allSizes'), SIZES.map((s) => t(SIZE_KEYS[s.id])), (v) => this.update({ size: v }))),
      this.yearLabel,
      year('synthetic-year-from', YEAR_MIN, t('synthetic.yearFrom'), (v) => this.update({ yearMin: Math.min(v, this.filter.yearMax) })),
      year('synthetic-year-to', YEAR_MAX, t('synthetic.yearTo'), (v) => this.update({ yearMax: Math.max(v, this.filter.yearMin) })),
      el('div', { color: '#777', marginTop: '4px' }, t('synthetic.zoomHint', { zoom: pointsZoom })),
    );
    this.showYears();
  }

  private showYears() {
    this.yearLabel.textContent = this.t('synthetic.years', { from: this.filter.yearMin, to: this.filter.yearMax });
  }

  private update(change: Partial<SyntheticFilter>) {
    this.filter = { ...this.filter, ...change };
    this.showYears();
    this.onChange(this.filter);
  }

  progress(phase: Phase, done: number, total: number) {
    this.status.textContent = this.t(PHASE_KEYS[phase], { done: done.toLocaleString(), total: total.toLocaleString() });
  }

  ready(inZones: number) {
    this.status.textContent = this.t('synthetic.inZones', { count: inZones.toLocaleString() });
    this.controls.style.display = 'block';
  }

  error(message: string) {
    this.status.textContent = this.t('synthetic.error', { message });
    this.status.style.color = '#b91c1c';
  }

  setCounts(shown: number, total: number) {
    this.counts.textContent = this.t('synthetic.shown', { shown: shown.toLocaleString(), total: total.toLocaleString() });
  }

  onAdd(): HTMLElement {
    return this.root;
  }

  onRemove(): void {
    this.root.remove();
  }
}
