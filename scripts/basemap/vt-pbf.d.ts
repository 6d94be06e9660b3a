// vt-pbf 3 ships no types; only the entry point the tile build uses is declared.
declare module 'vt-pbf' {
  import type geojsonvt from 'geojson-vt';
  /** Encodes one MVT tile from geojson-vt tiles, one per layer name. */
  export function fromGeojsonVt(layers: Record<string, geojsonvt.Tile>, options?: { version?: 1 | 2; extent?: number }): Uint8Array;
}
