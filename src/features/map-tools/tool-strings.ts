/**
 * The map tools' own string tables (each tool's `strings.ts`, loaded with its chunk): `useToolT(tables)`
 * is `useT()` whose `t` also knows the tool's keys, in the UI language, with the same `{placeholders}`.
 * Keeps the tools' many strings off the first screen; the shared tables hold only the toolbar labels.
 */
import { useT, type Lang, type MessageKey } from '../../i18n';

export type ToolTables<K extends string> = { zh: Readonly<Record<K, string>>; en: Readonly<Record<K, string>> };

const fill = (template: string, vars?: Record<string, string | number>) =>
  vars ? template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : template;

/** A tool string in a language (for code outside React). */
export function toolText<K extends string>(tables: ToolTables<K>, lang: Lang, key: K, vars?: Record<string, string | number>): string {
  return fill(tables[lang][key], vars);
}

export function useToolT<K extends string>(tables: ToolTables<K>) {
  const base = useT();
  const own = tables[base.lang] as Readonly<Record<string, string>>;
  const t = (key: K | MessageKey, vars?: Record<string, string | number>): string =>
    key in own ? fill(own[key], vars) : base.t(key as MessageKey, vars);
  return { ...base, t };
}
