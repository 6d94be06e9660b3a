/** Translation lookup: `translate(lang, key, vars)` and the `useT()` hook bound to the store's language. */
import { zhCN, type MessageKey } from './zh-CN';
import { en } from './en';
import { useAtlasStore } from '../store';
import type { Name } from '../data/schema';

export type Lang = 'zh' | 'en';
export type { MessageKey };

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { zh: zhCN, en };

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = DICTIONARIES[lang][key];
  return vars ? template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : template;
}

/** A record's display name: English when asked and available, else Simplified Chinese. */
export function nameIn(lang: Lang, name: Name): string {
  return lang === 'en' && name.en ? name.en : name.zh;
}

export function useT() {
  const lang = useAtlasStore((s) => s.lang);
  return {
    lang,
    t: (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
    name: (n: Name) => nameIn(lang, n),
  };
}
