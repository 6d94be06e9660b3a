/** The import's interface (issue 12), loaded after the first screen: see import-overlay.tsx. */
export { ImportOverlay } from './import-overlay';
