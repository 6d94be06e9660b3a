/**
 * "Only what is in the map's current view": the part of the map the reader can see, i.e. the map's
 * box less the directory panel drawn over it, and the records whose point projects into it. Pure.
 */
export interface Box { left: number; top: number; right: number; bottom: number }

const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);

/** The largest part of `map` that `panel` leaves uncovered (a panel on one side leaves the other side). */
export function uncoveredBox(map: Box, panel: Box | null): Box {
  if (!panel || panel.right <= map.left || panel.left >= map.right || panel.bottom <= map.top || panel.top >= map.bottom) return map;
  const candidates: Box[] = [
    { ...map, right: Math.min(map.right, panel.left) },
    { ...map, left: Math.max(map.left, panel.right) },
    { ...map, bottom: Math.min(map.bottom, panel.top) },
    { ...map, top: Math.max(map.top, panel.bottom) },
  ];
  return candidates.reduce((best, b) => (area(b) > area(best) ? b : best));
}

export function inBox(box: Box, x: number, y: number): boolean {
  return area(box) > 0 && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}
