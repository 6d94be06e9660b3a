/**
 * The tooltip over the map: the name, kind, plan and location precision of the record under the
 * pointer (the store's `hoveredId`, set by the map's picking). Shown only while a hovering pointer
 * (mouse or pen, never a finger) is over the map canvas, so hovering the lists never pops one up and a
 * tap on a phone leaves none behind; it follows the pointer and never takes it.
 */
import { useEffect, useMemo, useState } from 'react';
import { atlasData } from '../../data/atlas-data';
import { nameOfRecord, type AtlasRecord } from '../../data/links';
import type { Precision } from '../../data/schema';
import { onActiveMap } from '../../map/active-map';
import { hiddenZonesFor, placesFor } from '../../map/map-data';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import './map-tooltip.css';

/** The plan a record belongs to (zones and actions name it; places through their first zone). */
function planOf(r: AtlasRecord): string | null {
  const { index } = atlasData();
  if (r.kind === 'zone') return r.record.properties.plan;
  if (r.kind === 'action' || r.kind === 'target') return r.record.plan;
  if (r.kind === 'carrier' || r.kind === 'institution' || r.kind === 'enterprise') {
    const zone = r.record.properties.zones[0];
    const z = zone ? index.get(zone) : undefined;
    return z?.kind === 'zone' ? z.record.properties.plan : null;
  }
  return null;
}

/** How precise what the map draws for it is: a zone's own precision; a place's point or `schematic`. */
function precisionOf(r: AtlasRecord): Precision | null {
  if (r.kind === 'zone') return r.record.properties.location.precision;
  if (r.kind === 'carrier' || r.kind === 'institution' || r.kind === 'enterprise') {
    return r.record.geometry ? (r.record.properties.location?.precision ?? null) : 'schematic';
  }
  return null;
}

/** The places the map counts on a zone's badge (schematic, drawn under the current filters), by kind. */
function useBadgeCounts(): Map<string, Record<string, number>> {
  const filters = useAtlasStore((s) => s.filters);
  const hiddenPlans = useAtlasStore((s) => s.hiddenPlans);
  return useMemo(() => {
    const data = atlasData();
    const out = new Map<string, Record<string, number>>();
    for (const p of placesFor(data, hiddenZonesFor(data, filters, hiddenPlans), filters, hiddenPlans)) {
      if (!p.schematic || !p.zone) continue;
      const c = out.get(p.zone) ?? {};
      c[p.kind] = (c[p.kind] ?? 0) + 1;
      out.set(p.zone, c);
    }
    return out;
  }, [filters, hiddenPlans]);
}

export function MapTooltip() {
  const { t, name } = useT();
  const hoveredId = useAtlasStore((s) => s.hoveredId);
  const badges = useBadgeCounts();
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);

  useEffect(() => {
    let canvas: HTMLCanvasElement | null = null;
    // Only a hovering pointer (mouse, pen) shows the tooltip: a finger's tap opens the panel, and the
    // mouse events the browser makes up after a tap (no pointer events) must not leave a tooltip behind.
    const hovers = (e: PointerEvent) => e.pointerType === 'mouse' || e.pointerType === 'pen';
    const move = (e: PointerEvent) => setPointer(hovers(e) ? { x: e.clientX, y: e.clientY } : null);
    const leave = () => setPointer(null);
    const down = (e: PointerEvent) => {
      if (!hovers(e)) setPointer(null);
    };
    const detach = () => {
      canvas?.removeEventListener('pointermove', move);
      canvas?.removeEventListener('pointerleave', leave);
      canvas?.removeEventListener('pointerdown', down);
    };
    const off = onActiveMap((map) => {
      detach();
      canvas = map?.getCanvas() ?? null;
      canvas?.addEventListener('pointermove', move);
      canvas?.addEventListener('pointerleave', leave);
      canvas?.addEventListener('pointerdown', down);
    });
    return () => {
      off();
      detach();
    };
  }, []);

  const r = hoveredId ? atlasData().index.get(hoveredId) : undefined;
  if (!r || !pointer) return null;
  const plan = planOf(r);
  const planRecord = plan ? atlasData().index.get(plan) : undefined;
  const precision = precisionOf(r);
  const badge = r.kind === 'zone' ? badges.get(r.record.properties.id) : undefined;
  return (
    <div className="map-tooltip" role="tooltip" data-testid="map-tooltip" style={{ left: pointer.x + 14, top: pointer.y + 14 }}>
      <strong>{name(nameOfRecord(r))}</strong>
      <span className="map-tooltip-line">
        {t(`kind.${r.kind}`)}
        {precision && ` · ${t('panel.precision')}: ${t(`precision.${precision}`)}`}
      </span>
      {planRecord && <span className="map-tooltip-line">{name(nameOfRecord(planRecord))}</span>}
      {badge && (
        <span className="map-tooltip-line" data-testid="map-tooltip-badge">
          {t('maptooltip.badge', { counts: Object.entries(badge).map(([k, n]) => t(`maptooltip.${n === 1 ? 'one' : 'many'}.${k as 'carrier'}`, { count: n })).join(t('maptooltip.sep')) })}
        </span>
      )}
    </div>
  );
}
