/**
 * MapLibre compiles one shader program per layer type and per combination of which paint properties
 * are constant, zoom-dependent or feature-dependent; with software WebGL each compile costs tens of
 * milliseconds on the first screen. The Atlas's and the basemap's layers therefore state their paint
 * in one shape per layer type (built here), so that every line layer shares one program, every fill
 * one, every text one and every circle one. `perFeature(v)` is the value `v` written as a
 * feature-dependent expression (it reads a property no feature has, and falls back to `v`).
 */
import type { ExpressionSpecification } from 'maplibre-gl';

type Num = number | ExpressionSpecification;
type Colour = string | ExpressionSpecification;

/** A property no feature has: reading it makes a value feature-dependent without changing it. */
export const SHARED_PROGRAM_PROPERTY = '__shared_program';
const NONE: ExpressionSpecification = ['get', SHARED_PROGRAM_PROPERTY];

export const perFeature = (v: Num): ExpressionSpecification => (typeof v === 'number' ? ['number', NONE, v] : v);
export const perFeatureColour = (c: Colour): ExpressionSpecification => (typeof c === 'string' ? ['to-color', NONE, c] : c);

/** A zoom curve whose stops are feature-dependent (a "composite" property): `[[zoom, value], …]`. */
export function zoomCurve(stops: readonly (readonly [number, Num])[]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, v]) => [z, perFeature(v)])] as ExpressionSpecification;
}

/** Line paint: colour and opacity per feature, width and offset as composite zoom curves. */
export function linePaint(p: { color: Colour; opacity?: Num; width: readonly (readonly [number, Num])[] | Num; offset?: readonly (readonly [number, Num])[] }) {
  const width = Array.isArray(p.width) && Array.isArray(p.width[0]) ? (p.width as [number, Num][]) : [[0, p.width as Num], [22, p.width as Num]] as [number, Num][];
  return {
    'line-color': perFeatureColour(p.color),
    'line-opacity': perFeature(p.opacity ?? 1),
    'line-width': zoomCurve(width),
    'line-offset': zoomCurve(p.offset ?? [[0, 0], [22, 0]]),
  };
}

/** Fill paint: colour and opacity per feature. */
export function fillPaint(p: { color: Colour; opacity?: Num }) {
  return { 'fill-color': perFeatureColour(p.color), 'fill-opacity': perFeature(p.opacity ?? 1) };
}

/** Text paint: colour per feature; halo constant. */
export function textPaint(p: { color: Colour; haloColor: string; haloWidth: number }) {
  return { 'text-color': perFeatureColour(p.color), 'text-halo-color': p.haloColor, 'text-halo-width': p.haloWidth };
}

/** Circle paint: radius as a composite zoom curve, everything else constant. */
export function circlePaint(p: { radius: readonly (readonly [number, Num])[] | Num; color: string; strokeColor: string; strokeWidth: number; opacity?: number }) {
  const radius = Array.isArray(p.radius) && Array.isArray(p.radius[0]) ? (p.radius as [number, Num][]) : [[0, p.radius as Num], [22, p.radius as Num]] as [number, Num][];
  return {
    'circle-radius': zoomCurve(radius),
    'circle-color': p.color, 'circle-stroke-color': p.strokeColor, 'circle-stroke-width': p.strokeWidth,
    'circle-opacity': p.opacity ?? 1, 'circle-stroke-opacity': p.opacity ?? 1,
  };
}
