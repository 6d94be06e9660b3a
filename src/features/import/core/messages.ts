/**
 * The import's messages in both languages (Simplified Chinese first). `formatImportMessage` names the
 * file, the row or feature, and what is wrong; `{placeholders}` come from the message's params.
 * Loaded with the import's chunk only (not on the first screen).
 */
import type { ImportMessage, ImportedFeature, ParsedImport } from './types';

type Table = Record<string, string>;

const ZH: Table = {
  // errors: nothing usable
  'file-too-large': '文件太大（{size}）：导入上限为 {limit}。请拆分文件后再导入。',
  'empty-file': '文件是空的，没有可导入的内容。',
  'binary-file': '这不是文本文件（像是二进制数据），无法按 GeoJSON、CSV/TSV 或 KML 读取；Shapefile 请打包为 .zip。',
  'utf-16': '文件是 UTF-16 编码，目前只支持 UTF-8 和 GBK/GB18030。请另存为 UTF-8 后再导入。',
  'unknown-format': '无法识别文件格式（扩展名“{ext}”）。支持 GeoJSON、CSV、TSV、KML 和压缩为 .zip 的 Shapefile。',
  'invalid-json': 'JSON 无效（第 {line} 行第 {column} 列附近）：{detail}',
  'not-geojson': '这是有效的 JSON，但不是 GeoJSON（找到的是 {found}，需要 FeatureCollection、Feature 或几何对象）。',
  'no-features': '文件中没有要素（features 为空）。',
  'no-rows': '文件只有表头，没有数据行。',
  'missing-coordinate-column': '找不到经纬度列（表头：{columns}）。请选择经度列和纬度列；若只有地址，请确保有“地址”或 address 列。',
  'column-not-found': '所选的列“{column}”不在表头中（表头：{columns}）。',
  'projected-coordinates': '坐标像是以米为单位的投影坐标（例如 {x}, {y}），不是经纬度。{hint}请先转换为经纬度（WGS84、GCJ-02 或 BD-09）。',
  'invalid-kml': 'KML 无效：{detail}',
  'invalid-zip': 'ZIP 文件已损坏或无法解压：{detail}',
  'zip-too-large': 'ZIP 解压后有 {size}，超过上限 {limit}，未解压。',
  'zip-without-shapefile': 'ZIP 中没有 Shapefile（.shp）。',
  'shapefile-not-zipped': 'Shapefile 需要把 .shp、.dbf、.prj（及 .cpg）打包为一个 .zip 再导入。',
  'shapefile-invalid': 'Shapefile 无法读取：{detail}',
  'read-failed': '无法读取文件：{detail}',
  'cancelled': '导入已取消，未做任何更改。',
  'internal-error': '导入时出错：{detail}。已加载的数据没有改变。',
  // notes: imported, with a caveat
  'row-bad-coordinate': '第 {row} 行：坐标“{value}”不是数字，该行已导入但未定位。',
  'row-missing-coordinate': '第 {row} 行：没有坐标，该行已导入但未定位。',
  'row-out-of-range': '第 {row} 行：坐标 {lng}, {lat} 超出经纬度范围，该行已导入但未定位。',
  'row-outside-china': '第 {row} 行：点 {lng}, {lat} 在中国境外。',
  'row-field-count': '第 {row} 行：有 {found} 个字段，表头有 {expected} 个。',
  'row-quotes': '第 {row} 行：引号不配对，该行可能读错。',
  'feature-bad-geometry': '第 {feature} 个要素：几何无效（{detail}），该要素已导入但未定位。',
  'feature-no-geometry': '第 {feature} 个要素：没有几何，已导入但未定位。',
  'feature-outside-china': '第 {feature} 个要素：位置 {lng}, {lat} 在中国境外。',
  'address-only': '只有地址、没有坐标：{count} 条记录已导入并列为“未定位”。',
  'not-located': '{count} 条记录没有可用坐标，已导入并列为“未定位”。',
  'coordinates-swapped': '经纬度似乎写反了（“{lng}”列的值像纬度）：已按纬度、经度对调读取。',
  'outside-china': '{count} / {total} 个点在中国境外：请检查坐标或坐标列。',
  'crs-declared-disagrees': '文件声明为 {declared}，但按 {best} 转换后点离地铁站更近（{scores}），请确认。',
  'text-repaired': '{count} 处文本含无效字符（孤立代理项），已替换为 �。',
  'bidi-controls': '{count} 处文本含双向控制字符，显示顺序可能与实际不同。',
  'more-problems': '另有 {count} 条同类问题（{code}）未逐条列出。',
  'shapefile-reprojected': 'Shapefile 的 .prj 声明了投影坐标系，已换算为经纬度。',
  'shapefile-layers': 'ZIP 中有 {count} 个图层，已合并导入。',
  'duplicate-column': '表头中“{column}”出现多次，后出现的列改名为“{renamed}”。',
  'imported': '已导入 {count} 条记录，其中 {located} 条已定位。',
};

