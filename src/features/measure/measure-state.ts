/**
 * The measuring tool's drawing as a pure state: the vertices (WGS84), whether the shape is finished,
 * and what a click does. A click on empty map adds a vertex while drawing. A click on a vertex:
 * the last one (or, for an area, the first, closing the ring) finishes the shape when it can be
 * finished, so a double-click finishes too; any other vertex is removed (never below 2 points for a
 * finished distance or 3 for a finished area). Dragging a vertex moves it (measure-tool.tsx).
 */
import type { LngLat, MeasureMode } from './measure-math';

export interface DrawState {
  mode: MeasureMode;
  points: LngLat[];
  finished: boolean;
}

export const emptyDrawing = (mode: MeasureMode): DrawState => ({ mode, points: [], finished: false });

export const minPoints = (mode: MeasureMode) => (mode === 'distance' ? 2 : 3);
export const canFinish = (s: DrawState) => !s.finished && s.points.length >= minPoints(s.mode);

export function finish(s: DrawState): DrawState {
  return canFinish(s) ? { ...s, finished: true } : s;
}

export function addPoint(s: DrawState, p: LngLat): DrawState {
  return s.finished ? s : { ...s, points: [...s.points, p] };
}

export function movePoint(s: DrawState, i: number, p: LngLat): DrawState {
  return { ...s, points: s.points.map((q, j) => (j === i ? p : q)) };
}

export function removePoint(s: DrawState, i: number): DrawState {
  if (s.finished && s.points.length <= minPoints(s.mode)) return s;
  return { ...s, points: s.points.filter((_, j) => j !== i) };
}

/** A click on vertex `i`. */
export function clickVertex(s: DrawState, i: number): DrawState {
  const last = i === s.points.length - 1;
  const closes = s.mode === 'area' && i === 0;
  if (!s.finished && (last || closes) && canFinish(s)) return finish(s);
  return removePoint(s, i);
}
