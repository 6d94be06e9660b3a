/** The record panel (loaded on demand: nothing is selected on the first screen). */
export { DetailsPanel } from './details-panel';