const EN: Table = {
  'file-too-large': 'The file is too large ({size}): the import limit is {limit}. Split the file and import the parts.',
  'empty-file': 'The file is empty: there is nothing to import.',
  'binary-file': 'This is not a text file (it looks like binary data), so it cannot be read as GeoJSON, CSV/TSV or KML; zip a Shapefile into a .zip.',
  'utf-16': 'The file is UTF-16 encoded; only UTF-8 and GBK/GB18030 are read. Save it as UTF-8 and import it again.',
  'unknown-format': 'The file format is not recognised (extension "{ext}"). GeoJSON, CSV, TSV, KML and a Shapefile zipped into a .zip are supported.',
  'invalid-json': 'Invalid JSON (near line {line}, column {column}): {detail}',
  'not-geojson': 'This is valid JSON but not GeoJSON (found {found}; a FeatureCollection, a Feature or a geometry is needed).',
  'no-features': 'The file has no features (its features list is empty).',
  'no-rows': 'The file has a header but no data rows.',
  'missing-coordinate-column': 'No longitude/latitude columns found (header: {columns}). Choose the longitude and latitude columns; for addresses only, name a column "地址" or "address".',
  'column-not-found': 'The chosen column "{column}" is not in the header ({columns}).',
  'projected-coordinates': 'The coordinates look like projected metres (e.g. {x}, {y}), not longitude/latitude. {hint}Convert them to longitude/latitude (WGS84, GCJ-02 or BD-09) first.',
  'invalid-kml': 'Invalid KML: {detail}',
  'invalid-zip': 'The ZIP file is damaged or cannot be unpacked: {detail}',
  'zip-too-large': 'Unpacked, the ZIP would hold {size}, over the limit of {limit}; it was not unpacked.',
  'zip-without-shapefile': 'The ZIP holds no Shapefile (.shp).',
  'shapefile-not-zipped': 'A Shapefile must be imported as one .zip holding its .shp, .dbf, .prj (and .cpg).',
  'shapefile-invalid': 'The Shapefile cannot be read: {detail}',
  'read-failed': 'The file cannot be read: {detail}',
  'cancelled': 'The import was cancelled; nothing was changed.',
  'internal-error': 'The import failed: {detail}. The data already loaded is unchanged.',
  'row-bad-coordinate': 'Row {row}: the coordinate "{value}" is not a number; the row is imported, not located.',
  'row-missing-coordinate': 'Row {row}: no coordinates; the row is imported, not located.',
  'row-out-of-range': 'Row {row}: {lng}, {lat} is outside the range of longitude/latitude; the row is imported, not located.',
  'row-outside-china': 'Row {row}: the point {lng}, {lat} is outside China.',
  'row-field-count': 'Row {row}: {found} fields, the header has {expected}.',
  'row-quotes': 'Row {row}: unbalanced quotes; the row may be misread.',
  'feature-bad-geometry': 'Feature {feature}: invalid geometry ({detail}); the feature is imported, not located.',
  'feature-no-geometry': 'Feature {feature}: no geometry; imported, not located.',
  'feature-outside-china': 'Feature {feature}: {lng}, {lat} is outside China.',
  'address-only': 'Addresses only, no coordinates: {count} records imported and listed as "not located".',
  'not-located': '{count} records have no usable coordinates; imported and listed as "not located".',
  'coordinates-swapped': 'Longitude and latitude seem swapped (the "{lng}" column holds latitudes): read with the two exchanged.',
  'outside-china': '{count} of {total} points are outside China: check the coordinates or the coordinate columns.',
  'crs-declared-disagrees': 'The file declares {declared}, but converted as {best} the points lie nearer the metro stations ({scores}); please confirm.',
  'text-repaired': '{count} texts held invalid characters (lone surrogates), replaced with �.',
  'bidi-controls': '{count} texts hold bidirectional control characters; they may display in a different order than stored.',
  'more-problems': '{count} more problems of the same kind ({code}) are not listed one by one.',
  'shapefile-reprojected': 'The Shapefile\'s .prj declares a projected coordinate system; converted to longitude/latitude.',
  'shapefile-layers': 'The ZIP holds {count} layers, imported together.',
  'duplicate-column': 'The header names "{column}" more than once; the later column is renamed "{renamed}".',
  'imported': '{count} records imported, {located} of them located.',
};

