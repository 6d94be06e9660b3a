/**
 * A feature's attributes from an untrusted file, as plain values (strings, finite numbers, booleans,
 * null). Nested values become their JSON text. Keys such as "__proto__" stay ordinary keys
 * (Object.fromEntries defines them; nothing is assigned through a prototype).
 */
import { cleanText, type TextStats } from './text';
import type { ImportProperties } from './types';

/** Attribute names that hold a record's name / address, in order of preference (compared lower-case, trimmed). */
export const NAME_KEYS = ['名称', '企业名称', '公司名称', '单位名称', '机构名称', '园区名称', '项目名称', '名字', 'name_zh', 'name', 'title', 'company', 'label', '标题'];
export const ADDRESS_KEYS = ['地址', '详细地址', '注册地址', '企业地址', '办公地址', 'address', 'addr', 'location', '位置'];

export function plainValue(v: unknown, stats: TextStats): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return cleanText(v, stats);
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'boolean') return v;
  try {
    return cleanText(JSON.stringify(v) ?? String(v), stats);
  } catch {
    return String(v);
  }
}

export function toProperties(raw: unknown, stats: TextStats): ImportProperties {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [cleanText(k, stats), plainValue(v, stats)]));
}

/** The first key of `keys` (by preference) present in `names`, compared lower-case and trimmed. */
export function pickKey(names: readonly string[], keys: readonly string[]): string | undefined {
  const norm = names.map((n) => n.trim().toLowerCase());
  for (const k of keys) {
    const i = norm.indexOf(k);
    if (i >= 0) return names[i];
  }
  return undefined;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** The record's name from its attributes, else "<file> #<n>". */
export function nameOf(props: ImportProperties, file: string, index: number): string {
  const key = pickKey(Object.keys(props), NAME_KEYS);
  const v = key ? text(props[key]) : '';
  return v || `${file} #${index + 1}`;
}

export function addressOf(props: ImportProperties): string | undefined {
  const key = pickKey(Object.keys(props), ADDRESS_KEYS);
  const v = key ? text(props[key]) : '';
  return v || undefined;
}
