/**
 * The map toolbar (issue 11): one button per planner tool, top right under the zoom buttons. A button
 * opens its tool's panel below the bar (the tool's code loads on that click, `lazyFeature`); one tool
 * at a time: opening another closes the first (which then gives the map's pointer back). Closing a
 * panel returns the focus to its button. Each tool is one line of TOOLS.
 */
import { useRef, useState, type ComponentType } from 'react';
import { useT, type MessageKey } from '../../i18n';
import { lazyFeature } from '../../ui/lazy-feature';
import type { ToolProps } from './tool-props';
import { MetroButton } from '../metro-access/metro-button';
import './toolbar.css';

interface ToolEntry {
  id: string;
  label: MessageKey;
  title: MessageKey;
  Panel: ComponentType<ToolProps>;
}

const TOOLS: ToolEntry[] = [
  { id: 'measure', label: 'measure.button', title: 'measure.buttonTitle', Panel: lazyFeature<ToolProps>(() => import('../measure'), 'MeasureTool') },
  { id: 'reach', label: 'reach.button', title: 'reach.buttonTitle', Panel: lazyFeature<ToolProps>(() => import('../reach'), 'ReachTool') },
  { id: 'basemaps', label: 'basemaps.button', title: 'basemaps.buttonLabel', Panel: lazyFeature<ToolProps>(() => import('../basemaps'), 'BasemapTool') },
];

export function MapToolbar() {
  const { t } = useT();
  const [open, setOpen] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const close = (id: string) => {
    setOpen((o) => (o === id ? null : o));
    buttons.current.get(id)?.focus();
  };
  const tool = TOOLS.find((x) => x.id === open);
  return (
    <div className="map-tools" data-testid="map-tools">
      <div className="map-tools-bar" role="toolbar" aria-label={t('measure.toolbar')}>
        {TOOLS.map((x) => (
          <button
            key={x.id}
            type="button"
            ref={(el) => void buttons.current.set(x.id, el)}
            aria-pressed={open === x.id}
            title={t(x.title)}
            data-testid={`map-tool-${x.id}`}
            onClick={() => setOpen((o) => (o === x.id ? null : x.id))}
          >
            {t(x.label)}
          </button>
        ))}
        <MetroButton />
      </div>
      {tool && <tool.Panel key={tool.id} onClose={() => close(tool.id)} />}
    </div>
  );
}
