/** Compare two zones: the zone panel's button (the panel, its figures and its outlines load on its click). */
export { CompareButton } from './compare-button';
