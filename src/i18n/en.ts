/** UI strings, English. Typed against zh-CN: a missing key fails the type check. */
import type { MessageKey } from './zh-CN';

export const en: Record<MessageKey, string> = {
  'app.title': 'Shanghai Innovation Atlas',
  'app.subtitle': 'Innovation zones of five policy documents',
  'app.language': '中文',
  'app.languageLabel': 'Switch to Chinese',
  'app.loading': 'Loading the map…',
  'app.dataError': 'The data failed to load ({message}). The basemap still works.',
  'app.featureError': 'This part of the interface failed to load ({message}).',
  'app.retry': 'Retry',

  'map.label': 'Map of Shanghai innovation zones',
  'map.noWebgl': 'This browser cannot use WebGL, so the map cannot be drawn. Every zone and record is still available in the side panel.',
  'map.error': 'Map error: {message}',
  'map.attribution': 'Basemap: © OpenStreetMap contributors (ODbL), prepared by this project; rivers and district names are schematic.',
  'map.schematicPoint': 'Schematic position (the text gives no address; placed inside its zone)',

  'legend.title': 'Plans',
  'legend.toggle': 'Show or hide {plan}',

  'browser.title': 'Zones',
  'browser.hint': 'Click a zone on the map or in the list below to see its details.',

  'panel.close': 'Close',
  'panel.back': 'Back',
  'panel.plan': 'Plan',
  'panel.statedArea': 'Stated area',
  'panel.computedArea': 'Area of the boundary',
  'panel.areaUnit': '{value} km²',
  'panel.noStatedArea': 'not stated',
  'panel.precision': 'Location precision',
  'panel.source': 'Source',
  'panel.method': 'Method',
  'panel.note': 'Note',
  'panel.citation': 'Quote',
  'panel.citations': 'Sources',
  'panel.openSource': 'Show in the source text',
  'panel.parent': 'Part of',
  'panel.children': 'Contains',
  'panel.districts': 'District',
  'panel.address': 'Address',
  'panel.departments': 'Responsible departments',
  'panel.group': 'Group',
  'panel.number': 'Number',
  'panel.value': 'Value',
  'panel.year': 'Year',
  'panel.kindTarget': 'Target',
  'panel.kindBaseline': 'Baseline',
  'panel.empty': 'None',
  'panel.notOnMap': 'No map position',

  'kind.plan': 'Plan',
  'kind.zone': 'Zone',
  'kind.carrier': 'Carrier',
  'kind.institution': 'Institution',
  'kind.enterprise': 'Enterprise',
  'kind.action': 'Action',
  'kind.target': 'Target',
  'kind.department': 'Department',

  'precision.exact': 'exact',
  'precision.street': 'street',
  'precision.approximate': 'approximate',
  'precision.schematic': 'schematic',

  'reader.title': 'Source: {title}',
  'reader.close': 'Close the source',
  'reader.notFound': 'This quote was not found in the source text.',
  'reader.citedBy': 'Records citing this sentence',

  'plan.outline': 'Plan outline',
  'plan.outlineOf': 'Plan outline: {plan}',
  'plan.close': 'Close the plan outline',
  'plan.targets': 'Targets and baselines',
  'plan.ungrouped': 'Other actions',
  'plan.noActions': 'No actions listed in this part',
  'plan.noTargets': 'None',
  'plan.actionCount': '{count} action(s)',

  // Synthetic enterprise layer (src/features/synthetic-enterprises): generated test data, never real records.
  'synthetic.title': 'Synthetic data (not real enterprises)',
  'synthetic.note': 'Randomly generated points to test the map at scale; positions, tracks, founding years and sizes are not real.',
  'synthetic.track': 'Track',
  'synthetic.allTracks': 'All tracks',
  'synthetic.years': 'Founded {from}–{to}',
  'synthetic.yearFrom': 'Founded from',
  'synthetic.yearTo': 'Founded until',
  'synthetic.size': 'Size',
  'synthetic.allSizes': 'All sizes',
  'synthetic.sizeMicro': 'Micro',
  'synthetic.sizeSmall': 'Small',
  'synthetic.sizeMedium': 'Medium',
  'synthetic.sizeLarge': 'Large',
  'synthetic.shown': '{shown} of {total} synthetic points shown',
  'synthetic.inZones': '{count} fall inside a zone (nested zones: the smallest counts)',
  'synthetic.loading': 'Loading synthetic data…',
  'synthetic.phaseFetch': 'Reading the data file…',
  'synthetic.phaseGenerate': 'Generating points {done} / {total}',
  'synthetic.phaseAssign': 'Assigning to zones {done} / {total}',
  'synthetic.error': 'Synthetic data failed to load: {message}',
  'synthetic.zoomHint': 'Counted in grid cells when zoomed out; single points from zoom {zoom}',

  // PMTiles enterprise tile layer (src/features/tile-layer): a vector-tile layer read from a .pmtiles archive.
  'tiles.synthetic': 'Synthetic data (not real enterprises)',
  'tiles.title': 'Enterprise tile layer',
  'tiles.summary': '{count} points · vector tiles (PMTiles)',
  'tiles.zoomHint': 'Aggregated into a grid when zoomed out; single points from zoom {zoom}',
  'tiles.legend': 'Track legend',
  'tiles.unreachable': 'The enterprise tile layer could not be read ({url}): {message}. The rest of the map is unaffected.',
  'tiles.notPmtiles': '{url} is not a PMTiles archive; the enterprise tile layer was not loaded. The rest of the map is unaffected.',
  'tiles.notVector': '{url} holds no vector (MVT) tiles; the enterprise tile layer was not loaded.',
  'tiles.dismiss': 'Dismiss',
  // ---- search (issue 8): keys 'search.*'
  // ---- end search
  // ---- filters (issue 8): keys 'filters.*'
  // ---- end filters
  // ---- share (issue 8): keys 'share.*'
  // ---- end share
  // ---- directory (issue 8): keys 'directory.*'
  // ---- end directory
};
