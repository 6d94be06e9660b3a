// shpjs ships no types: the one call the Shapefile converter makes.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  export default function getShapefile(parts: { shp: Uint8Array | ArrayBuffer; dbf?: Uint8Array | ArrayBuffer; cpg?: string; prj?: string }): Promise<FeatureCollection> | FeatureCollection;
}
