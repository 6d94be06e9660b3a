/**
 * The header's "导出图片 / Export image" button: a menu of 2× and 3×, each with the PNG's pixel size;
 * choosing one makes the PNG of the current view (./view-sheet.ts, loaded on demand) and downloads
 * it. Progress and failures are said in a live region. Not on the first screen: the app mounts it
 * with `lazyFeature` once the first zones are drawn.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { atlasData } from '../../data/atlas-data';
import { activeMap } from '../../map/active-map';
import type { SheetSize } from './view-sheet';
import { downloadBlob } from '../export/download';
import { fileDate } from './view-title';
import { ExportStatusLine, runExport, useExportStatus } from './export-status';
import './handout.css';

const SCALES = [2, 3] as const;
const loadSheet = () => import('./view-sheet');

export function ExportImageButton() {
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<SheetSize | null>(null);
  const [status, setStatus] = useExportStatus();
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  // The stated size is measured each time the menu opens (the map may have been resized); opening clears any message.
  useEffect(() => {
    if (!open) return;
    let live = true;
    setStatus({ kind: 'idle' });
    const map = activeMap();
    if (!map) {
      setOpen(false);
      return setStatus({ kind: 'error', message: t('handout.noMap') });
    }
    loadSheet()
      .then((m) => m.viewSheetSize(map, atlasData(), lang))
      .then((s) => live && setSize(s))
      .catch((e: unknown) => {
        if (!live) return;
        // The menu cannot offer anything: it closes, and the reason is said.
        setOpen(false);
        setStatus({ kind: 'error', message: (e as Error).message });
      });
    const onDown = (e: PointerEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', onDown);
    return () => {
      live = false;
      // Closed, the menu forgets the size: reopened, it never shows a stale one.
      setSize(null);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open, lang]); // `t` follows `lang`

  // Keyboard: the first option takes the focus once the sizes are known; Escape gives it back to the button.
  useEffect(() => {
    if (open && size) root.current?.querySelector<HTMLButtonElement>('.handout-menu button')?.focus();
  }, [open, size]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    root.current?.querySelector<HTMLButtonElement>('.handout-button')?.focus();
  };

  const exportAt = async (scale: number) => {
    setOpen(false);
    const map = activeMap();
    if (!map) return setStatus({ kind: 'error', message: t('handout.noMap') });
    await runExport(setStatus, t('handout.busy'), t('handout.done'), async () => {
      const { blob } = await (await loadSheet()).exportViewPng(map, atlasData(), lang, scale);
      downloadBlob(blob, `innovation-atlas-${fileDate()}-${scale}x.png`);
    });
  };

  return (
    <div className="handout" ref={root} onKeyDown={onKeyDown}>
      <button type="button" className="handout-button" data-testid="export-image" title={t('handout.exportLabel')} aria-expanded={open} aria-controls={menuId}
        aria-disabled={status.kind === 'busy'} onClick={() => status.kind !== 'busy' && setOpen(!open)}>
        {t('handout.export')}
      </button>
      <ul id={menuId} className="handout-menu" hidden={!open} aria-label={t('handout.exportLabel')}>
        {SCALES.map((scale) => (
          <li key={scale}>
            <button type="button" data-testid="export-image-scale" data-scale={scale} disabled={!size}
              data-width={size?.width} data-height={size?.height} onClick={() => exportAt(scale)}>
              {size ? t('handout.option', { scale, width: size.width * scale, height: size.height * scale }) : `${scale}×`}
            </button>
          </li>
        ))}
      </ul>
      <ExportStatusLine status={status} testId="export-image-status" />
    </div>
  );
}
