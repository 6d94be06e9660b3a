/** The industry tracks and their tags in the real data (geodata/shared/), as the bundle carries them. */
import { describe, expect, it } from 'vitest';
import { buildAtlasBundle } from '../../scripts/atlas-bundle';
import type { AtlasBundle } from '../../src/data/bundle';
import { loadSeeds } from '../../scripts/validate-files';

const { atlas } = JSON.parse(buildAtlasBundle()) as AtlasBundle;
const seeds = loadSeeds();
const tagged = (track: string) => atlas.trackTags.filter((t) => t.track === track).map((t) => t.record);

describe('industry tracks in the data', () => {
  it('are carried by the bundle, each cited and used by at least one tag', () => {
    expect(atlas.tracks.length).toBeGreaterThanOrEqual(9);
    for (const t of atlas.tracks) {
      expect(tagged(t.id).length, t.id).toBeGreaterThan(0);
      for (const c of t.citations) expect(seeds[c.seed].includes(c.quote), `${t.id}: ${c.quote}`).toBe(true);
      expect(t.name.en, t.id).toBeTruthy();
    }
  });

  it('tags records from their own quotes, in the seed\'s script (Traditional for 000 and 004)', () => {
    expect(atlas.trackTags.length).toBeGreaterThan(60);
    for (const tag of atlas.trackTags) {
      expect(seeds[tag.seed].includes(tag.quote), tag.quote).toBe(true);
      expect(atlas.tracks.find((t) => t.id === tag.track)!.keywords.some((k) => tag.quote.includes(k)), tag.quote).toBe(true);
    }
    expect(atlas.trackTags.find((t) => t.record === 'zone:maqiao-ai-zone' && t.track === 'track:ai')).toMatchObject({ seed: '004', quote: '依託馬橋人工智慧創新試驗區' });
  });

  it('tags what the texts say (a few read by hand) and none of the dropped false positives', () => {
    expect(tagged('track:ai')).toContain('carrier:changyang-valley');
    expect(tagged('track:blockchain')).toEqual(expect.arrayContaining(['carrier:shibei-blockchain-eco-valley', 'zone:shibei-blockchain-valley']));
    expect(tagged('track:fintech')).toContain('zone:suhe-bay');
    expect(tagged('track:integrated-circuits')).toContain('enterprise:china-resources-microelectronics');
    // 中兵北斗 is a fund's name; 機器人咖啡亭 is street furniture; 区块链 there names a neighbour.
    expect(tagged('track:positioning')).not.toContain('enterprise:zhongbing-beidou-industry-fund');
    expect(tagged('track:high-end-equipment')).not.toContain('carrier:historic-celebrities-wall');
    expect(tagged('track:blockchain')).not.toContain('enterprise:everbright-securities');
    expect(atlas.trackTags.some((t) => t.record.startsWith('department:'))).toBe(false);
  });
});
