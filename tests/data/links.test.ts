import { describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../src/data/assemble';
import { buildIndex } from '../../src/data/links';
import { makeFiles } from '../fixtures/atlas';

const index = buildIndex(assembleAtlas(makeFiles()).atlas);

describe('link index', () => {
  it('finds what is in a zone (links run both ways)', () => {
    expect(index.related('zone:demo')).toEqual({
      zone: ['zone:demo-cell'],
      carrier: ['carrier:demo-park'],
      action: ['action:demo-1'],
      target: ['target:demo-firms'],
      plan: ['plan:demo'],
    });
  });

  it('finds where an action lands and who is responsible', () => {
    expect(index.related('action:demo-1')).toMatchObject({
      zone: ['zone:demo'],
      carrier: ['carrier:demo-park'],
      target: ['target:demo-firms'],
      department: ['department:demo-kewei'],
    });
  });

  it('finds a department\'s actions', () => {
    expect(index.related('department:demo-kewei').action).toEqual(['action:demo-1']);
  });

  it('knows zone children and record plans', () => {
    expect(index.childrenOf('zone:demo')).toEqual(['zone:demo-cell']);
    expect(index.planOf('action:demo-1')).toBe('plan:demo');
    expect(index.get('zone:nowhere')).toBeUndefined();
  });
});
