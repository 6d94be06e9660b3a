/**
 * The search box in the header: the input of a WAI-ARIA combobox over every record and the five
 * texts. Only this input is on the first screen; the list, the index and its libraries (MiniSearch,
 * pinyin-pro, OpenCC) load when the box is first focused or typed in (search-results.tsx). `/` or
 * Ctrl+K focuses it from anywhere but another text field or an open dialog. The text is the store's
 * `searchQuery` (part of a share link).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';
import { lazyFeature } from '../../ui/lazy-feature';
import type { ResultsHandle } from './search-results';
import './search-box.css';

const SearchResults = lazyFeature(() => import('./search-results'), 'SearchResults');
const LISTBOX_ID = 'search-listbox';

const isTextField = (el: Element | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

export function SearchBox() {
  const { t } = useT();
  const query = useAtlasStore((s) => s.searchQuery);
  const setQuery = useAtlasStore((s) => s.setSearchQuery);
  const [used, setUsed] = useState(false);
  const [open, setOpen] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const control = useRef<ResultsHandle>(null);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const el = document.activeElement;
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
      if (!(ctrlK || slash) || (isTextField(el) && (slash || el !== input.current)) || document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const show = () => {
    setUsed(true);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setActive(undefined);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // Keys that pick a candidate in an input method (拼音输入法) are the IME's, not the list's.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === 'Escape') {
      // A dialog over the page (the source reader) closes first.
      if (document.querySelector('[aria-modal="true"]')) return;
      e.stopPropagation();
      if (open && query) close();
      else setQuery('');
      return;
    }
    if (!open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) show();
    if (control.current?.onKey(e.key)) e.preventDefault();
  };

  return (
    <div className="search-box">
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={expanded ? active : undefined}
        aria-label={t('search.label')}
        aria-keyshortcuts="/ Control+K"
        placeholder={t('search.placeholder')}
        title={t('search.shortcut')}
        autoComplete="off"
        spellCheck={false}
        data-testid="search-input"
        value={query}
        onFocus={show}
        onBlur={close}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(undefined);
          show();
        }}
        onKeyDown={onKeyDown}
      />
      {used && (
        <SearchResults id={LISTBOX_ID} query={query} open={open} control={control} onActive={setActive} onExpanded={setExpanded} onChosen={(type) => {
          close();
          // The reader takes the keys (Escape closes it); a record's panel takes focus itself.
          if (type === 'sentence') input.current?.blur();
        }} />
      )}
    </div>
  );
}
