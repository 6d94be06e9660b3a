/** The source reader (loaded on demand, when a citation is opened). */
export { SourceReader } from './source-reader';
