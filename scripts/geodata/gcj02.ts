/**
 * GCJ-02 → WGS84 as in the reference's SOURCES.md §8: the standard WGS84 → GCJ-02 forward formula
 * (Krasovsky ellipsoid) inverted by iteration (residual below 1e-10°). Used only to test and, where the
 * evidence says a Wikidata coordinate was typed in GCJ-02, to bring it back to WGS84.
 */
const A = 6378245.0;
const EE = 0.00669342162296594323;

function tLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}
function tLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

export function wgs84ToGcj02([lng, lat]: [number, number]): [number, number] {
  const rl = (lat / 180) * Math.PI;
  const m = 1 - EE * Math.sin(rl) ** 2;
  const s = Math.sqrt(m);
  const dLat = (tLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (m * s)) * Math.PI);
  const dLng = (tLng(lng - 105, lat - 35) * 180) / ((A / s) * Math.cos(rl) * Math.PI);
  return [lng + dLng, lat + dLat];
}

export function gcj02ToWgs84(p: [number, number]): [number, number] {
  let [x, y] = p;
  for (let i = 0; i < 50; i++) {
    const [gx, gy] = wgs84ToGcj02([x, y]);
    const [dx, dy] = [gx - p[0], gy - p[1]];
    x -= dx; y -= dy;
    if (Math.abs(dx) < 1e-10 && Math.abs(dy) < 1e-10) break;
  }
  return [x, y];
}
