/**
 * The KML converter: @xmldom/xmldom parses the XML (the same parser on the page, in the worker and in
 * Node; it neither fetches external entities nor runs anything), @tmcw/togeojson turns placemarks into
 * GeoJSON features, which are checked like any GeoJSON's. Descriptions stay text.
 */
import { DOMParser } from '@xmldom/xmldom';
import { kml } from '@tmcw/togeojson';
import type { Messages } from './collect';
import { featuresFromRaw } from './geojson';
import type { TextStats } from './text';
import type { ImportedFeature } from './types';

export function parseKml(text: string, file: string, msgs: Messages, stats: TextStats): { features: ImportedFeature[]; rowCount: number } {
  if (/<!ENTITY/i.test(text)) {
    // Entity definitions are how XML bombs and external-entity reads work; KML never needs them.
    msgs.error('invalid-kml', { detail: 'the file defines XML entities (<!ENTITY>), which KML does not use' });
    return { features: [], rowCount: 0 };
  }
  let doc: Document;
  try {
    const problems: string[] = [];
    doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') problems.push(message); } })
      .parseFromString(text, 'text/xml') as unknown as Document;
    if (problems.length) throw new Error(problems[0]);
  } catch (e) {
    msgs.error('invalid-kml', { detail: (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200) });
    return { features: [], rowCount: 0 };
  }
  const root = doc.documentElement?.nodeName ?? '';
  if (!/(^|:)kml$/i.test(root)) {
    msgs.error('invalid-kml', { detail: `the root element is <${root.slice(0, 40)}>, not <kml>` });
    return { features: [], rowCount: 0 };
  }
  let raw: unknown[];
  try {
    raw = kml(doc).features;
  } catch (e) {
    msgs.error('invalid-kml', { detail: (e instanceof Error ? e.message : String(e)).slice(0, 200) });
    return { features: [], rowCount: 0 };
  }
  if (!raw.length) {
    msgs.error('no-features');
    return { features: [], rowCount: 0 };
  }
  const features = featuresFromRaw(raw, file, msgs, stats);
  return { features, rowCount: features.length };
}
