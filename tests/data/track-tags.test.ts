import { describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../src/data/assemble';
import { validateAtlas } from '../../src/data/validate';
import { FIXTURE_SEEDS, makeFiles } from '../fixtures/atlas';

type Tag = { record: string; track: string; seed: string; quote: string };

function problems(tags: Tag[]) {
  const files = makeFiles();
  files['geodata/shared/tracks.json'] = [
    { id: 'track:firms', name: { zh: '企业', en: 'Firms' }, keywords: ['企业'], citations: [{ seed: '000', quote: '企业达100家' }] },
  ];
  files['geodata/shared/track-tags.json'] = tags;
  const { atlas, issues, fileOf } = assembleAtlas(files);
  return [...issues, ...validateAtlas(atlas, FIXTURE_SEEDS, fileOf)].map((i) => `${i.file} ${i.record}: ${i.message}`);
}

const ok: Tag = { record: 'target:demo-firms', track: 'track:firms', seed: '000', quote: '企业达100家' };

describe('track tags in the validator', () => {
  it('accepts a tag whose quote is in the record\'s citation and holds a keyword', () => {
    expect(problems([ok])).toEqual([]);
  });

  it('refuses an unknown record or track', () => {
    expect(problems([{ ...ok, record: 'carrier:nowhere' }])).toEqual([
      'geodata/shared/track-tags.json carrier:nowhere: track tag track:firms: unknown record "carrier:nowhere"',
    ]);
    expect(problems([{ ...ok, track: 'track:nowhere' }])).toEqual([
      'track-tags.json target:demo-firms: track tag track:nowhere: unknown track "track:nowhere"',
    ]);
  });

  it('refuses a quote outside the record\'s own citations, or in another seed', () => {
    // In the seed, but cited by another record.
    expect(problems([{ ...ok, record: 'carrier:demo-park', quote: '企业达100家' }])[0]).toMatch(/not part of any of the record's citations in seed 000/);
    expect(problems([{ ...ok, seed: '001' }])[0]).toMatch(/not part of any of the record's citations in seed 001/);
  });

  it('refuses a quote without a keyword, a malformed tag and a duplicate', () => {
    expect(problems([{ ...ok, quote: '到2025年' }])).toEqual([
      'geodata/shared/track-tags.json target:demo-firms: track tag track:firms: quote contains none of the track\'s keywords (企业): "到2025年"',
    ]);
    expect(problems([{ ...ok, track: 'firms' }])[0]).toMatch(/^geodata\/shared\/track-tags.json target:demo-firms: track: /);
    expect(problems([ok, ok])).toEqual(['geodata/shared/track-tags.json target:demo-firms: tagged twice with track:firms']);
  });
});
