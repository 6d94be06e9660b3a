/** The import's limits and the file input's `accept` list (issue 12). */

/** Files larger than this are refused (the message names the limit). 100 MiB: room for the 50 MB CSV. */
export const IMPORT_LIMIT_BYTES = 100 * 1024 * 1024;

/** The `accept` attribute of the file input: the extensions and the MIME types browsers report for them. */
export const ACCEPT = [
  '.geojson', '.json', '.csv', '.tsv', '.txt', '.kml', '.zip',
  'application/geo+json', 'application/json', 'text/csv', 'text/tab-separated-values', 'text/plain',
  'application/vnd.google-earth.kml+xml', 'application/zip', 'application/x-zip-compressed',
].join(',');

/** Per message code, at most this many row/feature messages are kept; a 'more-problems' note counts the rest. */
export const MAX_MESSAGES_PER_CODE = 50;

/** The guess compares at most this many points with the anchors. */
export const CRS_SAMPLE = 600;

export const formatMegabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
