/** Place kinds and their colours (shared by the symbols, the legend and the panels). */
import type { Rgb } from './palette';

export type PlaceKind = 'carrier' | 'institution' | 'enterprise';

export const PLACE_COLORS: Record<PlaceKind, Rgb> = {
  carrier: [124, 58, 237],
  institution: [13, 110, 110],
  enterprise: [180, 83, 9],
};

/** The highlight colour: a warm yellow that no plan or kind uses. */
export const HIGHLIGHT: Rgb = [255, 196, 0];
