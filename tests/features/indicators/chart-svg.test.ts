import { describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../../src/data/assemble';
import type { Target } from '../../../src/data/schema';
import { contrast, inkOf, niceCeil, seriesSummary, seriesSvg, wrapText } from '../../../src/features/indicators/chart-svg';
import { indicatorSvg } from '../../../src/features/indicators/indicator-svg';
import { indicatorSeries, pickSeries } from '../../../src/features/indicators/series';
import { PLAN_COLORS } from '../../../src/map/layers/palette';
import { loadGeodataFiles } from '../../../scripts/validate-files';

const { atlas } = assembleAtlas(loadGeodataFiles().files);
const DLHW = 'plan:dalinghaowan';
const hiTech = () => indicatorSeries(atlas, DLHW).series[0];

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('an indicator chart', () => {
  it('is an image with a summary of every point, in zh (figures as printed) and en', () => {
    const zh = seriesSvg(hiTech(), { lang: 'zh', planId: DLHW });
    expect(zh).toMatch(/^<svg [^>]*role="img"/);
    expect(zh).toContain('aria-label="高新技术企业：2023年目标 600家以上；2025年目标 1000家以上"');
    const en = seriesSvg(hiTech(), { lang: 'en', planId: DLHW });
    expect(en).toContain('aria-label="High-tech enterprises: target 2023: at least 600; target 2025: at least 1,000"');
  });

  it('draws one marker per point: targets hollow with the "at least" chevron, baselines solid', () => {
    const svg = seriesSvg(hiTech(), { lang: 'zh', planId: DLHW });
    expect(count(svg, /<g data-point=/g)).toBe(2);
    expect(count(svg, /data-kind="target" data-comparator="gte"/g)).toBe(2);
    expect(svg).toContain('fill="white"');
    expect(count(svg, /<path d="M[^"]*L[^"]*L[^"]*" fill="none"/g)).toBe(2); // the chevrons
    expect(svg).toContain('>600家以上</text>');
    expect(svg).toContain('>1000家以上</text>');
    const yangpu = indicatorSeries(atlas, 'plan:yangpu-14th-fyp').series[0];
    const b = seriesSvg(yangpu, { lang: 'en', planId: 'plan:yangpu-14th-fyp' });
    expect(count(b, /data-kind="baseline"/g)).toBe(2);
    expect(b).not.toContain('fill="white" stroke');
    expect(b).toContain('>2013</text>');
    expect(b).toContain('>2019</text>');
  });

  it('marks the record it is shown for', () => {
    const s = hiTech();
    const svg = seriesSvg(s, { lang: 'zh', planId: DLHW, highlight: s.points[1].id });
    expect(svg).toContain('rgb(255, 212, 59)');
    expect(seriesSummary(s, 'zh', s.points[1].id)).toContain('2025年目标 1000家以上（本条）');
    expect(seriesSummary(s, 'en', s.points[1].id)).toContain('at least 1,000 (this record)');
  });

  it('draws a range as a bar between its bounds', () => {
    const [s] = pickSeries(indicatorSeries(atlas, 'plan:changning-silicon-alley').series, 'target:silicon-alley-2025-high-quality-incubators');
    const svg = seriesSvg(s, { lang: 'en', planId: 'plan:changning-silicon-alley' });
    expect(svg).toContain('stroke-width="3" stroke-linecap="round"');
    expect(svg).toContain('>1–2</text>');
    expect(seriesSummary(s, 'en')).toContain('target 2025: 1 to 2');
  });

  it('escapes text, and its y axis starts at 0 with a round top', () => {
    const odd = { targets: [{ id: 'target:x', plan: 'plan:x', kind: 'baseline', name: { zh: 'x' }, citations: [], zones: [], metric: { zh: 'R&D <spend> "x"' }, value: 261.4, comparator: 'eq', unit: '%', valueText: '261.4%', year: 2020 } as unknown as Target] };
    const svg = seriesSvg(indicatorSeries(odd, 'plan:x').series[0], { lang: 'zh', planId: 'plan:x' });
    expect(svg).toContain('R&amp;D &lt;spend&gt; &quot;x&quot;');
    expect(svg).not.toContain('<spend>');
    expect(svg).toContain('>300</text>');
    expect(svg).toContain('>0</text>');
    expect([niceCeil(261.4), niceCeil(1000), niceCeil(17.4), niceCeil(0.5), niceCeil(0)]).toEqual([300, 1000, 20, 0.5, 1]);
  });

  it('colours from the plan\'s hue, dark enough to read on white (4.5:1 for labels)', () => {
    for (const rgb of Object.values(PLAN_COLORS)) {
      expect(contrast(inkOf(rgb), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    }
    expect(inkOf([10, 10, 10])).toEqual([10, 10, 10]);
  });

  it('wraps a long title into lines that fit', () => {
    const lines = wrapText('national and municipal engineering technology research centres', 150, 12, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe('national and municipal engineering technology research centres');
    expect(wrapText('国家和市级工程技术研究中心占全市比重', 100, 12, 2).join('').endsWith('…')).toBe(true);
  });
});

describe('indicatorSvg (a standalone image)', () => {
  it('has explicit size, a white background, inline styles and every series of the plan', () => {
    const svg = indicatorSvg(atlas, DLHW, undefined, 'zh');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('background: white');
    expect(count(svg, /<g [^>]*data-series=/g)).toBe(indicatorSeries(atlas, DLHW).series.length);
    expect(svg).toContain('>高新技术企业</text>');
    // The legend explains what is drawn: 大零号湾 has targets only, some "at least", no range.
    expect(svg).toContain('>目标</text>');
    expect(svg).toContain('>至少（以上）</text>');
    expect(svg).not.toContain('基数（已达到）');
    expect(svg).not.toContain('>区间</text>');
    expect(svg).not.toContain('class=');
  });

  it('draws one chart when a metric is named, with its summary as the label', () => {
    const svg = indicatorSvg(atlas, 'plan:yangpu-14th-fyp', 'target:yangpu-innovation-index-2019', 'en');
    expect(count(svg, /<g [^>]*data-series=/g)).toBe(1);
    expect(svg).toContain('aria-label="Yangpu innovation and entrepreneurship composite index (points, 2013 = 100): baseline 2013: 100; baseline 2019: 261.4"');
    const width = Number(/ width="(\d+)"/.exec(svg)![1]);
    expect(width).toBeLessThanOrEqual(340);
  });

  it('writes a qualitative goal as text, and says so when a plan has nothing to chart', () => {
    const data = { targets: [
      { id: 'target:q', plan: 'plan:q', kind: 'target', name: { zh: '2023年研发投入强度持续保持全市领先水平', en: 'R&D intensity stays among Shanghai\'s highest' }, citations: [], zones: [], metric: { zh: '研发投入强度' }, comparator: 'qualitative', valueText: '持續保持全市領先水平', year: 2023 } as unknown as Target,
    ] };
    const svg = indicatorSvg(data, 'plan:q', undefined, 'en');
    expect(svg).toContain('Qualitative goals');
    expect(svg).toContain('>2023 · R&amp;D intensity stays among</text>');
    expect(svg).toContain('>Shanghai&apos;s highest</text>');
    expect(svg).not.toContain('<circle');
    expect(indicatorSvg({ targets: [] }, 'plan:none', undefined, 'zh')).toContain('本规划没有可作图的数值目标或基数。');
    // The real one: 大零号湾's 2023 goal in words, its year said once (the name carries it).
    const dlhw = indicatorSvg(atlas, DLHW, undefined, 'zh');
    expect(dlhw).toContain('>2023年全社会研发经费投入占GDP的比重持续保持全市领先水平</text>');
    expect(indicatorSvg(atlas, DLHW, 'target:dlhw-2023-rd-intensity', 'zh')).not.toContain('<circle');
  });
});
