import { describe, expect, it } from 'vitest';
import { zTarget } from '../../src/data/schema';

const base = {
  id: 'target:x-2023-y', plan: 'plan:x', kind: 'target', name: { zh: '某指标', en: 'A target' },
  citations: [{ seed: '004', quote: '持續保持全市領先水平' }], metric: { zh: '某', en: 'Some' }, year: 2023, zones: [],
};

describe('a target in the schema', () => {
  it('has a figure and a unit, or is qualitative (words only), never both', () => {
    expect(zTarget.safeParse({ ...base, value: 600, comparator: 'gte', unit: '家', valueText: '600家以上' }).success).toBe(true);
    expect(zTarget.safeParse({ ...base, comparator: 'qualitative', valueText: '持續保持全市領先水平' }).success).toBe(true);
    // A figure on a qualitative target, or a target without one, is refused.
    expect(zTarget.safeParse({ ...base, value: 1, comparator: 'qualitative', valueText: '持續保持全市領先水平' }).success).toBe(false);
    expect(zTarget.safeParse({ ...base, comparator: 'qualitative', unit: '%', valueText: '持續保持全市領先水平' }).success).toBe(false);
    expect(zTarget.safeParse({ ...base, comparator: 'gte', unit: '家', valueText: '600家以上' }).success).toBe(false);
    expect(zTarget.safeParse({ ...base, value: 600, comparator: 'gte', valueText: '600家以上' }).success).toBe(false);
  });
});
