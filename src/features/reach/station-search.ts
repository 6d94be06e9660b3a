/** Finding a station by what people type: 汉字 (part of the name), pinyin in full or by initials (`zsgy`). Pure. */
import type { Station } from '../../data/stations';

const compact = (s: string) => s.toLowerCase().replace(/[\s·・'’-]+/g, '');

export function matchStations(stations: readonly Station[], query: string, limit = 8): Station[] {
  const q = compact(query);
  if (!q) return [];
  const scored: [number, Station][] = [];
  for (const s of stations) {
    const zh = compact(s.name.zh);
    const py = compact(s.pinyin);
    const initials = s.pinyin.split(' ').map((x) => x[0]).join('');
    const score = zh === q ? 0 : zh.startsWith(q) ? 1 : zh.includes(q) ? 2 : py.startsWith(q) ? 3 : initials.startsWith(q) ? 4 : py.includes(q) ? 5 : -1;
    if (score >= 0) scored.push([score, s]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1].name.zh.length - b[1].name.zh.length || a[1].id.localeCompare(b[1].id)).slice(0, limit).map(([, s]) => s);
}
