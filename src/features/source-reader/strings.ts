/** The source reader's own strings (loaded with its chunk, off the first screen): zh and en. */
import type { ToolTables } from '../map-tools/tool-strings';

type ReaderKey = 'reader.loading' | 'reader.loadError' | 'reader.retry';

export const READER_STRINGS: ToolTables<ReaderKey> = {
  zh: {
    'reader.loading': '正在载入原文…',
    'reader.loadError': '原文未能载入（{message}）。引文仍在条目面板中；可以重试。',
    'reader.retry': '重新载入原文',
  },
  en: {
    'reader.loading': 'Loading the source text…',
    'reader.loadError': "The source text could not be loaded ({message}). The quote is still in the record's panel; you can retry.",
    'reader.retry': 'Load the text again',
  },
};
