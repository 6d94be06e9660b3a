/** Yangpu's zones (written by scripts/geodata/trace-yangpu.ts) pass the shared district checks. */
import { describeDistrictZones } from './district-zone-checks';

describeDistrictZones({
  region: 'yangpu',
  district: '杨浦区',
  plan: 'plan:yangpu-14th-fyp',
  canonical: [
    'yangpu-west-core', 'yangpu-centre', 'yangpu-east', 'yangpu-riverside', 'da-chuangzhi', 'da-chuanggu',
    'tongji-knowledge-circle', 'fudan-innovation-corridor', 'sufe-finance-valley', 'usst-industrial-park', 'block-kic',
    'block-guoding-east-road', 'block-changyang-road', 'block-usst', 'jungong-road-corridor', 'nice2035',
  ].map((s) => `zone:${s}`),
  follows: [
    { id: 'zone:jungong-road-corridor', layer: 'roads-elevated-major-osm', pick: (p) => p.name === '军工高架路' || p.name === '中环路', maxM: 375 },
    { id: 'zone:fudan-innovation-corridor', layer: 'metro-lines', pick: (p) => p.line === '18', maxM: 275 },
    { id: 'zone:block-changyang-road', layer: 'metro-lines', pick: (p) => p.line === '12', maxM: 225 },
  ],
});
