/**
 * What happens to a file (issue 12): read it with the converters (core/, loaded on the first file),
 * ask the reader for columns when they cannot be recognised, show the guess to confirm, then convert
 * to WGS84, find each point's Atlas zone, add the layer and keep it in the browser. A file that fails
 * changes nothing: the layers and the Atlas's data are only ever appended to, after every check.
 */
import { atlasData } from '../../data/atlas-data';
import { loadStations } from '../../data/stations';
import { activeMap } from '../../map/active-map';
import { toDisplayBounds } from '../../map/projection';
import { toolText } from '../map-tools/tool-strings';
import { useAtlasStore } from '../../store';
import type { ReadImport } from './core/worker-client';
import type { FeatureTable } from './core/table';
import type { ColumnChoice, CrsId } from './core/types';
import { useImportStore } from './import-store';
import { nextColour, type ImportLayer } from './model';
import { deleteLayer, isQuotaError, saveLayer, saveMeta } from './persist';
import { IMPORT_STRINGS, type ImportKey } from './strings';

type Core = typeof import('./core');
let corePending: Promise<Core> | null = null;
export function loadCore(): Promise<Core> {
  corePending ??= import('./core').catch((e: unknown) => {
    corePending = null;
    throw e;
  });
  return corePending;
}

const text = (key: ImportKey, vars?: Record<string, string | number>) => toolText(IMPORT_STRINGS, useAtlasStore.getState().lang, key, vars);
/** A file or layer name with bidi controls, isolated inside the sentence (FSI … PDI: its override ends with it; issue 14). */
const isolate = (s: string) => (/[\u202A-\u202E\u2066-\u2069]/.test(s) ? `\u2068${s}\u2069` : s);

let anchors: Promise<[number, number][] | undefined> | null = null;
/** The metro stations (WGS84) the coordinate system is guessed against; none if they cannot load. */
function loadAnchors(): Promise<[number, number][] | undefined> {
  anchors ??= loadStations().then((s) => s.map((x) => x.position), () => {
    anchors = null;
    return undefined;
  });
  return anchors;
}

/** Files picked or dropped: read one after another. */
export function enqueueFiles(files: readonly File[]): void {
  const s = useImportStore.getState();
  useImportStore.setState({ queue: [...s.queue, ...files] });
  if (!s.job) void startNext();
}

/** The dialog is done with its file: the next one, or close. */
export function startNext(): Promise<void> {
  const [file, ...rest] = useImportStore.getState().queue;
  useImportStore.setState({ queue: rest, job: null });
  return file ? readFile(file) : Promise.resolve();
}

/** Reads `file` (with the columns the reader chose, if any). */
export async function readFile(file: File, columns?: ColumnChoice): Promise<void> {
  const abort = new AbortController();
  const store = useImportStore.getState();
  store.setJob({ stage: 'reading', file, progress: 0, abort });
  const isMine = () => {
    const j = useImportStore.getState().job;
    return j?.stage === 'reading' && j.abort === abort;
  };
  let lastShown = 0;
  const onProgress = (f: number) => {
    if (!isMine() || f - lastShown < 0.01) return;
    lastShown = f;
    useImportStore.setState((s) => (s.job?.stage === 'reading' ? { job: { ...s.job, progress: f } } : {}));
  };
  const [core, points] = await Promise.all([loadCore(), loadAnchors()]);
  const parsed = await core.readImportFile(file, { columns, anchors: points, signal: abort.signal, onProgress });
  if (!isMine()) return parsed.dispose();
  performance.mark('import:read', { detail: { file: file.name, rows: parsed.rowCount } });
  if (parsed.errors.some((e) => e.code === 'cancelled')) {
    store.setStatus(text('import.cancelled', { file: isolate(file.name) }));
    await startNext();
    return;
  }
  if (parsed.needsColumns && parsed.columns?.length) store.setJob({ stage: 'columns', file, parsed });
  else if (!parsed.ok) store.setJob({ stage: 'failed', file, parsed });
  else store.setJob({ stage: 'review', file, parsed, crs: parsed.crs.crs });
}

export function cancelReading(): void {
  const j = useImportStore.getState().job;
  if (j?.stage === 'reading') j.abort.abort();
}

let addAbort: AbortController | null = null;

export function cancelAdding(): void {
  addAbort?.abort();
}

