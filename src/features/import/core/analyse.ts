/**
 * The checks made on a whole file once its converter has read it: projected metres (refused, explained),
 * swapped longitude/latitude (read exchanged, explained), points outside China (kept, explained),
 * records not located (kept, counted), repaired text; then the coordinate-system guess.
 */
import type { Position } from 'geojson';
import type { Messages } from './collect';
import { guessCrs, type ParseAnchors } from './crs';
import { firstPosition, inChina, isLngLat, mapPositions } from './geo';
import type { TextStats } from './text';
import type { ColumnChoice, CrsGuess, CrsId, ImportMessage, ImportedFeature } from './types';

export interface Analysed {
  crs: CrsGuess;
  /** Set when the file is refused (projected coordinates). */
  refused?: boolean;
}

const f6 = (n: number) => Math.round(n * 1e6) / 1e6;

function projectedHint(x: number, y: number): string {
  if (Math.abs(x) >= 8.1e6 && Math.abs(x) <= 15.2e6 && Math.abs(y) >= 1.9e6 && Math.abs(y) <= 7.2e6) return 'web-mercator';
  if (Math.abs(x) >= 1.6e5 && Math.abs(x) <= 8.4e5 && y >= 1.9e6 && y <= 6e6) return 'utm';
  if (Math.abs(x) >= 3.5e7 && Math.abs(x) <= 4.6e7) return 'gauss-kruger';
  return '';
}

export function analyse(
  features: ImportedFeature[], msgs: Messages, stats: TextStats,
  ctx: { kind: 'row' | 'feature'; columns?: Partial<ColumnChoice>; declared?: { crs: CrsId; source: string }; anchors?: ParseAnchors },
): Analysed {
  const lead: [string, ImportMessage['params']?][] = [];
  const where = (f: ImportedFeature) => (ctx.kind === 'row' ? { row: f.row ?? f.index + 2 } : { feature: f.index + 1 });
  const located = features.filter((f) => f.geometry);
  // Copies: the swap below must not move a position twice (a geometry's first position is shared).
  const reps = located.map((f) => firstPosition(f.geometry!)).filter((p): p is Position => !!p).map((p) => [p[0], p[1]]);

  // Swapped: read as lat/lon, most points fall in China; read as given, fewer do (checked first: a
  // latitude of 121 would otherwise look out of range).
  const asGiven = reps.filter((p) => inChina(p[0], p[1])).length;
  const exchanged = reps.filter((p) => inChina(p[1], p[0])).length;
  if (reps.length && exchanged > reps.length / 2 && exchanged > asGiven) {
    for (const f of located) f.geometry = mapPositions(f.geometry!, (p) => [p[1], p[0], ...p.slice(2)]);
    for (const p of reps) [p[0], p[1]] = [p[1], p[0]];
    lead.push(['coordinates-swapped', { lng: ctx.columns?.lng ?? 'longitude' }]);
  }

  // Projected metres: most points out of ±180/±90.
  const outOfRange = reps.filter((p) => !isLngLat(p[0], p[1]));
  if (reps.length && outOfRange.length > reps.length / 2) {
    const [x, y] = outOfRange[0];
    msgs.error('projected-coordinates', { x: Math.round(x), y: Math.round(y), hint: projectedHint(x, y) });
    return { crs: { crs: ctx.declared?.crs ?? 'wgs84', basis: ctx.declared ? 'declared' : 'default' }, refused: true };
  }
  for (const f of located) {
    const p = firstPosition(f.geometry!);
    if (p && !isLngLat(p[0], p[1])) {
      f.geometry = null;
      if (ctx.kind === 'row') msgs.note('row-out-of-range', { lng: p[0], lat: p[1] }, where(f));
      else msgs.note('feature-bad-geometry', { detail: `${p[0]}, ${p[1]} is not a longitude/latitude` }, where(f));
    }
  }

  // Outside China: kept, each named, the file told.
  const usable = features.filter((f) => f.geometry);
  let outside = 0;
  const inside: Position[] = [];
  for (const f of usable) {
    const p = firstPosition(f.geometry!)!;
    if (inChina(p[0], p[1])) { inside.push(p); continue; }
    outside++;
    msgs.note(ctx.kind === 'row' ? 'row-outside-china' : 'feature-outside-china', { lng: f6(p[0]), lat: f6(p[1]) }, where(f));
  }
  if (outside) lead.push(['outside-china', { count: outside, total: usable.length }]);

  const notLocated = features.length - usable.length;
  if (notLocated && ctx.columns && !ctx.columns.lng && ctx.columns.address) lead.push(['address-only', { count: notLocated }]);
  else if (notLocated) lead.push(['not-located', { count: notLocated }]);

  if (stats.repaired) lead.push(['text-repaired', { count: stats.repaired }]);
  if (stats.bidi) lead.push(['bidi-controls', { count: stats.bidi }]);
  const crs = guessCrs(inside, ctx.anchors, ctx.declared, (code, params) => lead.push([code, params]));
  for (let i = lead.length - 1; i >= 0; i--) msgs.lead(lead[i][0], lead[i][1]);
  return { crs };
}