export const IMPORT_MESSAGE_CODES = Object.keys(ZH);

const CRS_LABEL: Record<string, { zh: string; en: string }> = {
  wgs84: { zh: 'WGS84（GPS）', en: 'WGS84 (GPS)' },
  gcj02: { zh: 'GCJ-02（高德、腾讯）', en: 'GCJ-02 (Amap, Tencent)' },
  bd09: { zh: 'BD-09（百度）', en: 'BD-09 (Baidu)' },
};

export const crsLabel = (crs: string, lang: 'zh' | 'en') => CRS_LABEL[crs]?.[lang] ?? crs;

/** What projected numbers look like (the `hint` of 'projected-coordinates'). */
const HINTS: Record<string, { zh: string; en: string }> = {
  'web-mercator': { zh: '数值范围像 Web 墨卡托（EPSG:3857）。', en: 'The range looks like Web Mercator (EPSG:3857). ' },
  utm: { zh: '数值范围像 UTM 投影（上海为 51N 带，EPSG:32651）。', en: 'The range looks like UTM (zone 51N for Shanghai, EPSG:32651). ' },
  'gauss-kruger': { zh: '数值范围像带带号的高斯-克吕格投影（CGCS2000）。', en: 'The range looks like Gauss–Krüger with a zone prefix (CGCS2000). ' },
};

/**
 * A name from the file that holds bidi controls is isolated (FSI … PDI), so that an override inside it
 * (a U+202E in `<img…>\u202Egnp.geojson`) ends with the name instead of reversing the sentence after it.
 */
const isolate = (s: string) => (/[\u202A-\u202E\u2066-\u2069]/.test(s) ? `\u2068${s}\u2069` : s);

const fill = (template: string, params: Record<string, string | number>, lang: 'zh' | 'en') =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) return '';
    if (k === 'crs' || k === 'declared' || k === 'best') return crsLabel(String(v), lang);
    if (k === 'hint') return HINTS[String(v)]?.[lang] ?? '';
    return isolate(String(v));
  });

/** The message in the reader's language, prefixed with the file's name (and its row or feature, when the text does not say it). */
export function formatImportMessage(m: ImportMessage, lang: 'zh' | 'en'): string {
  const table = lang === 'zh' ? ZH : EN;
  const params: Record<string, string | number> = { ...(m.params ?? {}) };
  if (m.row !== undefined) params.row = m.row;
  if (m.feature !== undefined) params.feature = m.feature;
  const template = table[m.code];
  const body = template
    ? fill(template, params, lang)
    : lang === 'zh' ? `未知问题（${m.code}）` : `Unknown problem (${m.code})`;
  const where = template && (template.includes('{row}') || template.includes('{feature}'))
    ? ''
    : m.row !== undefined ? (lang === 'zh' ? `第 ${m.row} 行：` : `row ${m.row}: `)
    : m.feature !== undefined ? (lang === 'zh' ? `第 ${m.feature} 个要素：` : `feature ${m.feature}: `) : '';
  const file = isolate(m.file);
  return lang === 'zh' ? `「${file}」${where}${body}` : `${file}: ${where}${body}`;
}

/** The one message that sums an import up: its first error, else its first note, else "imported N, M located". */
export function mainMessage(p: ParsedImport): ImportMessage {
  if (p.errors.length) return p.errors[0];
  if (p.notes.length) return p.notes[0];
  return { code: 'imported', severity: 'note', file: p.fileName, params: { count: p.features.length, located: countLocated(p.features) } };
}

export const countLocated = (features: readonly ImportedFeature[]) => features.reduce((n, f) => n + (f.geometry ? 1 : 0), 0);
