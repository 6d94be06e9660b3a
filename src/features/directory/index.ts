/** The directory (issue 8), loaded on demand: the table of the filtered records with its exports. */
export { DirectoryPanel } from './directory-panel';
