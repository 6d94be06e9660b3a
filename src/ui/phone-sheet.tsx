/**
 * On a phone (≤ 640 px wide) the side panel is a sheet over a full-width map: this handle sits at its
 * top and sets how far it is pulled up (`data-sheet` on the panel: peek, half, full). Tap or Enter /
 * Space steps it up (full → peek), ArrowUp / ArrowDown move it one stop, a vertical drag leaves it at
 * the nearest stop. Opening a record pulls a peeking sheet to half. On a wide screen it is hidden (CSS).
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type TouchEvent } from 'react';
import { useAtlasStore } from '../store';
import { useT } from '../i18n';

export type SheetStop = 'peek' | 'half' | 'full';
const STOPS: SheetStop[] = ['peek', 'half', 'full'];
/** Height of each stop as a share of the viewport (the peek shows the handle and the panel's heading). */
const STOP_SHARE: Record<SheetStop, number> = { peek: 0.14, half: 0.4, full: 0.88 };

export function PhoneSheetHandle() {
  const { t } = useT();
  const handle = useRef<HTMLButtonElement>(null);
  const [stop, setStop] = useState<SheetStop>('peek');
  const drag = useRef<{ y: number; moved: boolean; height: number } | null>(null);
  const selectedId = useAtlasStore((s) => s.selectedId);

  // The sheet is the panel the handle sits in.
  useEffect(() => {
    const sheet = handle.current?.closest<HTMLElement>('.side-panel');
    if (!sheet) return;
    sheet.dataset.sheet = stop;
    return () => { delete sheet.dataset.sheet; sheet.style.removeProperty('--sheet-drag'); };
  }, [stop]);

  useEffect(() => {
    if (selectedId) setStop((s) => (s === 'peek' ? 'half' : s));
  }, [selectedId]);

  const step = (by: number) => setStop((s) => STOPS[Math.min(STOPS.length - 1, Math.max(0, STOPS.indexOf(s) + by))]);
  const sheetOf = () => handle.current?.closest<HTMLElement>('.side-panel') ?? null;

  // A finger drags through touch events, a mouse or pen through pointer events (with capture).
  const start = (y: number) => {
    const sheet = sheetOf();
    if (!sheet) return;
    drag.current = { y, moved: false, height: sheet.getBoundingClientRect().height };
  };
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.pointerType === 'touch') return;
    start(e.clientY);
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => { if (e.pointerType !== 'touch') move(e.clientY); };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => { if (e.pointerType !== 'touch') end(e.clientY); };
  const onTouchStart = (e: TouchEvent<HTMLButtonElement>) => start(e.touches[0].clientY);
  const onTouchMove = (e: TouchEvent<HTMLButtonElement>) => move(e.touches[0].clientY);
  const onTouchEnd = (e: TouchEvent<HTMLButtonElement>) => end(e.changedTouches[0]?.clientY ?? drag.current?.y ?? 0);
  const move = (y: number) => {
    const d = drag.current;
    const sheet = sheetOf();
    if (!d || !sheet) return;
    const dy = d.y - y;
    if (Math.abs(dy) > 6) d.moved = true;
    if (d.moved) sheet.style.setProperty('--sheet-drag', `${Math.round(Math.max(48, Math.min(window.innerHeight * STOP_SHARE.full, d.height + dy)))}px`);
  };
  const end = (y: number) => {
    const d = drag.current;
    drag.current = null;
    const sheet = sheetOf();
    if (!d || !sheet) return;
    sheet.style.removeProperty('--sheet-drag');
    if (!d.moved) return; // a tap: the click handler steps it
    const share = (d.height + d.y - y) / window.innerHeight;
    const nearest = STOPS.reduce((best, s) => (Math.abs(STOP_SHARE[s] - share) < Math.abs(STOP_SHARE[best] - share) ? s : best), 'peek' as SheetStop);
    setStop(nearest);
    // A click that follows a drag (a mouse's) must not step it again.
    suppressClickUntil.current = performance.now() + 400;
  };
  const suppressClickUntil = useRef(0);
  const onClick = () => {
    if (performance.now() < suppressClickUntil.current) return;
    setStop((s) => (s === 'full' ? 'peek' : STOPS[STOPS.indexOf(s) + 1]));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowUp') { e.preventDefault(); step(1); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); step(-1); }
  };

  return (
    <button
      ref={handle}
      type="button"
      className="sheet-handle"
      data-testid="sheet-handle"
      data-stop={stop}
      aria-expanded={stop !== 'peek'}
      aria-label={t(stop === 'full' ? 'hardening.sheetCollapse' : 'hardening.sheetExpand')}
      title={t('hardening.sheetHint')}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => { drag.current = null; sheetOf()?.style.removeProperty('--sheet-drag'); }}
      onTouchStart={onTouchStart}
      onTouchMove={onTouchMove}
      onTouchEnd={onTouchEnd}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <span className="sheet-grip" aria-hidden="true" />
    </button>
  );
}
