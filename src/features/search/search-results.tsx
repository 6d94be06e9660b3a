/**
 * The search box's list (loaded on first use, with the index and its libraries): the hits grouped by
 * kind, the matched part highlighted, as the `listbox` of the WAI-ARIA combobox whose input is in
 * search-box.tsx. The input keeps focus; it passes its keys here through `control`. Choosing a record
 * selects it (the map frames it, the panel opens); choosing a sentence opens the source reader there.
 */
import { useEffect, useLayoutEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { atlasData } from '../../data/atlas-data';
import { useAtlasStore } from '../../store';
import { nameIn, useT } from '../../i18n';
import type { SearchHit, SearchResults as Results } from './search-engine';
import { chineseNamesOf } from './search-engine';
import { highlightRanges, snippet, type Range } from './highlight';
import { ensureSearchEngine, useSearchEngine } from './use-search-engine';
import { openImported, searchImported, useImportStore, type ImportedHit } from '../import/imported-records';
import { IMPORT_STRINGS } from '../import/strings';
import { toolText } from '../map-tools/tool-strings';
import './search-results.css';

/** What the input asks of the list. */
export interface ResultsHandle {
  /** Handles a key typed in the input; true when it did (the input then prevents its default). */
  onKey(key: string): boolean;
}

export type ResultsProps = {
  /** The listbox's id (the input's aria-controls). */
  id: string;
  query: string;
  /** The input has focus and has not been dismissed. */
  open: boolean;
  control: RefObject<ResultsHandle | null>;
  /** The active option's id, for the input's aria-activedescendant. */
  onActive: (optionId: string | undefined) => void;
  /** Whether the listbox is shown, for the input's aria-expanded. */
  onExpanded: (expanded: boolean) => void;
  /** After an option was chosen: a record (selected) or a sentence (the reader opened). */
  onChosen: (type: SearchHit['type']) => void;
};

/** Text with its lit ranges in <mark>: rendered as text nodes, never as markup. */
function Lit({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([a, b], i) => {
    if (a > at) parts.push(text.slice(at, a));
    parts.push(<mark key={i}>{text.slice(a, b)}</mark>);
    at = b;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function RecordOption({ hit, normalized }: { hit: Extract<SearchHit, { type: 'record' }>; normalized: string }) {
  const { lang, t } = useT();
  const { entry, terms } = hit;
  const shown = nameIn(lang, entry.name);
  const lit = highlightRanges(shown, normalized, terms);
  // When another of its names matched more (an alias, the printed original, the other language), show it too.
  const covered = (ranges: Range[]) => ranges.reduce((n, [a, b]) => n + b - a, 0);
  let other: { text: string; ranges: Range[] } | null = null;
  for (const text of [entry.name.zh, entry.name.en, ...chineseNamesOf(entry)]) {
    if (!text || text === shown) continue;
    const ranges = highlightRanges(text, normalized, terms);
    if (covered(ranges) > covered(other?.ranges ?? lit)) other = { text, ranges };
  }
  return (
    <>
      <span className="search-name" lang={shown === entry.name.zh ? 'zh' : undefined}>
        {entry.prefix && <span className="search-number">{entry.prefix} </span>}
        <Lit text={shown} ranges={lit} />
      </span>
      {other && (
        <span className="search-other">
          {other.text !== entry.name.zh && other.text !== entry.name.en && `${t('search.alias')} `}
          <Lit text={other.text} ranges={other.ranges} />
        </span>
      )}
    </>
  );
}

function SentenceOption({ hit, normalized }: { hit: Extract<SearchHit, { type: 'sentence' }>; normalized: string }) {
  const { name } = useT();
  const { quote, seed } = hit.sentence;
  const cut = snippet(quote, highlightRanges(quote, normalized, hit.terms));
  const plan = atlasData().atlas.plans.find((p) => p.seed === seed);
  return (
    <>
      <span className="search-snippet" lang="zh">
        {cut.cutStart && '…'}
        <Lit text={cut.text} ranges={cut.ranges} />
        {cut.cutEnd && '…'}
      </span>
      <span className="search-other">{plan ? name(plan.name) : seed}</span>
    </>
  );
}

/** An imported feature (issue 12): its name and address as text, its layer's colour and name. */
function ImportedOption({ hit }: { hit: ImportedHit }) {
  return (
    <>
      <span className="search-name" dir="auto"><span aria-hidden="true" style={{ color: hit.colour }}>● </span>{hit.name}</span>
      <span className="search-other" dir="auto">{hit.layerName}{hit.address ? ` · ${hit.address}` : ''}</span>
    </>
  );
}

type Option = SearchHit | { type: 'imported'; hit: ImportedHit };

export function SearchResults({ id, query, open, control, onActive, onExpanded, onChosen }: ResultsProps) {
  const { t, lang } = useT();
  const { engine, version, texts } = useSearchEngine();
  const results: Results | null = useMemo(
    () => (engine && query.trim() ? engine.search(query) : null),
    [engine, version, query], // `version`: the engine gained the texts
  );
  // Imported features (issue 12) sit after the records, before the texts' sentences.
  const importLayers = useImportStore((st) => st.layers);
  const imported = useMemo(() => searchImported(query), [query, importLayers]);
  const options: Option[] = useMemo(() => [
    ...(results?.groups.filter((g) => g.kind !== 'text').flatMap((g) => g.hits) ?? []),
    ...imported.hits.map((hit) => ({ type: 'imported' as const, hit })),
    ...(results?.groups.filter((g) => g.kind === 'text').flatMap((g) => g.hits) ?? []),
  ], [results, imported]);
  // The active option belongs to the query it was chosen in (a new query starts from the input again);
  // texts arriving later only add options after the records, so an index stays valid.
  const [picked, setPicked] = useState({ query, index: -1 });
  const expanded = open && options.length > 0;
  const active = expanded && picked.query === query && picked.index < options.length ? picked.index : -1;
  const optionId = (i: number) => `${id}-${i}`;
  /** Moves the active option; the input's aria-activedescendant changes in the same render. */
  const activate = (i: number) => {
    setPicked({ query, index: i });
    onActive(i >= 0 ? optionId(i) : undefined);
  };

  useEffect(() => onExpanded(expanded), [expanded, onExpanded]);
  useEffect(() => {
    if (open) void ensureSearchEngine();
    else setPicked((p) => (p.index < 0 ? p : { query: p.query, index: -1 }));
  }, [open]);
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const choose = (i: number) => {
    const hit = options[i];
    if (!hit) return;
    const store = useAtlasStore.getState();
    if (hit.type === 'imported') {
      openImported(hit.hit.layerId, hit.hit.index);
      onChosen('record');
      return;
    }
    if (hit.type === 'record') store.select(hit.entry.id);
    else store.openReader({ seed: hit.sentence.seed, quote: hit.sentence.quote });
    onChosen(hit.type);
  };

  useLayoutEffect(() => {
    control.current = {
      onKey(key) {
        const n = options.length;
        if (!expanded || !n) return false;
        if (key === 'ArrowDown') activate((active + 1) % n);
        else if (key === 'ArrowUp') activate(active <= 0 ? n - 1 : active - 1);
        else if (key === 'Enter') choose(active >= 0 ? active : 0);
        else return false;
        return true;
      },
    };
  });

  let status = '';
  if (open && query.trim()) {
    if (!engine) status = t('search.loading');
    else if (options.length) status = t('search.count', { count: (results?.total ?? 0) + imported.total });
    else status = t(texts === 'loading' ? 'search.loadingTexts' : 'search.none', { query: query.trim() });
  }
  const textsError = open && typeof texts === 'object' ? t('search.textsError', { message: texts.error }) : '';

  let n = 0;
  return (
    <div className="search-popup" hidden={!open || !query.trim()} onMouseDown={(e) => e.preventDefault()}>
      <div id={id} role="listbox" aria-label={t('search.results')} className="search-listbox" hidden={!expanded} data-testid="search-results">
        {[...(results?.groups.filter((g) => g.kind !== 'text') ?? []), ...(imported.hits.length ? ['imported' as const] : []), ...(results?.groups.filter((g) => g.kind === 'text') ?? [])].map((g) => {
          if (g === 'imported') {
            return (
              <div key="imported" role="group" aria-labelledby={`${id}-group-imported`} className="search-group" data-kind="imported">
                <div id={`${id}-group-imported`} role="presentation" className="search-group-title">
                  {toolText(IMPORT_STRINGS, lang, 'import.searchGroup')}
                  {imported.total > imported.hits.length && <span className="search-more">{t('search.more', { count: imported.total - imported.hits.length })}</span>}
                </div>
                {imported.hits.map((hit) => {
                  const i = n++;
                  return (
                    <div key={i} id={optionId(i)} role="option" aria-selected={i === active} className="search-option" data-import-id={`${hit.layerId}/${hit.index}`}
                      onClick={() => choose(i)} onMouseMove={() => i !== active && activate(i)}>
                      <ImportedOption hit={hit} />
                    </div>
                  );
                })}
              </div>
            );
          }
          const headingId = `${id}-group-${g.kind}`;
          return (
            <div key={g.kind} role="group" aria-labelledby={headingId} className="search-group" data-kind={g.kind}>
              <div id={headingId} role="presentation" className="search-group-title">
                {g.kind === 'text' ? t('search.inTexts') : t(`kind.${g.kind}`)}
                {g.total > g.hits.length && <span className="search-more">{t('search.more', { count: g.total - g.hits.length })}</span>}
              </div>
              {g.hits.map((hit) => {
                const i = n++;
                return (
                  <div
                    key={i}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className="search-option"
                    data-id={hit.type === 'record' ? hit.entry.id : undefined}
                    data-seed={hit.type === 'sentence' ? hit.sentence.seed : undefined}
                    onClick={() => choose(i)}
                    onMouseMove={() => i !== active && activate(i)}
                  >
                    {hit.type === 'record'
                      ? <RecordOption hit={hit} normalized={results!.normalized} />
                      : <SentenceOption hit={hit} normalized={results!.normalized} />}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      <p role="status" className="search-status" data-testid="search-status">{status}</p>
      {textsError && <p role="alert" className="search-status search-error">{textsError}</p>}
    </div>
  );
}
