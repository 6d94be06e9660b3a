/**
 * The import's converters (issue 12): pure, worker-safe, loaded on demand with the import's UI.
 * `parseImportFile` never rejects; every problem is an `ImportMessage` (`formatImportMessage` words it).
 */
export type * from './types';
export { parseImportFile, readImportFile, type ReadImport, type ZoneInput } from './worker-client';
export type * from './table';
export { toWgs84, toWgs84Async } from './convert';
export { formatImportMessage, mainMessage, countLocated, crsLabel, IMPORT_MESSAGE_CODES } from './messages';
export { createZoneIndex } from './zones';
export { IMPORT_LIMIT_BYTES, ACCEPT } from './limits';
export { CRS_IDS } from './crs';
