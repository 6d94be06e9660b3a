import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlasBundle } from '../../scripts/atlas-bundle';
import { fromBundle } from '../../src/data/atlas-data';
import type { AtlasBundle } from '../../src/data/bundle';
import { SEED_FILES } from '../../src/data/seeds';
import { checkLink, checkTrail, quoteInSeed } from '../../src/url/link-check';
import { PRECISIONS } from '../../src/data/schema';
import { parseLink } from '../../src/url/link-schema';

const data = fromBundle(JSON.parse(buildAtlasBundle()) as AtlasBundle);
const seed = (id: keyof typeof SEED_FILES) => readFileSync(join(import.meta.dirname, '..', '..', 'seeds', SEED_FILES[id]), 'utf8');
const check = (search: string) => checkLink(parseLink(search), data);

describe('share link: checked against the loaded data', () => {
  it('keeps ids and filter values the data have', () => {
    const zone = data.atlas.zones[0].properties.id;
    const plan = data.atlas.plans[0].id;
    const track = data.atlas.tracks[0].id;
    const carrierKind = data.atlas.carriers[0].properties.kind;
    const search = `?sel=${zone}&plan=${plan}&hide=${plan}&kinds=zone,carrier&carrierKinds=${carrierKind}&tracks=${track}&precisions=exact,schematic`;
    const { view, invalid } = check(search);
    expect(invalid).toEqual([]);
    expect(view).toMatchObject({ selectedId: zone, planViewId: plan, hiddenPlans: [plan], filters: { kinds: ['zone', 'carrier'], carrierKinds: [carrierKind], tracks: [track], precisions: ['exact', 'schematic'] } });
  });

  it('drops ids that name nothing, naming each part', () => {
    expect(check('?sel=zone:no-such-zone')).toEqual({ view: {}, invalid: ['selection'] });
    expect(check('?sel=carrier:silicon-alley')).toEqual({ view: {}, invalid: ['selection'] });
    expect(check('?plan=plan:no-such-plan')).toEqual({ view: {}, invalid: ['plan'] });
    expect(check('?hide=plan:changning-silicon-alley,plan:nope')).toEqual({ view: {}, invalid: ['filters'] });
  });

  it('accepts every precision of the data model (the filter panel offers them all) and every track', () => {
    expect(check(`?precisions=${PRECISIONS.join(',')}`).invalid).toEqual([]);
    expect(check(`?tracks=${data.atlas.tracks.map((t) => t.id).join(',')}`).invalid).toEqual([]);
  });

  it('drops filter values no record offers', () => {
    expect(check('?kinds=zone,spaceship').invalid).toEqual(['filters']);
    expect(check('?tracks=track:no-such-track').invalid).toEqual(['filters']);
    expect(check('?carrierKinds=zone').invalid).toEqual(['filters']);
    expect(check('?precisions=perfect').invalid).toEqual(['filters']);
    expect(check('?precisions=__proto__').invalid).toEqual(['filters']);
  });

  it('keeps the good parts beside the bad ones', () => {
    const { view, invalid } = check('?sel=zone:silicon-alley&plan=plan:nope&lang=en');
    expect(view).toEqual({ selectedId: 'zone:silicon-alley', lang: 'en' });
    expect(invalid).toEqual(['plan']);
  });

  it('accepts a reader quote only where it is in its seed', () => {
    const c = data.atlas.zones[0].properties.citations[0];
    expect(quoteInSeed(c, seed(c.seed))).toBe(true);
    expect(quoteInSeed({ seed: c.seed, quote: `${c.quote}（伪造）` }, seed(c.seed))).toBe(false);
    const other = (['000', '001', '002', '003', '004'] as const).find((s) => !seed(s).includes(c.quote))!;
    expect(quoteInSeed({ seed: other, quote: c.quote }, seed(other))).toBe(false);
  });

  it('keeps a history entry\'s trail only when every id names a record', () => {
    expect(checkTrail(['zone:silicon-alley'], data)).toEqual(['zone:silicon-alley']);
    expect(checkTrail(['zone:silicon-alley', 'zone:nope'], data)).toEqual([]);
    expect(checkTrail('zone:silicon-alley', data)).toEqual([]);
    expect(checkTrail([{}], data)).toEqual([]);
    expect(checkTrail(undefined, data)).toEqual([]);
  });
});
