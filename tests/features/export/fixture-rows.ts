/** Hand-made directory rows for the export tests: a located carrier, a zone, and an action with no place. */
import type { RecordRow } from '../../../src/data/filter';
import type { Name } from '../../../src/data/schema';

export const ROWS: RecordRow[] = [
  {
    id: 'carrier:demo-park', kind: 'carrier', name: { zh: '甲园区, "一期"', en: 'Park A' }, plans: ['plan:demo'], zones: ['zone:demo'],
    subKind: 'park', tracks: ['track:ai'], precision: 'street', position: [121.405, 31.205],
    citation: { seed: '002', quote: '甲园区位于示范区,\n"重点"发展人工智能' },
  },
  {
    id: 'zone:demo', kind: 'zone', name: { zh: '示范区' }, plans: ['plan:demo'], zones: ['zone:demo'],
    subKind: 'area', tracks: [], precision: 'exact', position: [121.4, 31.2],
    citation: { seed: '000', quote: '示范區規劃範圍' },
  },
  {
    id: 'action:demo-1', kind: 'action', name: { zh: '建设园区', en: 'Build the park' }, plans: ['plan:demo', 'plan:other'], zones: ['zone:demo', 'zone:cell'],
    subKind: null, tracks: [], precision: null, position: null,
    citation: { seed: '001', quote: '(责任部门:科委)' },
  },
];

const NAMES: Record<string, Name> = {
  'plan:demo': { zh: '示范规划', en: 'Demo plan' },
  'plan:other': { zh: '另一规划' },
  'zone:demo': { zh: '示范区', en: 'Demo zone' },
  'zone:cell': { zh: '示范格' },
  'track:ai': { zh: '人工智能', en: 'AI' },
};

export const nameOf = (id: string): Name | undefined => NAMES[id];
