/** Guided tours (issue 10): the run-time loader of `data/tours.json`. The tours' data live in geodata/tours/ (docs/TOURS.md). */
export { loadTours, toursOf } from './load-tours';
export type { Tour, TourStep, TourView, Localized } from '../../data/tour-types';
