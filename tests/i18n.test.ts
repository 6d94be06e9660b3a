import { describe, expect, it } from 'vitest';
import { zhCN } from '../src/i18n/zh-CN';
import { en } from '../src/i18n/en';
import { translate } from '../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('English has the same keys as Chinese, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'panel.areaUnit', { value: '1.48' })).toBe('1.48 km²');
    expect(translate('zh', 'panel.areaUnit', { value: '1.48' })).toBe('1.48 平方公里');
  });
});
