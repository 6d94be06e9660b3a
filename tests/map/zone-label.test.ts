/** Zone labels: a name is drawn whole up to the cap, and cut with an ellipsis past it (issue 14: a 10 000-character name). */
import { describe, expect, it } from 'vitest';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_MAX_EN, LABEL_MAX_ZH, zoneLabelField } from '../../src/map/layers/atlas-style';

function labelOf(lang: 'zh' | 'en', props: Record<string, string>): string {
  const parsed = expression.createExpression(zoneLabelField(lang));
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const feature = { type: 'Point', properties: props, geometry: [] } as never;
  return String(parsed.value.evaluate({ zoom: 12 } as never, feature));
}

describe('zone label text', () => {
  it('draws the real names whole (the longest the documents give)', () => {
    expect(labelOf('zh', { name_zh: '赤峰路、国康路、彰武路等公共空间' })).toBe('赤峰路、国康路、彰武路等公共空间');
    const en = 'East Strategic Area (“riverside international innovation belt”)';
    expect(labelOf('en', { name_en: en })).toBe(en);
  });

  it('cuts a name past the cap with an ellipsis', () => {
    const zh = labelOf('zh', { name_zh: '长'.repeat(10_000) });
    expect(zh).toBe(`${'长'.repeat(LABEL_MAX_ZH - 1)}…`);
    const en = labelOf('en', { name_en: 'a'.repeat(10_000) });
    expect(en.length).toBe(LABEL_MAX_EN);
    expect(en.endsWith('…')).toBe(true);
  });
});
