/**
 * Each step of a tour on the live map, captured for the PDF: the step applied (H2's applyStep by
 * default), its share link (the URL module's `viewLink`), the map drawn at 2× with its scale bar and
 * north arrow. The URL is left alone meanwhile (the steps are not history), and the reader's view is
 * put back afterwards, whatever happens.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../../data/atlas-data';
import type { Tour, TourStep } from '../../data/tour-types';
import type { Lang } from '../../i18n';
import { useAtlasStore } from '../../store';
import { pauseUrlSync, viewLink } from '../../url/use-url-state';
import { presentingPatch, restoreView, takeSnapshot } from '../present/snapshot';
import { drawMapMarks } from './map-marks';
import { mapCssSize, renderMapImage } from './map-image';

export type RenderStep = (map: MapLibreMap, data: AtlasData, step: TourStep) => Promise<void>;

export interface StepImage {
  step: TourStep;
  link: string;
  /** JPEG data URL of the map with its marks, and its aspect (width / height). */
  jpeg: string;
  aspect: number;
}

const PDF_MAP_RATIO = 2;

/** The map as it is now, at `ratio`, with its scale bar and north arrow, as a canvas. */
export async function markedMapImage(map: MapLibreMap, ratio: number, lang: Lang): Promise<HTMLCanvasElement> {
  const center = map.getCenter();
  const camera = { lat: center.lat, zoom: map.getZoom(), bearing: map.getBearing() };
  const size = mapCssSize(map);
  const image = await renderMapImage(map, ratio);
  const ctx = image.getContext('2d')!;
  ctx.scale(image.width / size.width, image.height / size.height);
  drawMapMarks(ctx, camera, 0, 0, size.width, size.height, lang);
  return image;
}

export async function captureSteps(map: MapLibreMap, data: AtlasData, tour: Tour, lang: Lang, renderStep: RenderStep, onProgress?: (done: number, total: number) => void): Promise<StepImage[]> {
  const prior = takeSnapshot(useAtlasStore.getState(), map);
  const resumeUrl = pauseUrlSync();
  const out: StepImage[] = [];
  try {
    useAtlasStore.setState(presentingPatch());
    for (const step of tour.steps) {
      await renderStep(map, data, step);
      const link = viewLink();
      const image = await markedMapImage(map, PDF_MAP_RATIO, lang);
      out.push({ step, link, jpeg: image.toDataURL('image/jpeg', 0.88), aspect: image.width / image.height });
      onProgress?.(out.length, tour.steps.length);
    }
  } finally {
    restoreView(prior, useAtlasStore.setState, map);
    resumeUrl();
  }
  return out;
}