/** Converts the reviewed file to WGS84 with its zones (in the worker, as a columnar table), adds the layer and saves it. */
export async function addReviewed(parsed: ReadImport, crs: CrsId, file: File): Promise<void> {
  const store = useImportStore.getState();
  store.setJob({ stage: 'adding', file, parsed, crs, progress: 0 });
  const abort = (addAbort = new AbortController());
  performance.mark('import:add-start');
  const zones = atlasData().atlas.zones.map((z) => ({ id: z.properties.id, geometry: z.geometry }));
  let lastShown = 0;
  const onProgress = (f: number) => {
    if (f - lastShown < 0.01 && f < 1) return;
    lastShown = f;
    useImportStore.setState((s) => (s.job?.stage === 'adding' ? { job: { ...s.job, progress: f } } : {}));
  };
  let table: FeatureTable | null;
  try {
    table = await parsed.build(crs, zones, { signal: abort.signal, onProgress });
  } catch (e) {
    store.setStatus(text('import.buildFailed', { file: isolate(file.name), reason: String((e as Error)?.message ?? e) }));
    await startNext();
    return;
  }
  if (!table) {
    store.setStatus(text('import.cancelled', { file: isolate(file.name) }));
    await startNext();
    return;
  }
  performance.mark('import:converted', { detail: { features: table.count } });
  const layer: ImportLayer = {
    id: `l${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`,
    name: file.name,
    colour: nextColour(useImportStore.getState().layers.map((l) => l.colour)),
    visible: true,
    format: parsed.format ?? 'geojson',
    ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
    crs,
    createdAt: Date.now(),
    count: table.count,
    located: table.located,
    notes: parsed.notes,
    table,
    saved: 'saving',
  };
  store.setLayers((ls) => [...ls, layer]);
  performance.mark('import:listed');
  store.setStatus(text('import.added', { name: isolate(layer.name), located: table.located, notLocated: table.count - table.located }));
  frameLayer(layer);
  void persist(layer);
  await startNext();
}

/** Saves a layer; a failure (a full quota above all) is reported on the layer and in the status. */
export async function persist(layer: ImportLayer): Promise<void> {
  const store = useImportStore.getState();
  store.patchLayer(layer.id, { saved: 'saving', saveError: undefined });
  try {
    await saveLayer(layer);
    performance.mark('import:saved', { detail: { id: layer.id } });
    if (useImportStore.getState().layers.some((l) => l.id === layer.id)) store.patchLayer(layer.id, { saved: 'saved' });
    else await deleteLayer(layer.id); // removed while it was being saved
  } catch (e) {
    const reason = isQuotaError(e) ? text('import.quota') : String((e as Error)?.message ?? e);
    store.patchLayer(layer.id, { saved: 'failed', saveError: reason });
    store.setStatus(text('import.saveFailed', { name: layer.name, reason }));
  }
}

export function frameLayer(layer: ImportLayer): void {
  const map = activeMap();
  const b = layer.table.bounds;
  if (!map || !b) return;
  const [w, s, e, n] = toDisplayBounds(b);
  // Clear of the layer list (upper left) and the tools (upper right) on a wide map.
  const wide = map.getContainer().clientWidth > 640;
  map.fitBounds([[w, s], [e, n]], { padding: wide ? { top: 60, bottom: 60, left: 310, right: 140 } : 40, maxZoom: 15, duration: 500 });
}

export function removeLayer(id: string): void {
  const store = useImportStore.getState();
  const layer = store.layers.find((l) => l.id === id);
  if (!layer) return;
  store.setLayers((ls) => ls.filter((l) => l.id !== id));
  if (store.selected?.layerId === id) store.select(null);
  store.setStatus(text('import.removed', { name: layer.name }));
  void deleteLayer(id).catch((e: unknown) => store.setStatus(String((e as Error)?.message ?? e)));
}

/** Colour or visibility: changed at once, kept in the browser. */
export function updateLayer(id: string, patch: Partial<Pick<ImportLayer, 'colour' | 'visible'>>): void {
  const store = useImportStore.getState();
  store.patchLayer(id, patch);
  const layer = useImportStore.getState().layers.find((l) => l.id === id);
  if (layer?.saved === 'saved') void saveMeta(layer).catch((e: unknown) => store.setStatus(text('import.saveFailed', { name: layer.name, reason: isQuotaError(e) ? text('import.quota') : String((e as Error)?.message ?? e) })));
}
