/**
 * Issue 13's record kinds: events, groupings, draft items, designations, and the proof that
 * Department.plans agrees with the links. Each check is shown to accept the good case and to name
 * the record and the problem for a bad one.
 */
import { describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../src/data/assemble';
import { validateAtlas } from '../../src/data/validate';
import { buildIndex } from '../../src/data/links';
import { highlightedFor } from '../../src/map/map-data';
import type { SeedId } from '../../src/data/schema';
import { FIXTURE_SEEDS, makeFiles } from '../fixtures/atlas';
import { loadGeodataFiles } from '../../scripts/validate-files';

const SEEDS: Record<SeedId, string> = {
  ...FIXTURE_SEEDS,
  '000': `${FIXTURE_SEEDS['000']}组织举办早餐会。甲园区获评首批示范园区。`,
  '001': '今年2月8日，区长走访甲园区。去年10月19日，召开首次早餐会。草案由园区建设专项由建设园区子项组成。2023年4月23日',
};

type Json = Record<string, unknown>;

function files13() {
  const files = makeFiles();
  (files['geodata/plans.json'] as Json[]).push({
    id: 'plan:demo-reply', kind: 'reply', seed: '001', name: { zh: '答复', en: 'Reply' }, citations: [{ seed: '001', quote: '2023年4月23日' }],
  });
  files['geodata/demo/events.json'] = [{
    id: 'event:demo-visit', plan: 'plan:demo-reply', name: { zh: '区长走访甲园区', en: 'The head visits Park A' },
    citations: [{ seed: '001', quote: '今年2月8日，区长走访甲园区' }, { seed: '001', quote: '2023年4月23日' }],
    eventType: 'visit', status: 'held', when: { date: '2023-02-08', text: '今年2月8日', reference: '2023年4月23日' },
    zones: ['zone:demo'], places: ['carrier:demo-park'],
  }, {
    id: 'event:demo-breakfast', plan: 'plan:demo-reply', name: { zh: '首次早餐会', en: 'First breakfast' },
    citations: [{ seed: '001', quote: '去年10月19日，召开首次早餐会' }, { seed: '001', quote: '2023年4月23日' }],
    eventType: 'activity', status: 'held', when: { date: '2022-10-19', text: '去年10月19日', reference: '2023年4月23日' },
  }, {
    id: 'event:demo-series', plan: 'plan:demo', name: { zh: '早餐会', en: 'Breakfasts' }, citations: [{ seed: '000', quote: '组织举办早餐会' }],
    eventType: 'activity', status: 'recurring', when: { recurrence: { zh: '举办', en: 'held' }, text: '举办' }, organisers: ['department:demo-kewei'],
  }];
  files['geodata/demo/groupings.json'] = [{
    id: 'grouping:demo-cells', plan: 'plan:demo', name: { zh: '示范格组', en: 'Demo cells' }, citations: [{ seed: '000', quote: '示范区' }],
    zones: ['zone:demo-cell'],
  }, {
    id: 'grouping:demo-all', plan: 'plan:demo', name: { zh: '全部', en: 'All' }, citations: [{ seed: '000', quote: '示范区' }],
    zones: ['zone:demo'], groupings: ['grouping:demo-cells'],
    unmapped: [{ name: { zh: '甲路', en: 'Road A' }, citation: { seed: '000', quote: '东至甲路' } }],
  }];
  files['geodata/demo/draft-items.json'] = [{
    id: 'draft:demo-g1', plan: 'plan:demo-reply', finalPlan: 'plan:demo', level: 'group', order: 1,
    name: { zh: '园区建设专项', en: 'Park building' }, citations: [{ seed: '001', quote: '园区建设专项' }], fate: 'renamed', becameGroup: 'g1',
    basis: { zh: '改称行动。', en: 'Renamed to the action group.' },
  }, {
    id: 'draft:demo-g1-1', plan: 'plan:demo-reply', finalPlan: 'plan:demo', level: 'item', parent: 'draft:demo-g1', order: 1,
    name: { zh: '建设园区子项', en: 'Build the park' }, citations: [{ seed: '001', quote: '建设园区子项' }], fate: 'kept', becameActions: ['action:demo-1'],
    basis: { zh: '名称相同。', en: 'The same name.' },
  }];
  files['geodata/demo/designations.json'] = [{
    record: 'carrier:demo-park', name: { zh: '首批示范园区', en: 'first demonstration park' }, status: 'held',
    citation: { seed: '000', quote: '甲园区获评首批示范园区' },
  }];
  return files;
}

function problems(files: Record<string, unknown>) {
  const { atlas, issues, fileOf } = assembleAtlas(files);
  return [...issues, ...validateAtlas(atlas, SEEDS, fileOf)].map((i) => `${i.record ?? ''}: ${i.message}`);
}

const list = (files: Record<string, unknown>, name: string) => files[`geodata/demo/${name}`] as Json[];

describe('issue 13 record kinds', () => {
  it('accept the fixture and assemble into their collections', () => {
    const files = files13();
    expect(problems(files)).toEqual([]);
    const { atlas } = assembleAtlas(files);
    expect([atlas.events.length, atlas.groupings.length, atlas.draftItems.length, atlas.designations.length]).toEqual([3, 2, 2, 1]);
  });

  it('link both ways: an event and its place, a grouping and its zones, a draft item and its action', () => {
    const index = buildIndex(assembleAtlas(files13()).atlas);
    expect(index.related('event:demo-visit').carrier).toEqual(['carrier:demo-park']);
    expect(index.related('carrier:demo-park').event).toEqual(['event:demo-visit']);
    expect(index.related('zone:demo').grouping).toEqual(['grouping:demo-all']);
    expect(index.related('grouping:demo-all').grouping).toEqual(['grouping:demo-cells']);
    expect(index.related('action:demo-1').draft).toEqual(['draft:demo-g1-1']);
    expect(index.planOf('event:demo-visit')).toBe('plan:demo-reply');
  });

  it('selecting a grouping highlights its member zones and those of its member groupings', () => {
    const index = buildIndex(assembleAtlas(files13()).atlas);
    expect([...highlightedFor(index, 'grouping:demo-all')].sort()).toEqual(['zone:demo', 'zone:demo-cell']);
    expect([...highlightedFor(index, 'grouping:demo-cells')]).toEqual(['zone:demo-cell']);
  });

  it('refuse dangling links of the new kinds', () => {
    const files = files13();
    (list(files, 'events.json')[0].places as string[]).push('carrier:nowhere');
    (list(files, 'groupings.json')[0].zones as string[]).push('zone:nowhere');
    list(files, 'draft-items.json')[1].becameActions = ['action:nowhere'];
    expect(problems(files)).toEqual([
      'event:demo-visit: places: link to unknown id "carrier:nowhere"',
      'grouping:demo-cells: zones: link to unknown id "zone:nowhere"',
      'draft:demo-g1-1: becameActions: link to unknown id "action:nowhere"',
    ]);
  });

  it('events: the printed date must agree with when.date, and be in a quote', () => {
    const files = files13();
    const [visit, breakfast, series] = list(files, 'events.json');
    visit.when = { date: '2023-02-09', text: '今年2月8日', reference: '2023年4月23日' };
    breakfast.when = { date: '2021-10-19', text: '去年10月19日', reference: '2023年4月23日' };
    series.when = { text: '每年' };
    expect(problems(files)).toEqual([
      'event:demo-visit: when.date 2023-02-09: day 9 is not printed in when.text "今年2月8日"',
      'event:demo-breakfast: when.date 2021-10-19: the year 2021 is printed neither in when.text nor in when.reference',
      'event:demo-series: when.text "每年" is not in any of its quotes',
      'event:demo-series: when: needs a date, a recurrence or a period',
    ]);
  });

  it('events: a quote from a seed that is not one of its plans is refused', () => {
    const files = files13();
    list(files, 'events.json')[2].citations = [{ seed: '001', quote: '区长走访' }, { seed: '000', quote: '组织举办早餐会' }];
    expect(problems(files)).toEqual(['event:demo-series: cites seed 001, which is not the seed of any of its plans']);
  });

  it('groupings: no members, or containing itself, is refused', () => {
    const files = files13();
    const [cells, all] = list(files, 'groupings.json');
    cells.zones = [];
    cells.groupings = ['grouping:demo-all'];
    all.zones = [];
    expect(problems(files)).toEqual([
      'grouping:demo-cells: contains itself (through its member groupings)',
      'grouping:demo-all: contains itself (through its member groupings)',
    ]);
    cells.groupings = [];
    expect(problems(files)).toEqual(['grouping:demo-cells: has no member zones and no member groupings']);
  });

  it('draft items: a kept item names its action, a dropped one none; a group names a group of the final plan', () => {
    const files = files13();
    const [group, item] = list(files, 'draft-items.json');
    group.becameGroup = 'g9';
    item.fate = 'dropped';
    expect(problems(files)).toEqual([
      'draft:demo-g1: becameGroup "g9" is not a group of plan:demo',
      'draft:demo-g1-1: is dropped but names actions it became',
    ]);
    item.becameActions = [];
    group.becameGroup = 'g1';
    expect(problems(files)).toEqual([]);
    item.fate = 'kept';
    expect(problems(files)).toEqual(['draft:demo-g1-1: names no action it became, and is not dropped']);
  });

  it('designations: the title must be printed in the quote, for a known record', () => {
    const files = files13();
    const [d] = list(files, 'designations.json');
    d.record = 'carrier:nowhere';
    d.name = { zh: '国家级园区', en: 'national park' };
    expect(problems(files)).toEqual([
      'carrier:nowhere: designation 国家级园区: unknown record "carrier:nowhere"',
      'carrier:nowhere: designation 国家级园区: the title "国家级园区" is not printed in its quote',
    ]);
  });

  it('Department.plans must equal the plans whose seeds its quotes cite, and hold the plans of its actions and events', () => {
    const files = files13();
    const [dept] = files['geodata/demo/departments.json'] as Json[];
    dept.plans = ['plan:demo', 'plan:demo-reply'];
    expect(problems(files)).toEqual(['department:demo-kewei: plans: plan:demo-reply listed, but the department quotes none of its seed']);
    dept.plans = ['plan:demo-reply'];
    (dept.citations as Json[]).push({ seed: '001', quote: '区长' });
    expect(problems(files)).toEqual([
      'department:demo-kewei: plans: plan:demo missing (the department quotes its seed)',
      'department:demo-kewei: plans: plan:demo missing (an action or event of that plan names the department)',
    ]);
  });
});

describe('issue 13 records in the real atlas', () => {
  const { atlas } = assembleAtlas(loadGeodataFiles().files);
  const names = (xs: { name: { zh: string; original?: string } }[]) => xs.map((x) => x.name.zh);

  it('has the seven groupings the issue names, each with member zones', () => {
    const zh = names(atlas.groupings);
    for (const n of ['一廊一圈一谷一园', '四大创新创业街区', '五大主题街区', '四大功能区（杨浦）', '四大功能区（静安）', '“20+4+4+1”创新“U”场', '“西中东”空间布局']) expect(zh).toContain(n);
    for (const g of atlas.groupings) expect(g.zones.length + g.groupings.length).toBeGreaterThan(0);
  });

  it('has the events the issue names, with a printed date or recurrence where the text gives one', () => {
    const find = (part: string) => atlas.events.filter((e) => e.name.zh.includes(part));
    for (const n of ['世界人工智能大会', '全球创业周中国站', 'Slush', '双创活动周', '创业之星', '硅巷早餐会', '创新说']) expect(find(n).length, n).toBeGreaterThan(0);
    expect(find('NO.1创新空间发布大会')[0].when).toMatchObject({ date: '2023-04-07', text: '4月7日' });
    expect(find('李克强')[0].when.date).toBe('2018-04');
    expect(find('习近平')[0].when.date).toBe('2019-11');
    expect(find('创业之星')[0].when.recurrence?.zh).toBe('连续五年');
  });

  it('records the draft of 上海硅巷 as 6 专项 and 12 子项, each linked to what it became', () => {
    const groups = atlas.draftItems.filter((d) => d.level === 'group' && d.name.zh.endsWith('专项行动'));
    const items = atlas.draftItems.filter((d) => d.level === 'item');
    expect([groups.length, items.length]).toEqual([6, 12]);
    for (const d of items) expect(d.fate === 'dropped' || d.becameActions.length > 0).toBe(true);
    for (const d of groups) expect(d.becameGroup).toBeDefined();
  });

  it('has the qualitative targets and designations the issue names', () => {
    const words = atlas.targets.filter((t) => t.comparator === 'qualitative').map((t) => t.valueText);
    for (const w of ['持續保持全市領先水平', '基本建成', '錯位發展新格局']) expect(words).toContain(w);
    const titles = names(atlas.designations);
    for (const n of ['国家级旅游休闲街区', '首批全国人工智能示范园区', '国家文物保护利用示范区']) expect(titles).toContain(n);
  });
});
