/** UI strings, Simplified Chinese: the source of keys. `en.ts` must define every key (checked by tsc). */
export const zhCN = {
  'app.title': '上海科创图谱',
  'app.subtitle': '五份政策文件中的科创空间',
  'app.language': 'English',
  'app.languageLabel': '切换到英文',
  'app.loading': '正在载入地图…',
  'app.dataError': '数据载入失败（{message}）。地图底图仍可使用。',
  'app.featureError': '这部分界面载入失败（{message}）。',
  'app.retry': '重试',

  'map.label': '上海科创空间地图',
  'map.noWebgl': '此浏览器无法使用 WebGL，地图无法显示。侧栏中的全部区域与条目仍可浏览。',
  'map.error': '地图出错：{message}',
  'map.attribution': '底图：© OpenStreetMap 贡献者（ODbL），本项目整理；河道与区名为示意。',
  'map.schematicPoint': '示意位置（文中未给出地址，置于所属区域内）',

  'legend.title': '规划',
  'legend.toggle': '显示或隐藏 {plan}',

  'browser.title': '区域',
  'browser.hint': '点击地图上的区域或下方列表查看详情。',

  'panel.close': '关闭',
  'panel.back': '返回',
  'panel.plan': '所属规划',
  'panel.statedArea': '文件所述面积',
  'panel.computedArea': '按边界计算面积',
  'panel.areaUnit': '{value} 平方公里',
  'panel.noStatedArea': '文件未给出',
  'panel.precision': '位置精度',
  'panel.source': '来源',
  'panel.method': '方法',
  'panel.note': '说明',
  'panel.citation': '原文',
  'panel.citations': '原文出处',
  'panel.openSource': '在原文中查看',
  'panel.parent': '上级区域',
  'panel.children': '下属区域',
  'panel.districts': '所在区',
  'panel.address': '地址',
  'panel.departments': '责任部门',
  'panel.group': '所属专项',
  'panel.number': '编号',
  'panel.value': '数值',
  'panel.year': '年份',
  'panel.kindTarget': '目标',
  'panel.kindBaseline': '基数',
  'panel.empty': '暂无',
  'panel.notOnMap': '无地图位置',

  'kind.plan': '规划',
  'kind.zone': '区域',
  'kind.carrier': '载体',
  'kind.institution': '机构',
  'kind.enterprise': '企业',
  'kind.action': '行动',
  'kind.target': '指标',
  'kind.department': '部门',

  'precision.exact': '精确',
  'precision.street': '街道级',
  'precision.approximate': '近似',
  'precision.schematic': '示意',

  'reader.title': '原文：{title}',
  'reader.close': '关闭原文',
  'reader.notFound': '未在原文中找到这句引文。',
  'reader.citedBy': '引用此句的条目',

  'plan.outline': '规划结构',
  'plan.outlineOf': '规划结构：{plan}',
  'plan.close': '关闭规划结构',
  'plan.targets': '目标与基数',
  'plan.ungrouped': '其他行动',
  'plan.noActions': '此部分未列出行动',
  'plan.noTargets': '暂无',
  'plan.actionCount': '{count} 项行动',

  // Synthetic enterprise layer (src/features/synthetic-enterprises): generated test data, never real records.
  'synthetic.title': '合成数据（非真实企业）',
  'synthetic.note': '随机生成的演示点，用于检验地图在大数据量下的表现；位置、赛道、成立年份和规模均非真实。',
  'synthetic.track': '赛道',
  'synthetic.allTracks': '全部赛道',
  'synthetic.years': '成立年份 {from}–{to}',
  'synthetic.yearFrom': '最早成立年份',
  'synthetic.yearTo': '最晚成立年份',
  'synthetic.size': '规模',
  'synthetic.allSizes': '全部规模',
  'synthetic.sizeMicro': '微型',
  'synthetic.sizeSmall': '小型',
  'synthetic.sizeMedium': '中型',
  'synthetic.sizeLarge': '大型',
  'synthetic.shown': '显示 {shown} / {total} 个合成点',
  'synthetic.inZones': '{count} 个落在区域内（嵌套时计入最小的区域）',
  'synthetic.loading': '正在载入合成数据…',
  'synthetic.phaseFetch': '读取数据文件…',
  'synthetic.phaseGenerate': '生成合成点 {done} / {total}',
  'synthetic.phaseAssign': '分配到区域 {done} / {total}',
  'synthetic.error': '合成数据载入失败：{message}',
  'synthetic.zoomHint': '缩小时按网格汇总，放大到 {zoom} 级以上显示单个点',

  // PMTiles enterprise tile layer (src/features/tile-layer): a vector-tile layer read from a .pmtiles archive.
  'tiles.synthetic': '合成数据（非真实企业）',
  'tiles.title': '企业瓦片图层',
  'tiles.summary': '{count} 个点 · 矢量瓦片（PMTiles）',
  'tiles.zoomHint': '缩小时按网格汇总，{zoom} 级起显示单个点',
  'tiles.legend': '赛道图例',
  'tiles.unreachable': '无法读取企业瓦片图层（{url}）：{message}。地图其余部分不受影响。',
  'tiles.notPmtiles': '{url} 不是 PMTiles 瓦片文件，企业瓦片图层未载入。地图其余部分不受影响。',
  'tiles.notVector': '{url} 不含矢量瓦片（MVT），企业瓦片图层未载入。',
  'tiles.dismiss': '关闭提示',
  // ---- search (issue 8): keys 'search.*'
  // ---- end search
  // ---- filters (issue 8): keys 'filters.*'
  // ---- end filters
  // ---- share (issue 8): keys 'share.*'
  // ---- end share
  // ---- directory (issue 8): keys 'directory.*'
  // ---- end directory
} as const;

export type MessageKey = keyof typeof zhCN;
