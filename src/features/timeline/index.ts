/** The timeline (issue 13), loaded on demand: the drawer with the strip of years and the year's records. */
export { TimelinePanel } from './timeline-panel';
