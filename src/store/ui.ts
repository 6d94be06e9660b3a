/** Interface state: language and the source reader. */
import type { StateCreator } from 'zustand';
import type { AtlasState } from './index';
import type { Citation } from '../data/schema';
import type { Lang } from '../i18n';

export interface UiSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The citation open in the source reader, or null when it is closed. */
  readerCitation: Citation | null;
  openReader: (citation: Citation) => void;
  closeReader: () => void;
}

export const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = (set) => ({
  lang: 'zh',
  setLang: (lang) => set({ lang }),
  readerCitation: null,
  openReader: (citation) => set({ readerCitation: citation }),
  closeReader: () => set({ readerCitation: null }),
});
