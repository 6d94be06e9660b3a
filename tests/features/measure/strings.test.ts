/** The map tools' own string tables: English has every key, none empty, the same placeholders; lookups fall back to the shared tables. */
import { describe, expect, it } from 'vitest';
import * as measure from '../../../src/features/measure/strings';
import * as reach from '../../../src/features/reach/strings';
import { toolText } from '../../../src/features/map-tools/tool-strings';
import { zhCN } from '../../../src/i18n/zh-CN';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('tool strings', () => {
  const tables: [string, { zh: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> }][] = [['measure', measure], ['reach', reach]];
  for (const [name, t] of tables) {
    it(`${name}: en matches zh key for key, none empty, none shadowing a shared key`, () => {
      expect(Object.keys(t.en).sort()).toEqual(Object.keys(t.zh).sort());
      for (const key of Object.keys(t.zh)) {
        expect(key.startsWith(`${name}.`), key).toBe(true);
        expect(t.en[key].trim(), key).not.toBe('');
        expect(placeholders(t.en[key]), key).toEqual(placeholders(t.zh[key]));
        expect(key in zhCN, key).toBe(false);
      }
    });
  }
  it('fills placeholders', () => {
    expect(toolText(measure, 'zh', 'measure.points', { count: 3 })).toBe('3 个节点');
    expect(toolText(reach, 'en', 'reach.radiusInvalid', { min: 50, max: 5000 })).toMatch(/between 50 and 5000/);
  });
});
