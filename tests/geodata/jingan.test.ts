/** Jing'an's zones (written by scripts/geodata/trace-jingan.ts) pass the shared district checks, and 大宁 keeps to its OSM polygon. */
import { describe, expect, it } from 'vitest';
import { lineString, point, pointToLineDistance } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import { describeDistrictZones, loadRegionZones, polygonsOf } from './district-zone-checks';
import { loadReference, referenceAvailable } from '../helpers/reference-geodata';

describeDistrictZones({
  region: 'jingan',
  district: '静安区',
  plan: 'plan:jingan-2023-2025',
  canonical: [
    'shibei-hi-tech', 'daning', 'daning-cluster-central', 'daning-cluster-guangzhong', 'suhe-bay', 'nanjing-west-road',
    'zoumatang-corridor', 'zhangjiang-jingan-park', 'shibei-international-community',
  ].map((s) => `zone:${s}`),
  follows: [
    { id: 'zone:nanjing-west-road', layer: 'roads-osm-center-2025-08-09', pick: (p) => p.name === '南京西路', maxM: 325 },
    { id: 'zone:daning-cluster-central', layer: 'roads-elevated-major-osm', pick: (p) => p.name === '中环路', maxM: 325 },
  ],
});

/** Zones that are an OSM polygon as given: every vertex on (within 1 m of) its boundary. */
const TRACED = [{ id: 'zone:daning', subdistrict: '大宁路街道' }];

describe('静安区 zones traced from OSM polygons', () => {
  it.skipIf(!referenceAvailable())('keep to the OSM boundary', () => {
    const byId = new Map(loadRegionZones('jingan').map((z) => [z.properties.id, z]));
    for (const { id, subdistrict } of TRACED) {
      const osm = loadReference('subdistricts-partial-osm').features.find((f) => f.properties?.name === subdistrict) as Feature<Polygon>;
      const edge = lineString(osm.geometry.coordinates[0]);
      for (const v of polygonsOf(byId.get(id)!).flat(2)) {
        expect(pointToLineDistance(point(v as Position), edge, { units: 'meters' }), `${id} vertex ${v}`).toBeLessThanOrEqual(1);
      }
    }
  });
});
