/**
 * The timeline's strings, Simplified Chinese and English, loaded with its chunk (the first screen
 * holds only the button's two labels, in the `timeline` block of src/i18n). `en` is typed against `zh`.
 */
export const zh = {
  'timeline.title': '时间线',
  'timeline.span': '{from}–{to}年',
  'timeline.close': '关闭时间线（Esc）',
  'timeline.yearsLabel': '年份（方向键切换，Home / End 到首尾）',
  'timeline.yearOption': '{year}年，{count} 条有日期的记录',
  'timeline.count': '{count} 条',
  'timeline.hint': '选择年份：地图只显示并点亮与该年记录相关的区域，名录和区域列表随之筛选。',
  'timeline.clear': '显示全部年份',
  'timeline.summary': '{year}年：{count} 条记录，点亮 {zones} 个区域',
  'timeline.issued': '印发',
  'timeline.events': '活动',
  'timeline.targets': '{year}年目标',
  'timeline.baselines': '{year}年基数',
  'timeline.startFigures': '该方案给出的基数',
  'timeline.laterTargets': '该方案此后的目标',
  'timeline.noStartFigures': '该方案在{year}年前后没有给出基数。',
  'timeline.noLaterTargets': '该方案没有此后的目标。',
  'timeline.showAll': '全部 {count} 项',
  'timeline.baselineOf': '{year}年基数',
  'timeline.targetOf': '{year}年目标',
  'timeline.planWideNote': '其中没有指明区域的指标代表整个方案：地图点亮该方案的主要区域。',
  'timeline.printedDate': '原文：{text}',
} as const;

export const en: { [K in keyof typeof zh]: string } = {
  'timeline.title': 'Timeline',
  'timeline.span': '{from}–{to}',
  'timeline.close': 'Close the timeline (Esc)',
  'timeline.yearsLabel': 'Years (arrow keys to step, Home / End for the first and last)',
  'timeline.yearOption': '{year}: {count} dated records',
  'timeline.count': '{count}',
  'timeline.hint': 'Choose a year: the map shows and lights only the zones linked to that year’s records; the directory and the zone list follow.',
  'timeline.clear': 'All years',
  'timeline.summary': '{year}: {count} records, {zones} zones lit',
  'timeline.issued': 'Issued',
  'timeline.events': 'Events',
  'timeline.targets': 'Targets for {year}',
  'timeline.baselines': 'Baselines of {year}',
  'timeline.startFigures': 'Baselines the plan gives',
  'timeline.laterTargets': 'The plan’s later targets',
  'timeline.noStartFigures': 'The plan gives no baseline up to {year}.',
  'timeline.noLaterTargets': 'The plan sets no later target.',
  'timeline.showAll': 'All {count}',
  'timeline.baselineOf': 'Baseline {year}',
  'timeline.targetOf': 'Target {year}',
  'timeline.planWideNote': 'Its figures that name no zone stand for the whole plan: the map lights the plan’s main zones.',
  'timeline.printedDate': 'As printed: {text}',
};

export const TIMELINE_STRINGS = { zh, en };
